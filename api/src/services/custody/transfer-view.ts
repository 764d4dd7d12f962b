import { z } from "@hono/zod-openapi";
import type { cardTransfers } from "@powercard/db";

export type TransferRow = typeof cardTransfers.$inferSelect;

export const TRANSFER_STATES = ["sent", "received"] as const;

export const CardTransferSchema = z
  .object({
    id: z.string().openapi({ example: "ctr_01h455vb4pex5vsknk084sn02q" }),
    fromUnitId: z.string(),
    toUnitId: z.string(),
    toUserId: z.string().nullable().openapi({ description: "The clerk the cards go to, if any." }),
    firstCardNo: z.string(),
    lastCardNo: z.string(),
    cardCount: z.number().int(),
    valueFen: z.number().int().openapi({ example: 1000000 }),
    state: z.enum(TRANSFER_STATES),
    sentBy: z.string(),
    sentAt: z.string(),
    receivedBy: z.string().nullable(),
    receivedAt: z.string().nullable(),
  })
  .openapi("CardTransfer");
export type CardTransferView = z.infer<typeof CardTransferSchema>;

export const toTransferView = (t: TransferRow): CardTransferView => ({
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
