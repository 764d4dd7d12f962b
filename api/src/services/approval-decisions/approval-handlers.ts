import { type ApprovalKind, isApprovalKind } from "../approvals/approval-kinds.ts";
import type { ApprovalRow } from "../approvals/approval-view.ts";
import type { DecisionPolicy } from "../approvals/decision-policy.ts";
import { destroyApprovedCards } from "../cards/destroy-approved-cards.ts";
import { unlockApprovedCard } from "../cards/unlock-approved-card.ts";
import { executeRefund, rejectRefund } from "../corrections/execute-refund.ts";
import { executeReversal, rejectReversal } from "../corrections/execute-reversal.ts";
import { approveProductionPlan, rejectProductionPlan } from "../production/production-plans.ts";
import { approveSettlementRun } from "../settlement/approve-settlement-run.ts";
import { rejectSettlementRun } from "../settlement/reject-settlement-run.ts";
import type { TxContext } from "../tx-context.ts";

/** What a decision does to the object, run in the same transaction as the decision. */
export type ApprovalHandler = (tc: TxContext, approval: ApprovalRow, policy: DecisionPolicy) => Promise<void>;

interface DecisionHandlers {
  approved: ApprovalHandler;
  /** null: a rejection leaves the object as it is (the request alone records it). */
  rejected: ApprovalHandler | null;
}

/** One entry per kind, checked by the compiler against APPROVAL_KINDS. */
export const APPROVAL_HANDLERS: Record<ApprovalKind, DecisionHandlers> = {
  /** An approved production plan may now be ordered from a manufacturer; a rejected one is closed. */
  production_plan: {
    approved: (tc, approval) => approveProductionPlan(tc, approval.objectId),
    rejected: (tc, approval) => rejectProductionPlan(tc, approval.objectId),
  },
  /** A card locked by wrong PINs goes back to the state it had, with a fresh attempt counter. */
  card_unlock: { approved: unlockApprovedCard, rejected: null },
  /** Scrapped cards are destroyed; if one is no longer scrapped, the decision fails unchanged. */
  card_destruction: { approved: destroyApprovedCards, rejected: null },
  /** A card-fund return: the units' fee accounts are credited from the unified account. */
  settlement_run: { approved: approveSettlementRun, rejected: rejectSettlementRun },
  /** A credit to the wrong 户号 moves to the right one or back to its source, if still unspent. */
  credit_reversal: { approved: executeReversal, rejected: rejectReversal },
  /** A closed account's balance is refunded to its payee (销户退费). */
  account_refund: { approved: executeRefund, rejected: rejectRefund },
};

/** The handler of a decision on a stored request; a kind not in the list is a bug, not a no-op. */
export function decisionHandler(kind: string, decision: keyof DecisionHandlers): ApprovalHandler | null {
  if (!isApprovalKind(kind)) throw new Error(`approval kind ${kind} has no handlers`);
  return APPROVAL_HANDLERS[kind][decision];
}
