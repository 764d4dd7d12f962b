import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { MonthlyClearingSchema } from "../../services/settlement/monthly-clearing-view.ts";
import { PeriodSchema } from "../settlement-runs/settlement-runs.schemas.ts";
import { MONTHLY_CLEARING_CROSS_UNIT_COLUMNS, MONTHLY_CLEARING_UNITS_COLUMNS } from "./report-columns.ts";
import { FILE_FORMS, jsonOrFile, reportFormat, reportLang } from "./report-params.ts";
import { csvHeader } from "./report-table.ts";

const MONTHLY_CLEARING_UNITS_CSV_HEADER = csvHeader(MONTHLY_CLEARING_UNITS_COLUMNS);
const MONTHLY_CLEARING_CROSS_UNIT_CSV_HEADER = csvHeader(MONTHLY_CLEARING_CROSS_UNIT_COLUMNS);

export const getMonthlyClearing = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor"] },
  method: "get",
  path: "/v1/reports/monthly-clearing",
  staleReads: true,
  operationId: "getMonthlyClearing",
  tags: ["Reports"],
  summary: "Monthly clearing statement (月度清算) per accounting unit",
  description:
    "For every accounting unit in your subtree (or under `unitId`): cards sold, remitted, recharges and " +
    "top-ups of its customers, bills paid from balances, funds returned by the month's settlement run, the " +
    "float of its sold-but-unused cards, and the cross-unit matrix of cards sold in one unit and used by " +
    "customers of another. Months are Asia/Shanghai business months.\n\n" +
    "JSON by default. With `Accept: text/csv` or `?format=csv`, the statement comes as two spreadsheet-ready " +
    "tables, each its own CSV file so that it opens in Excel as a plain table (sort, filter, pivot): " +
    "`?part=units` (the default), one line per accounting unit with counts and values in their own columns " +
    `(header \`${MONTHLY_CLEARING_UNITS_CSV_HEADER.join(",")}\`), and \`?part=cross-unit\`, one line per ` +
    "selling unit × customers' unit with both units' names " +
    `(header \`${MONTHLY_CLEARING_CROSS_UNIT_CSV_HEADER.join(",")}\`). Every line carries the period, so ` +
    "months can be appended into one sheet. No total line: the JSON has no totals either. `part` is ignored " +
    "for JSON, which carries both, and for XLSX (`?format=xlsx`), a workbook with both tables, a sheet each." +
    FILE_FORMS,
  request: {
    query: z.strictObject({
      period: PeriodSchema,
      unitId: z.string().max(64).optional().openapi({ description: "Only this unit's subtree." }),
      format: reportFormat,
      lang: reportLang,
      part: z
        .enum(["units", "cross-unit"])
        .optional()
        .openapi({ description: "Which table the CSV gives: `units` (default) or `cross-unit`." }),
    }),
  },
  responses: {
    200: jsonOrFile(
      MonthlyClearingSchema,
      "CSV: one line per accounting unit, or with `part=cross-unit` one line per pair of units.",
    ),
    ...problemResponses("forbidden", "unit_not_found"),
  },
});
