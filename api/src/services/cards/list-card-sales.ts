import { cardSales, orgUnits } from "@powercard/db";
import { and, desc, eq, lt, or } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { decodeCursor, encodeCursor } from "../../shared/cursor.ts";
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
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await ctx.db.orm
    .select({ sale: cardSales })
    .from(cardSales)
    .innerJoin(orgUnits, eq(orgUnits.id, cardSales.outletUnitId))
    .where(
      and(
        withinUnit(orgUnits.path, ctx.actor.unitPath),
        input.outletUnitId ? eq(cardSales.outletUnitId, input.outletUnitId) : undefined,
        input.businessDate ? eq(cardSales.businessDate, input.businessDate) : undefined,
        after
          ? or(
              lt(cardSales.createdAt, after.at),
              and(eq(cardSales.createdAt, after.at), lt(cardSales.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(cardSales.createdAt), desc(cardSales.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit).map((r) => r.sale);
  const last = page[page.length - 1];
  return {
    data: page.map(toCardSaleView),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
