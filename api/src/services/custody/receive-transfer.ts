import { cardTransfers, type Orm, orgUnits } from "@powercard/db";
import { and, eq, sql } from "drizzle-orm";
import { inScope, type UserPrincipal } from "../../shared/auth/principal.ts";
import { isCheckViolation } from "../../shared/db-errors.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { moveCardRange } from "../cards/card-lifecycle.ts";
import type { ServiceContext } from "../service-context.ts";
import { type TransferRow, toTransferView } from "./transfer-view.ts";

/**
 * Distribution, step two (领用): the receiver confirms, and the cards are in stock of the
 * receiving unit, held by the clerk when one was named. A unit's transfer is received by one of
 * its card_admins other than the sender (card_transfers_receiver_not_sender backs this); a
 * clerk's only by that clerk.
 */
export async function receiveTransfer({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { transferId: string };
}) {
  const { actor, now } = ctx;
  return ctx.db.orm.transaction(async (tx) => {
    const transfer = await lockTransfer(tx, actor, input.transferId);
    if (transfer.sentBy === actor.id) throw new DomainError("transfer_receiver_is_sender");
    const allowed = transfer.toUserId ? transfer.toUserId === actor.id : actor.roles.includes("card_admin");
    if (!allowed) throw new DomainError("transfer_receiver_invalid");
    if (transfer.state === "received") throw new DomainError("transfer_already_received");

    const updated = await tx
      .update(cardTransfers)
      .set({ state: "received", receivedBy: actor.id, receivedAt: now })
      .where(and(eq(cardTransfers.id, transfer.id), eq(cardTransfers.state, "sent")))
      .returning()
      .catch((error: unknown) => {
        throw isCheckViolation(error) ? new DomainError("transfer_receiver_is_sender") : error;
      });
    const [received] = updated;
    if (!received) throw new DomainError("transfer_already_received");
    await moveCardRange(tx, {
      action: "accept",
      range: {
        firstCardNo: transfer.firstCardNo,
        lastCardNo: transfer.lastCardNo,
        count: transfer.cardCount,
      },
      custody: sql`transfer_id = ${transfer.id}`,
      set: sql`state = 'in_stock', transfer_id = NULL, owner_unit_id = ${transfer.toUnitId},
               holder_user_id = ${transfer.toUserId}`,
      now,
    });
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      {
        action: "card_transfer.received",
        objectType: "card_transfer",
        objectId: transfer.id,
        unitId: transfer.toUnitId,
        before: { state: "sent" },
        after: {
          state: "received",
          toUserId: transfer.toUserId,
          range: [transfer.firstCardNo, transfer.lastCardNo],
          cardCount: transfer.cardCount,
          valueFen: transfer.valueFen,
        },
      },
    );
    return toTransferView(received);
  });
}

/** The transfer, locked, if it goes to a unit of the caller's subtree; otherwise not found. */
async function lockTransfer(tx: Orm, actor: UserPrincipal, id: string): Promise<TransferRow> {
  const [transfer] = await tx.select().from(cardTransfers).where(eq(cardTransfers.id, id)).for("update");
  const [unit] = transfer
    ? await tx.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, transfer.toUnitId))
    : [];
  if (!transfer || !unit || !inScope(actor, unit.path)) throw new DomainError("transfer_not_found");
  return transfer;
}
