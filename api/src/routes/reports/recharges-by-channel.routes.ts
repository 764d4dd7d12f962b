import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { RechargesByChannelReportSchema } from "../../services/reports/recharges-by-channel-view.ts";
import { RECHARGES_BY_CHANNEL_COLUMNS } from "./report-columns.ts";
import { dayRangeReportQuery, FILE_FORMS, jsonOrFile } from "./report-params.ts";
import { csvHeader } from "./report-table.ts";

export const RECHARGES_BY_CHANNEL_CSV_HEADER = csvHeader(RECHARGES_BY_CHANNEL_COLUMNS);

export const getRechargesByChannel = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor"] },
  method: "get",
  path: "/v1/reports/recharges-by-channel",
  staleReads: true,
  operationId: "getRechargesByChannel",
  tags: ["Funds"],
  summary: "Recharges and top-ups per business day and channel",
  description:
    "Count and amount of card recharges per business day × channel, and partners' direct top-ups as channel " +
    "`partner_topup`, for the customers of your accounting units (or of `unitId`'s subtree; a province-level " +
    "caller sees every customer), with totals. At most 366 days. JSON by default; CSV (streamed, header " +
    `\`${RECHARGES_BY_CHANNEL_CSV_HEADER.join(",")}\`, then a last line whose business_date is \`total\`) ` +
    "with `Accept: text/csv` or `?format=csv`." +
    FILE_FORMS,
  request: {
    query: dayRangeReportQuery,
  },
  responses: {
    200: jsonOrFile(
      RechargesByChannelReportSchema,
      "CSV, one line per day and channel, then the total line.",
    ),
    ...problemResponses("report_range_invalid", "business_date_in_future", "forbidden", "unit_not_found"),
  },
});
