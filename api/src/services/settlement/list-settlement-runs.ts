import { orgUnits, settlementRuns } from "@powercard/db";
import { and, desc, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { type SettlementRunView, settlementRunView } from "./settlement-run-view.ts";

/** At most this many runs per answer: twelve a year, so ten years of history. */
export const MAX_SETTLEMENT_RUNS = 120;

/** Runs of the caller's subtree, optionally of one period, newest period first. */
export async function listSettlementRuns({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: { period?: string };
}): Promise<{ data: SettlementRunView[] }> {
  const rows = await ctx.db.orm
    .select({ run: settlementRuns })
    .from(settlementRuns)
    .innerJoin(orgUnits, eq(orgUnits.id, settlementRuns.unitId))
    .where(
      and(
        withinUnit(orgUnits.path, ctx.actor.unitPath),
        input.period ? eq(settlementRuns.period, input.period) : undefined,
      ),
    )
    .orderBy(desc(settlementRuns.period), desc(settlementRuns.createdAt))
    .limit(MAX_SETTLEMENT_RUNS);
  return { data: await Promise.all(rows.map((r) => settlementRunView(ctx.db.orm, r.run))) };
}
