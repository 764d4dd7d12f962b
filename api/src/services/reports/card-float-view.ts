import { z } from "@hono/zod-openapi";
import { toFen } from "@powercard/db";
import { toCount } from "./report-range.ts";

/** Aging buckets by days since the sale (Asia/Shanghai dates): 0–30, 31–90, 91–365, >365. */
export const FLOAT_AGE_BUCKETS = ["0_30", "31_90", "91_365", "over_365"] as const;
export type FloatAgeBucket = (typeof FLOAT_AGE_BUCKETS)[number];

const Amount = z.object({ cardCount: z.number().int(), valueFen: z.number().int() });

/** Count and value of the float, and the same per age bucket; the buckets add up to the totals. */
export const FloatFiguresSchema = Amount.extend({
  aging: z
    .object({
      "0_30": Amount,
      "31_90": Amount,
      "91_365": Amount,
      over_365: Amount,
    } satisfies Record<FloatAgeBucket, typeof Amount>)
    .openapi({
      description: "By days since the sale (Asia/Shanghai dates) at asOf: 0–30, 31–90, 91–365, >365.",
    }),
});
export type FloatFiguresView = z.infer<typeof FloatFiguresSchema>;

export const CardFloatRowSchema = FloatFiguresSchema.extend({
  batchId: z.string(),
  faceValueFen: z.number().int(),
  sellBy: z.string().nullable().openapi({ format: "date", description: "The batch's sell-by date, if any." }),
}).openapi("CardFloatRow");
export type CardFloatRowView = z.infer<typeof CardFloatRowSchema>;

export const CardFloatReportSchema = z.object({
  asOf: z.string().openapi({ format: "date" }),
  data: z.array(CardFloatRowSchema),
  totals: FloatFiguresSchema,
});
export type CardFloatReportView = z.infer<typeof CardFloatReportSchema>;

/**
 * The figures of one row of the card-float query: card_count/value_fen, and n_<bucket>/v_<bucket>
 * per age bucket. No row at all (no float) gives zeros.
 */
export function toFloatFiguresView(r: Record<string, unknown> | undefined): FloatFiguresView {
  return {
    cardCount: toCount(r?.card_count),
    valueFen: toFen(r?.value_fen ?? 0),
    aging: Object.fromEntries(
      FLOAT_AGE_BUCKETS.map((b) => [
        b,
        { cardCount: toCount(r?.[`n_${b}`]), valueFen: toFen(r?.[`v_${b}`] ?? 0) },
      ]),
    ) as FloatFiguresView["aging"],
  };
}

/** A batch row of the card-float query. */
export function toCardFloatRowView(r: Record<string, unknown>): CardFloatRowView {
  return {
    batchId: String(r.batch_id),
    faceValueFen: toFen(r.face_value_fen),
    sellBy: r.sell_by == null ? null : String(r.sell_by),
    ...toFloatFiguresView(r),
  };
}
