import type { bills } from "@powercard/db";

export type BillRow = typeof bills.$inferSelect;

/** The public shape of a bill. */
export function toBillView(row: BillRow) {
  return {
    id: row.id,
    customerNo: row.customerNo,
    source: row.source,
    billId: row.sourceBillId,
    period: row.period,
    amountFen: row.amountFen,
    paidFen: row.paidFen,
    dueFen: row.amountFen - row.paidFen,
    currency: "CNY" as const,
    state: row.state,
    accountingUnitId: row.accountingUnitId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type BillView = ReturnType<typeof toBillView>;
