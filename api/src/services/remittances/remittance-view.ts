import type { remittances } from "@powercard/db";

export type RemittanceRow = typeof remittances.$inferSelect;

/** The public shape of a remittance; the POST answers and the GETs give the same fields. */
export function toRemittanceView(row: RemittanceRow) {
  return {
    id: row.id,
    outletUnitId: row.outletUnitId,
    businessDate: row.businessDate,
    amountFen: row.amountFen,
    currency: "CNY" as const,
    bankReference: row.bankReference,
    state: row.state,
    declaredBy: row.declaredBy,
    declaredAt: row.declaredAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    rejectReason: row.rejectReason,
    ledgerTransactionId: row.ledgerTransactionId,
  };
}
export type RemittanceView = ReturnType<typeof toRemittanceView>;
