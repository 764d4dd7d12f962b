import { z } from "@hono/zod-openapi";
import { toFen } from "@powercard/db";

const Money = z.object({ count: z.number().int(), valueFen: z.number().int() });

export const MonthlyClearingSchema = z
  .object({
    period: z.string().openapi({ example: "2026-10" }),
    from: z.string().openapi({ format: "date" }),
    to: z.string().openapi({ format: "date" }),
    currency: z.literal("CNY"),
    units: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        cardsSold: Money.openapi({ description: "Cards sold by the unit's outlets in the month." }),
        remittedFen: z.number().int().openapi({
          description: "Remittances of its outlets the settlement center confirmed in the month.",
        }),
        recharges: Money.openapi({ description: "Card recharges by the unit's customers in the month." }),
        topups: Money.openapi({ description: "Partner top-ups for the unit's customers in the month." }),
        billsPaidFen: z.number().int().openapi({ description: "Bills paid from its customers' balances." }),
        reversalsOut: Money.openapi({
          description:
            "Reversals (冲正) executed in the month of credits its customers' recharges or top-ups recorded: value that left them.",
        }),
        reversalsIn: Money.openapi({
          description:
            "Reversals executed in the month to its customers (the right 户号): value that arrived.",
        }),
        refunds: Money.openapi({
          description: "Closed-account refunds (销户退费) executed in the month for its customers.",
        }),
        returnedFen: z
          .number()
          .int()
          .openapi({ description: "Returned by the month's approved settlement run." }),
        float: Money.openapi({
          description:
            "Cards sold by its outlets up to the month's end and not recharged by then: the float at the month's end.",
        }),
      }),
    ),
    crossUnit: z
      .array(
        z.object({
          soldInUnitId: z.string(),
          usedInUnitId: z.string(),
          count: z.number().int(),
          valueFen: z.number().int(),
        }),
      )
      .openapi({
        description: "The month's recharges by the accounting unit that sold the card × the customer's unit.",
      }),
  })
  .openapi("MonthlyClearing");
export type MonthlyClearingView = z.infer<typeof MonthlyClearingSchema>;
type UnitClearingView = MonthlyClearingView["units"][number];
type CrossUnitView = MonthlyClearingView["crossUnit"][number];

/** A count and a value from the figures; no figures (a LEFT JOIN that found none) is zero. */
const money = (count: unknown, value: unknown) => ({
  count: Number(count ?? 0),
  valueFen: toFen(value ?? 0),
});

/** A unit row of the clearing query (snake_case, sums may be null or strings). */
export function toUnitClearingView(u: Record<string, unknown>): UnitClearingView {
  return {
    unitId: String(u.id),
    unitName: String(u.name),
    cardsSold: money(u.sold_n, u.sold_v),
    remittedFen: toFen(u.remitted_v ?? 0),
    recharges: money(u.recharged_n, u.recharged_v),
    topups: money(u.topped_n, u.topped_v),
    billsPaidFen: toFen(u.billed_v ?? 0),
    reversalsOut: money(u.reversed_out_n, u.reversed_out_v),
    reversalsIn: money(u.reversed_in_n, u.reversed_in_v),
    refunds: money(u.refunded_n, u.refunded_v),
    returnedFen: toFen(u.returned_v ?? 0),
    float: money(u.float_n, u.float_v),
  };
}

/** A cell of the cross-unit matrix: recharges of cards sold in one unit by customers of another. */
export function toCrossUnitView(m: Record<string, unknown>): CrossUnitView {
  return { soldInUnitId: String(m.sold_in), usedInUnitId: String(m.used_in), ...money(m.n, m.v) };
}
