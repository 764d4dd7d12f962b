import type { cardSales } from "@powercard/db";

export type CardSaleRow = typeof cardSales.$inferSelect;

/** The public shape of a sale; the POST answer and the GETs give the same fields in the same order. */
export function toCardSaleView(row: CardSaleRow) {
  return {
    id: row.id,
    outletUnitId: row.outletUnitId,
    clerkId: row.clerkId,
    businessDate: row.businessDate,
    firstCardNo: row.firstCardNo,
    lastCardNo: row.lastCardNo,
    cardCount: row.cardCount,
    amountFen: row.amountFen,
    currency: "CNY" as const,
    createdAt: row.createdAt.toISOString(),
  };
}
export type CardSaleView = ReturnType<typeof toCardSaleView>;
