import { cards, type Orm } from "@powercard/db";
import { and, eq, sql } from "drizzle-orm";
import { destroyApprovedCards } from "../cards/destroy-approved-cards.ts";
import { approveProductionPlan, rejectProductionPlan } from "../production/production-plans.ts";
import { approveSettlementRun } from "../settlement/approve-settlement-run.ts";
import { rejectSettlementRun } from "../settlement/reject-settlement-run.ts";
import type { ApprovalRow } from "./approval-view.ts";

/** What an approved request does, run in the same transaction as the decision. */
type ApprovalHandler = (tx: Orm, approval: ApprovalRow, now: Date, requestId: string) => Promise<void>;

export const APPROVAL_HANDLERS: Record<string, ApprovalHandler> = {
  /** An approved production plan may now be ordered from a manufacturer. */
  production_plan: (tx, approval, now) => approveProductionPlan(tx, approval.objectId, now),
  /** A card locked by wrong PINs goes back to the state it had, with a fresh attempt counter. */
  card_unlock: async (tx, approval, now) => {
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
  },
  /** Scrapped cards are destroyed; if one is no longer scrapped, the decision fails unchanged. */
  card_destruction: destroyApprovedCards,
  /** A card-fund return: the units' fee accounts are credited from the unified account. */
  settlement_run: approveSettlementRun,
};

/** What a rejected request undoes, run in the same transaction as the decision. */
export const REJECTION_HANDLERS: Record<string, ApprovalHandler> = {
  production_plan: (tx, approval, now) => rejectProductionPlan(tx, approval.objectId, now),
  settlement_run: rejectSettlementRun,
};
