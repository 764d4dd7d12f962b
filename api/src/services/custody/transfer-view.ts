import type { cardTransfers } from "@powercard/db";

export type TransferRow = typeof cardTransfers.$inferSelect;

export const toTransferView = (t: TransferRow) => ({
  id: t.id,
  fromUnitId: t.fromUnitId,
  toUnitId: t.toUnitId,
  toUserId: t.toUserId,
  firstCardNo: t.firstCardNo,
  lastCardNo: t.lastCardNo,
  cardCount: t.cardCount,
  valueFen: t.valueFen,
  state: t.state,
  sentBy: t.sentBy,
  sentAt: t.sentAt.toISOString(),
  receivedBy: t.receivedBy,
  receivedAt: t.receivedAt?.toISOString() ?? null,
});
