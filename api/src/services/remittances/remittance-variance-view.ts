import { z } from "@hono/zod-openapi";
import { toFen } from "@powercard/db";

export const RemittanceVarianceRowSchema = z
  .object({
    outletUnitId: z.string(),
    outletName: z.string(),
    businessDate: z.string().openapi({ format: "date" }),
    soldFen: z.number().int().openapi({ description: "Face value of the cards the outlet sold that day." }),
    declaredFen: z
      .number()
      .int()
      .openapi({ description: "Remittances declared for that day (not rejected)." }),
    confirmedFen: z.number().int().openapi({ description: "Of those, confirmed by the settlement center." }),
    outstandingFen: z.number().int().openapi({
      description: "Cumulative to that day: everything the outlet sold minus everything confirmed.",
    }),
  })
  .openapi("RemittanceVarianceRow");
export type RemittanceVarianceRowView = z.infer<typeof RemittanceVarianceRowSchema>;

/** A row of the variance query (snake_case; sums may come back as strings). */
export function toRemittanceVarianceRowView(r: Record<string, unknown>): RemittanceVarianceRowView {
  return {
    outletUnitId: String(r.outlet_unit_id),
    outletName: String(r.outlet_name),
    businessDate: String(r.business_date),
    soldFen: toFen(r.sold),
    declaredFen: toFen(r.declared),
    confirmedFen: toFen(r.confirmed),
    outstandingFen: toFen(r.outstanding),
  };
}
