import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { MAX_HISTORY_MONTHS } from "../../services/reports/settlement-history.ts";
import { SettlementHistorySchema } from "../../services/reports/settlement-history-view.ts";
import { PeriodSchema } from "../settlement-runs/settlement-runs.schemas.ts";
import { jsonOrCsv, reportFormat, reportUnitId } from "./report-params.ts";

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
      SettlementHistorySchema,
      "CSV, one line per run and accounting unit, then the total line.",
    ),
    ...problemResponses("report_range_invalid", "forbidden", "unit_not_found"),
  },
});
