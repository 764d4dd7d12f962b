import { cards } from "@powercard/db";
import { and, eq, sql } from "drizzle-orm";
import type { ApprovalRow } from "../approvals/approval-view.ts";
import type { TxContext } from "../tx-context.ts";

/**
 * The approval handler of `card_unlock`, run in the deciding transaction: a card locked by wrong
 * PINs goes back to the state it had, with a fresh attempt counter (a card no longer locked is left
 * as it is).
 */
export async function unlockApprovedCard({ tx, now }: TxContext, approval: ApprovalRow) {
  await tx
    .update(cards)
    .set({
      state: sql`${cards.stateBeforeLock}`,
      stateBeforeLock: null,
      failedPinAttempts: 0,
      selfServiceFailedPinAttempts: 0,
      lockedAt: null,
      updatedAt: now,
    })
    .where(and(eq(cards.cardNo, approval.objectId), eq(cards.state, "locked")));
}
