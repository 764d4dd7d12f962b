import { z } from "@hono/zod-openapi";
import type { cardBatches, productionOrders } from "@powercard/db";
import { CardNoSchema } from "../../shared/business-keys.ts";

type OrderRow = typeof productionOrders.$inferSelect;
type BatchRow = Pick<
  typeof cardBatches.$inferSelect,
  "id" | "faceValueFen" | "quantity" | "unitId" | "firstCardNo" | "lastCardNo" | "sellBy"
>;
export interface CardFileSummary {
  part: number;
  cardCount: number;
  printFileSha256: string;
  acknowledgedAt: Date | null;
}

const Instant = z.string().openapi({ format: "date-time" });

export const ProductionOrderSchema = z
  .object({
    id: z.string(),
    planId: z.string(),
    manufacturerId: z.string(),
    unitId: z.string(),
    state: z.enum(["generated", "acknowledged"]),
    cardCount: z.number().int(),
    totalFen: z.number().int(),
    createdAt: Instant,
    acknowledgedAt: Instant.nullable(),
    batches: z.array(
      z.object({
        id: z.string(),
        unitId: z.string().nullable(),
        faceValueFen: z.number().int(),
        quantity: z.number().int(),
        firstCardNo: CardNoSchema.nullable(),
        lastCardNo: CardNoSchema.nullable(),
        sellBy: z.string().nullable().openapi({ format: "date" }),
      }),
    ),
    files: z.array(
      z.object({
        part: z.number().int().openapi({ description: "From 1; download it at /card-files/{part}." }),
        cardCount: z.number().int(),
        printFileSha256: z
          .string()
          .openapi({ description: "SHA-256 (hex) of the file's plaintext print file." }),
        acknowledgedAt: Instant.nullable(),
      }),
    ),
  })
  .openapi("ProductionOrder");
export type ProductionOrderView = z.infer<typeof ProductionOrderSchema>;

export function toProductionOrderView(
  order: OrderRow,
  batches: BatchRow[],
  files: CardFileSummary[],
): ProductionOrderView {
  return {
    id: order.id,
    planId: order.planId,
    manufacturerId: order.manufacturerId,
    unitId: order.unitId,
    state: order.state,
    cardCount: order.cardCount,
    totalFen: order.totalFen,
    createdAt: order.createdAt.toISOString(),
    acknowledgedAt: order.acknowledgedAt?.toISOString() ?? null,
    batches: batches.map((b) => ({
      id: b.id,
      unitId: b.unitId,
      faceValueFen: b.faceValueFen,
      quantity: b.quantity,
      firstCardNo: b.firstCardNo,
      lastCardNo: b.lastCardNo,
      sellBy: b.sellBy,
    })),
    files: files.map((f) => ({
      part: f.part,
      cardCount: f.cardCount,
      printFileSha256: f.printFileSha256,
      acknowledgedAt: f.acknowledgedAt?.toISOString() ?? null,
    })),
  };
}
