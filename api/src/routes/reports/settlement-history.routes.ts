import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { MAX_HISTORY_MONTHS } from "../../services/reports/settlement-history.ts";
import { SettlementHistorySchema } from "../../services/reports/settlement-history-view.ts";
import { PeriodSchema } from "../settlement-runs/settlement-runs.schemas.ts";
import { SETTLEMENT_HISTORY_COLUMNS } from "./report-columns.ts";
import { FILE_FORMS, jsonOrFile, reportFormat, reportLang, reportUnitId } from "./report-params.ts";
import { csvHeader } from "./report-table.ts";

export const SETTLEMENT_HISTORY_CSV_HEADER = csvHeader(SETTLEMENT_HISTORY_COLUMNS);

export const getSettlementHistory = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor"] },
  method: "get",
  path: "/v1/reports/settlement-history",
  staleReads: true,
  operationId: "getSettlementHistory",
  tags: ["Reports"],
  summary: "Settlement runs (资金返还) of a range of months, per accounting unit line",
  description:
    "Every settlement run of the months [from, to] — rejected and pending ones too, with their state — one " +
    "row per run × accounting unit line of your subtree (or `unitId`'s subtree): the line's recharges, " +
    "top-ups, corrections (reversals in − reversals out − closed-account refunds), returned before, due and returned, beside the run's own figures (due, unified balance, " +
    "shortfall, returned; shown to staff of the settlement center only, who can read the run itself). A run " +
    "without a line in that scope appears once, with empty unit columns, when the scope covers the " +
    "settlement center. Ordered by period and creation. `totals.returnedFen` is what the lines listed " +
    `returned. At most ${MAX_HISTORY_MONTHS} months, else 400 \`report_range_invalid\`. JSON by default; CSV ` +
    `(streamed, header \`${SETTLEMENT_HISTORY_CSV_HEADER.join(",")}\`, then a last line whose period is ` +
    "`total`, with only returned_fen) with `Accept: text/csv` or `?format=csv`." +
    FILE_FORMS,
  request: {
    query: z.strictObject({
      from: PeriodSchema.openapi({ description: "The first month, YYYY-MM (Asia/Shanghai)." }),
      to: PeriodSchema.openapi({ description: "The last month, YYYY-MM, included." }),
      unitId: reportUnitId,
      format: reportFormat,
      lang: reportLang,
    }),
  },
  responses: {
    200: jsonOrFile(
      SettlementHistorySchema,
      "CSV, one line per run and accounting unit, then the total line.",
    ),
    ...problemResponses("report_range_invalid", "forbidden", "unit_not_found"),
  },
});
