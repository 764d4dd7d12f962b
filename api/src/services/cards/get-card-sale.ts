import { cardSales, orgUnits } from "@powercard/db";
import { eq } from "drizzle-orm";
import { inScope, type UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { type CardSaleView, toCardSaleView } from "./card-sale-view.ts";

/** A sale made at an outlet in the caller's subtree; any other is not found. */
export async function getCardSale({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: { id: string };
}): Promise<CardSaleView> {
  const [row] = await ctx.db.orm
    .select({ sale: cardSales, unitPath: orgUnits.path })
    .from(cardSales)
    .innerJoin(orgUnits, eq(orgUnits.id, cardSales.outletUnitId))
    .where(eq(cardSales.id, input.id));
  if (!row || !inScope(ctx.actor, row.unitPath)) throw new DomainError("sale_not_found");
  return toCardSaleView(row.sale);
}
