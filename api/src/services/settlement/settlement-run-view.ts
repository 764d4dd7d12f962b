import { type Orm, settlementLines, type settlementRuns } from "@powercard/db";
import { asc, eq } from "drizzle-orm";

export type SettlementRunRow = typeof settlementRuns.$inferSelect;

/** The public shape of a run with its lines; the POST answer and the GETs give the same fields. */
export async function settlementRunView(orm: Orm, run: SettlementRunRow) {
  const lines = await orm
    .select()
    .from(settlementLines)
    .where(eq(settlementLines.runId, run.id))
    .orderBy(asc(settlementLines.unitId));
  return {
    id: run.id,
    period: run.period,
    state: run.state,
    unitId: run.unitId,
    approvalId: run.approvalId,
    createdBy: run.createdBy,
    createdAt: run.createdAt.toISOString(),
    decidedAt: run.decidedAt?.toISOString() ?? null,
    currency: "CNY" as const,
    dueFen: run.dueFen,
    unifiedBalanceFen: run.unifiedBalanceFen,
    shortfallFen: run.shortfallFen,
    returnedFen: run.returnedFen,
    lines: lines.map((l) => ({
      unitId: l.unitId,
      rechargesFen: l.rechargesFen,
      topupsFen: l.topupsFen,
      returnedBeforeFen: l.returnedBeforeFen,
      dueFen: l.dueFen,
      returnedFen: l.returnedFen,
      ledgerTransactionId: l.ledgerTransactionId,
    })),
  };
}
export type SettlementRunView = Awaited<ReturnType<typeof settlementRunView>>;
