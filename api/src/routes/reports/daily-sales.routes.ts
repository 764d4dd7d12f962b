import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { DailySalesReportSchema } from "../../services/reports/daily-sales-view.ts";
import { dayRangeReportQuery, jsonOrCsv } from "./report-params.ts";

export const DAILY_SALES_CSV_HEADER = [
  "business_date",
  "outlet_unit_id",
  "outlet_name",
  "clerk_id",
  "clerk_name",
  "card_count",
  "amount_fen",
] as const;

export const getDailySales = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor"] },
  method: "get",
  path: "/v1/reports/daily-sales",
  operationId: "getDailySales",
  tags: ["Funds"],
  summary: "Card sales per business day, outlet and clerk",
  description:
    "Cards sold and their face value per business day × outlet × clerk, for the outlets of your units (or " +
    "of `unitId`'s subtree), from the sales records, with totals. At most 366 days. JSON by default; CSV " +
    `(streamed, header \`${DAILY_SALES_CSV_HEADER.join(",")}\`, then a last line whose business_date is ` +
    "`total`) with `Accept: text/csv` or `?format=csv`.",
  request: {
    query: dayRangeReportQuery,
  },
  responses: {
    200: jsonOrCsv(DailySalesReportSchema, "CSV, one line per day, outlet and clerk, then the total line."),
    ...problemResponses("report_range_invalid", "business_date_in_future", "forbidden", "unit_not_found"),
  },
});
