import { orgUnits, settlementRuns } from "@powercard/db";
import { eq } from "drizzle-orm";
import { inScope, type UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { type SettlementRunView, settlementRunView } from "./settlement-run-view.ts";

/** A run of a unit in the caller's subtree (in practice: staff of the settlement center). */
export async function getSettlementRun({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: { id: string };
}): Promise<SettlementRunView> {
  const [found] = await ctx.db.orm
    .select({ run: settlementRuns, path: orgUnits.path })
    .from(settlementRuns)
    .innerJoin(orgUnits, eq(orgUnits.id, settlementRuns.unitId))
    .where(eq(settlementRuns.id, input.id));
  if (!found || !inScope(ctx.actor, found.path)) throw new DomainError("settlement_run_not_found");
  return settlementRunView(ctx.db.orm, found.run);
}
