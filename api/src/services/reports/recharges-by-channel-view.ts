import { z } from "@hono/zod-openapi";
import { toFen } from "@powercard/db";
import { toCount } from "./report-range.ts";

export const RechargesByChannelRowSchema = z
  .object({
    businessDate: z.string().openapi({ format: "date" }),
    channel: z.string().openapi({
      description: "The recharge channel (counter, ivr, sms, web, partner), or `partner_topup` for top-ups.",
    }),
    count: z.number().int(),
    amountFen: z.number().int(),
  })
  .openapi("RechargesByChannelRow");
export type RechargesByChannelRowView = z.infer<typeof RechargesByChannelRowSchema>;

export const RechargesByChannelReportSchema = z.object({
  data: z.array(RechargesByChannelRowSchema),
  totals: z.object({ count: z.number().int(), amountFen: z.number().int() }),
});
export type RechargesByChannelReportView = z.infer<typeof RechargesByChannelReportSchema>;

/** A detail row of the recharges-by-channel GROUPING SETS query (snake_case; sums may be strings). */
export function toRechargesByChannelRowView(r: Record<string, unknown>): RechargesByChannelRowView {
  return {
    businessDate: String(r.business_date),
    channel: String(r.channel),
    count: toCount(r.n),
    amountFen: toFen(r.amount_fen),
  };
}
