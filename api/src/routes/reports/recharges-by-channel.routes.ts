import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { dayRangeReportQuery, jsonOrCsv } from "./report-params.ts";

const RechargesByChannelRowSchema = z
  .object({
    businessDate: z.string().openapi({ format: "date" }),
    channel: z.string().openapi({
      description: "The recharge channel (counter, ivr, sms, web, partner), or `partner_topup` for top-ups.",
    }),
    count: z.number().int(),
    amountFen: z.number().int(),
  })
  .openapi("RechargesByChannelRow");

export const RECHARGES_BY_CHANNEL_CSV_HEADER = ["business_date", "channel", "count", "amount_fen"] as const;

export const getRechargesByChannel = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor"] },
  method: "get",
  path: "/v1/reports/recharges-by-channel",
  operationId: "getRechargesByChannel",
  tags: ["Funds"],
  summary: "Recharges and top-ups per business day and channel",
  description:
    "Count and amount of card recharges per business day × channel, and partners' direct top-ups as channel " +
    "`partner_topup`, for the customers of your accounting units (or of `unitId`'s subtree; a province-level " +
    "caller sees every customer), with totals. At most 366 days. JSON by default; CSV (streamed, header " +
    `\`${RECHARGES_BY_CHANNEL_CSV_HEADER.join(",")}\`, then a last line whose business_date is \`total\`) ` +
    "with `Accept: text/csv` or `?format=csv`.",
  request: {
    query: dayRangeReportQuery,
  },
  responses: {
    200: jsonOrCsv(
      z.object({
        data: z.array(RechargesByChannelRowSchema),
        totals: z.object({ count: z.number().int(), amountFen: z.number().int() }),
      }),
      "CSV, one line per day and channel, then the total line.",
    ),
    ...problemResponses("report_range_invalid", "business_date_in_future", "forbidden", "unit_not_found"),
  },
});
