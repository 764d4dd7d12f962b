import { cardSales, orgUnits } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { keysetPage } from "../pagination/keyset-page.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { type CardSaleView, toCardSaleView } from "./card-sale-view.ts";

/**
 * Sales at outlets of the caller's subtree, newest first, a page at a time (keyset on
 * created_at, id). Filtering by an outlet outside the subtree is a 404, like reading it.
 */
export async function listCardSales({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: { outletUnitId?: string; businessDate?: string; limit: number; cursor?: string };
}): Promise<{ data: CardSaleView[]; nextCursor: string | null }> {
  if (input.outletUnitId) await unitInScope(ctx.db, ctx.actor, input.outletUnitId);
  const { rows, nextCursor } = await keysetPage(
    input,
    { at: cardSales.createdAt, id: cardSales.id },
    (page) =>
      ctx.db.orm
        .select({ sale: cardSales })
        .from(cardSales)
        .innerJoin(orgUnits, eq(orgUnits.id, cardSales.outletUnitId))
        .where(
          and(
            withinUnit(orgUnits.path, ctx.actor.unitPath),
            input.outletUnitId ? eq(cardSales.outletUnitId, input.outletUnitId) : undefined,
            input.businessDate ? eq(cardSales.businessDate, input.businessDate) : undefined,
            page.where,
          ),
        )
        .orderBy(...page.orderBy)
        .limit(page.limit),
    ({ sale }) => ({ at: sale.createdAt, id: sale.id }),
  );
  return { data: rows.map((r) => toCardSaleView(r.sale)), nextCursor };
}
