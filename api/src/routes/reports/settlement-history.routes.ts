import { z } from "@hono/zod-openapi";
import { SETTLEMENT_RUN_STATES } from "@powercard/db";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { MAX_HISTORY_MONTHS } from "../../services/reports/settlement-history.ts";
import { PeriodSchema } from "../settlement-runs/settlement-runs.schemas.ts";
import { jsonOrCsv, reportFormat, reportUnitId } from "./report-params.ts";

const lineFen = (description: string) =>
  z
    .number()
    .int()
    .nullable()
    .openapi({ description: `${description} Null on a run's row without a line.` });
const runFen = (description: string) =>
  z
    .number()
    .int()
    .nullable()
    .openapi({
      description: `${description} The whole run's figure; null for staff below the settlement center.`,
    });

const SettlementHistoryRowSchema = z
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
    returnedBeforeFen: lineFen("Returned to the unit by runs approved before this run."),
    dueFen: lineFen("recharges + top-ups − returned before."),
    returnedFen: lineFen("Moved to the unit's fee account by this run (0 unless approved)."),
    runDueFen: runFen("Total due to all units."),
    runUnifiedBalanceFen: runFen("The unified account's balance when the run was made."),
    runShortfallFen: runFen("How far the due exceeded the unified balance."),
    runReturnedFen: runFen("Total moved by the approval."),
  })
  .openapi("SettlementHistoryRow");

export const SETTLEMENT_HISTORY_CSV_HEADER = [
  "period",
  "run_id",
  "state",
  "created_at",
  "created_by",
  "created_by_name",
  "decided_at",
  "unit_id",
  "unit_name",
  "recharges_fen",
  "topups_fen",
  "returned_before_fen",
  "due_fen",
  "returned_fen",
  "run_due_fen",
  "run_unified_balance_fen",
  "run_shortfall_fen",
  "run_returned_fen",
] as const;

export const getSettlementHistory = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor"] },
  method: "get",
  path: "/v1/reports/settlement-history",
  operationId: "getSettlementHistory",
  tags: ["Reports"],
  summary: "Settlement runs (资金返还) of a range of months, per accounting unit line",
  description:
    "Every settlement run of the months [from, to] — rejected and pending ones too, with their state — one " +
    "row per run × accounting unit line of your subtree (or `unitId`'s subtree): the line's recharges, " +
    "top-ups, returned before, due and returned, beside the run's own figures (due, unified balance, " +
    "shortfall, returned; shown to staff of the settlement center only, who can read the run itself). A run " +
    "without a line in that scope appears once, with empty unit columns, when the scope covers the " +
    "settlement center. Ordered by period and creation. `totals.returnedFen` is what the lines listed " +
    `returned. At most ${MAX_HISTORY_MONTHS} months, else 400 \`report_range_invalid\`. JSON by default; CSV ` +
    `(streamed, header \`${SETTLEMENT_HISTORY_CSV_HEADER.join(",")}\`, then a last line whose period is ` +
    "`total`, with only returned_fen) with `Accept: text/csv` or `?format=csv`.",
  request: {
    query: z.strictObject({
      from: PeriodSchema.openapi({ description: "The first month, YYYY-MM (Asia/Shanghai)." }),
      to: PeriodSchema.openapi({ description: "The last month, YYYY-MM, included." }),
      unitId: reportUnitId,
      format: reportFormat,
    }),
  },
  responses: {
    200: jsonOrCsv(
      z.object({
        data: z.array(SettlementHistoryRowSchema),
        totals: z.object({ returnedFen: z.number().int() }),
      }),
      "CSV, one line per run and accounting unit, then the total line.",
    ),
    ...problemResponses("report_range_invalid", "forbidden", "unit_not_found"),
  },
});
