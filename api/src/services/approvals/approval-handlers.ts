import { cards, type Orm } from "@powercard/db";
import { and, eq, sql } from "drizzle-orm";
import type { ApprovalRow } from "./approval-view.ts";

/** What an approved request does, run in the same transaction as the decision. */
type ApprovalHandler = (tx: Orm, approval: ApprovalRow, now: Date) => Promise<void>;

export const APPROVAL_HANDLERS: Record<string, ApprovalHandler> = {
  /** A card locked by wrong PINs goes back to the state it had, with a fresh attempt counter. */
  card_unlock: async (tx, approval, now) => {
    await tx
      .update(cards)
      .set({
        state: sql`${cards.stateBeforeLock}`,
        stateBeforeLock: null,
        failedPinAttempts: 0,
        lockedAt: null,
        updatedAt: now,
      })
      .where(and(eq(cards.cardNo, approval.objectId), eq(cards.state, "locked")));
  },
};
