import { z } from "@hono/zod-openapi";
import { toFen } from "@powercard/db";
import { FloatFiguresSchema } from "./card-float-view.ts";
import { toCount } from "./report-range.ts";

const Sales = z.object({ cardCount: z.number().int(), amountFen: z.number().int() });

export const OpenRemittanceSchema = z
  .object({
    id: z.string(),
    outletUnitId: z.string(),
    outletName: z.string(),
    businessDate: z.string().openapi({ format: "date" }),
    amountFen: z.number().int(),
    declaredAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("OpenRemittance");
export type OpenRemittanceView = z.infer<typeof OpenRemittanceSchema>;

export const UnitDashboardSchema = z
  .object({
    businessDate: z.string().openapi({ format: "date", description: "Today, Asia/Shanghai." }),
    unitId: z.string(),
    unitName: z.string(),
    sales: Sales.extend({
      byOutlet: z.array(Sales.extend({ outletUnitId: z.string(), outletName: z.string() })),
    }).openapi({ description: "Cards sold today by the outlets of the subtree, and per outlet." }),
    recharges: z
      .object({
        count: z.number().int(),
        amountFen: z.number().int(),
        byChannel: z.array(
          z.object({ channel: z.string(), count: z.number().int(), amountFen: z.number().int() }),
        ),
      })
      .openapi({ description: "Today's recharges and top-ups of the subtree's customers, per channel." }),
    float: FloatFiguresSchema.openapi({
      description: "Cards the subtree's outlets sold and that are not used yet (the card float), by age.",
    }),
    openRemittances: z
      .object({
        count: z.number().int(),
        amountFen: z.number().int(),
        data: z.array(OpenRemittanceSchema).openapi({ description: "The oldest first, at most 50." }),
      })
      .openapi({
        description: "Remittances declared by the subtree's outlets and not yet confirmed or rejected.",
      }),
  })
  .openapi("UnitDashboard");
export type UnitDashboardView = z.infer<typeof UnitDashboardSchema>;

export function toOpenRemittanceView(r: Record<string, unknown>): OpenRemittanceView {
  return {
    id: String(r.id),
    outletUnitId: String(r.outlet_unit_id),
    outletName: String(r.outlet_name),
    businessDate: String(r.business_date),
    amountFen: toFen(r.amount_fen),
    declaredAt: new Date(r.declared_at as string | Date).toISOString(),
  };
}

export const toOpenTotals = (r: Record<string, unknown> | undefined) => ({
  count: toCount(r?.n),
  amountFen: toFen(r?.amount_fen ?? 0),
});
