import { z } from "@hono/zod-openapi";
import { CARD_STATES, type CardState, toFen } from "@powercard/db";

export const InventoryRowSchema = z
  .object({
    unitId: z.string(),
    unitName: z.string(),
    faceValueFen: z.number().int().openapi({ example: 10000 }),
    state: z.enum(CARD_STATES),
    count: z.number().int(),
    valueFen: z.number().int().openapi({ description: "count × face value." }),
  })
  .openapi("InventoryRow");
export type InventoryRowView = z.infer<typeof InventoryRowSchema>;

export const InventorySchema = z
  .object({
    unitId: z.string(),
    rows: z.array(InventoryRowSchema),
    totalCount: z.number().int(),
    totalValueFen: z.number().int(),
  })
  .openapi("Inventory");
export type InventoryView = z.infer<typeof InventorySchema>;

/** One row of the inventory GROUP BY (snake_case columns; bigints may come back as strings). */
export function toInventoryRowView(r: Record<string, unknown>): InventoryRowView {
  return {
    unitId: String(r.unit_id),
    unitName: String(r.unit_name),
    faceValueFen: toFen(r.face_value_fen),
    state: r.state as CardState,
    count: toFen(r.count),
    valueFen: toFen(r.value_fen),
  };
}

export function toInventoryView(unitId: string, rows: InventoryRowView[]): InventoryView {
  return {
    unitId,
    rows,
    totalCount: rows.reduce((n, r) => n + r.count, 0),
    totalValueFen: rows.reduce((n, r) => n + r.valueFen, 0),
  };
}
