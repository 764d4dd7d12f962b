import { z } from "@hono/zod-openapi";
import { toFen } from "@powercard/db";
import { toCount } from "./report-range.ts";

export const DailySalesRowSchema = z
  .object({
    businessDate: z.string().openapi({ format: "date" }),
    outletUnitId: z.string(),
    outletName: z.string(),
    clerkId: z.string(),
    clerkName: z.string(),
    cardCount: z.number().int().openapi({ description: "Cards the clerk sold at the outlet that day." }),
    amountFen: z.number().int().openapi({ description: "Their face value." }),
  })
  .openapi("DailySalesRow");
export type DailySalesRowView = z.infer<typeof DailySalesRowSchema>;

export const DailySalesReportSchema = z.object({
  data: z.array(DailySalesRowSchema),
  totals: z.object({ cardCount: z.number().int(), amountFen: z.number().int() }),
});
export type DailySalesReportView = z.infer<typeof DailySalesReportSchema>;

/** A detail row of the daily-sales GROUPING SETS query (snake_case; sums may be strings). */
export function toDailySalesRowView(r: Record<string, unknown>): DailySalesRowView {
  return {
    businessDate: String(r.business_date),
    outletUnitId: String(r.outlet_unit_id),
    outletName: String(r.outlet_name),
    clerkId: String(r.clerk_id),
    clerkName: String(r.clerk_name),
    cardCount: toCount(r.card_count),
    amountFen: toFen(r.amount_fen),
  };
}
