import { z } from "@hono/zod-openapi";
import { CARD_STATES, toFen } from "@powercard/db";

const StateTallySchema = z.object({
  state: z.enum(CARD_STATES),
  count: z.number().int(),
  valueFen: z.number().int(),
});
type StateTallyView = z.infer<typeof StateTallySchema>;

export const BatchConservationSchema = z.object({
  batchId: z.string(),
  orderId: z.string().nullable(),
  faceValueFen: z.number().int(),
  generatedCount: z.number().int(),
  generatedValueFen: z.number().int(),
  countedCount: z.number().int(),
  countedValueFen: z.number().int(),
  byState: z.array(StateTallySchema),
  balanced: z.boolean(),
});
export type BatchConservationView = z.infer<typeof BatchConservationSchema>;

export const CardConservationSchema = z
  .object({
    balanced: z.boolean(),
    batches: z.array(BatchConservationSchema),
  })
  .openapi("CardConservation");
export type CardConservationView = z.infer<typeof CardConservationSchema>;

/** One batch row of the conservation query; by_state is the json_agg of its per-state tallies. */
export function toBatchConservationView(r: Record<string, unknown>): BatchConservationView {
  const generatedCount = toFen(r.generated_count);
  const generatedValueFen = toFen(r.generated_value_fen);
  const countedCount = toFen(r.counted_count);
  const countedValueFen = toFen(r.counted_value_fen);
  return {
    batchId: String(r.id),
    orderId: r.order_id === null ? null : String(r.order_id),
    faceValueFen: toFen(r.face_value_fen),
    generatedCount,
    generatedValueFen,
    countedCount,
    countedValueFen,
    byState: JSON.parse(String(r.by_state)) as StateTallyView[],
    balanced: generatedCount === countedCount && generatedValueFen === countedValueFen,
  };
}

export function toCardConservationView(batches: BatchConservationView[]): CardConservationView {
  return { balanced: batches.every((b) => b.balanced), batches };
}
