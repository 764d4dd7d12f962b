import type { cardBatches, productionOrders } from "@powercard/db";

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

export function toProductionOrderView(order: OrderRow, batches: BatchRow[], files: CardFileSummary[]) {
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
export type ProductionOrderView = ReturnType<typeof toProductionOrderView>;
