import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { DailySalesReportSchema } from "../../services/reports/daily-sales-view.ts";
import { DAILY_SALES_COLUMNS } from "./report-columns.ts";
import { dayRangeReportQuery, FILE_FORMS, jsonOrFile } from "./report-params.ts";
import { csvHeader } from "./report-table.ts";

export const DAILY_SALES_CSV_HEADER = csvHeader(DAILY_SALES_COLUMNS);

export const getDailySales = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor"] },
  method: "get",
  path: "/v1/reports/daily-sales",
  staleReads: true,
  operationId: "getDailySales",
  tags: ["Funds"],
  summary: "Card sales per business day, outlet and clerk",
  description:
    "Cards sold and their face value per business day × outlet × clerk, for the outlets of your units (or " +
    "of `unitId`'s subtree), from the sales records, with totals. At most 366 days. JSON by default; CSV " +
    `(streamed, header \`${DAILY_SALES_CSV_HEADER.join(",")}\`, then a last line whose business_date is ` +
    "`total`) with `Accept: text/csv` or `?format=csv`." +
    FILE_FORMS,
  request: {
    query: dayRangeReportQuery,
  },
  responses: {
    200: jsonOrFile(DailySalesReportSchema, "CSV, one line per day, outlet and clerk, then the total line."),
    ...problemResponses("report_range_invalid", "business_date_in_future", "forbidden", "unit_not_found"),
  },
});
