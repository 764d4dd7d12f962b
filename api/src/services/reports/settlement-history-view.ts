import { z } from "@hono/zod-openapi";
import { SETTLEMENT_RUN_STATES, type SettlementRunState, toFen } from "@powercard/db";

/** A figure of the accounting unit's line; null on the one row of a run with no line in scope. */
const lineFen = (description: string) =>
  z
    .number()
    .int()
    .nullable()
    .openapi({ description: `${description} Null on a run's row without a line.` });
/** A figure of the whole run; null when the run is not the caller's (staff below the settlement center). */
const runFen = (description: string) =>
  z
    .number()
    .int()
    .nullable()
    .openapi({
      description: `${description} The whole run's figure; null for staff below the settlement center.`,
    });

export const SettlementHistoryRowSchema = z
  .object({
    period: z.string().openapi({ example: "2026-10" }),
    runId: z.string().openapi({ example: "stl_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    state: z.enum(SETTLEMENT_RUN_STATES),
    createdAt: z.string().openapi({ format: "date-time" }),
    createdBy: z.string().openapi({ description: "The settlement officer who made the run." }),
    createdByName: z.string(),
    decidedAt: z.string().nullable().openapi({ format: "date-time" }),
    unitId: z.string().nullable().openapi({ description: "The accounting unit of the line." }),
    unitName: z.string().nullable(),
    rechargesFen: lineFen("Recharges of the unit's customers up to the period's end."),
    topupsFen: lineFen("Partner top-ups of the unit's customers up to the period's end."),
    correctionsFen: lineFen("Reversals in − reversals out − closed-account refunds, up to the period's end."),
    returnedBeforeFen: lineFen("Returned to the unit by runs approved before this run."),
    dueFen: lineFen("recharges + top-ups + corrections − returned before."),
    returnedFen: lineFen("Moved to the unit's fee account by this run (0 unless approved)."),
    runDueFen: runFen("Total due to all units."),
    runUnifiedBalanceFen: runFen("The unified account's balance when the run was made."),
    runShortfallFen: runFen("How far the due exceeded the unified balance."),
    runReturnedFen: runFen("Total moved by the approval."),
  })
  .openapi("SettlementHistoryRow");
export type SettlementHistoryRowView = z.infer<typeof SettlementHistoryRowSchema>;

export const SettlementHistorySchema = z.object({
  data: z.array(SettlementHistoryRowSchema),
  totals: z.object({ returnedFen: z.number().int() }),
});
export type SettlementHistoryView = z.infer<typeof SettlementHistorySchema>;

const fenOrNull = (value: unknown) => (value === null || value === undefined ? null : toFen(value));
const stringOrNull = (value: unknown) => (value === null ? null : String(value));

/** A row of the settlement-history query; run_visible says whether the run's own figures show. */
export function toSettlementHistoryRowView(r: Record<string, unknown>): SettlementHistoryRowView {
  const runFigure = (value: unknown) => (r.run_visible === true ? toFen(value) : null);
  return {
    period: String(r.period),
    runId: String(r.run_id),
    state: r.state as SettlementRunState,
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
    createdByName: String(r.created_by_name),
    decidedAt: stringOrNull(r.decided_at),
    unitId: stringOrNull(r.unit_id),
    unitName: stringOrNull(r.unit_name),
    rechargesFen: fenOrNull(r.recharges_fen),
    topupsFen: fenOrNull(r.topups_fen),
    correctionsFen: fenOrNull(r.corrections_fen),
    returnedBeforeFen: fenOrNull(r.returned_before_fen),
    dueFen: fenOrNull(r.due_fen),
    returnedFen: fenOrNull(r.returned_fen),
    runDueFen: runFigure(r.run_due_fen),
    runUnifiedBalanceFen: runFigure(r.run_unified_balance_fen),
    runShortfallFen: runFigure(r.run_shortfall_fen),
    runReturnedFen: runFigure(r.run_returned_fen),
  };
}
