import { accounts, businessDate, refundCases } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import type { ApprovalRow } from "../approvals/approval-view.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { closedAccountRefunded, postMovements } from "../ledger/index.ts";
import type { TxContext } from "../tx-context.ts";
import { lockAccounts } from "./lock-accounts.ts";

/**
 * The approval of a refund case, in the decision's transaction: under the account's row lock
 * the balance must still be the case's amount (a bill paid since would make it smaller: the
 * checker rejects, a new case names the new balance); then one balanced transaction in the
 * customer's book (`closedAccountRefunded`) and the balance set to 0.
 */
export async function executeRefund(tc: TxContext, approval: ApprovalRow): Promise<void> {
  const { tx, now } = tc;
  const ledgerTransactionId = newId.ledgerTransaction();
  const [row] = await tx
    .update(refundCases)
    .set({ state: "executed", decidedBy: approval.checkerId, decidedAt: now, ledgerTransactionId })
    .where(
      and(
        eq(refundCases.customerNo, caseCustomerNo(approval)),
        eq(refundCases.id, approval.objectId),
        eq(refundCases.state, "pending"),
      ),
    )
    .returning();
  if (!row) throw new DomainError("approval_not_pending");
  const balances = await lockAccounts(tx, [row.customerNo]);
  if (balances.get(row.customerNo) !== row.amountFen)
    throw new DomainError("refund_balance_changed", {
      detail: `The account holds ${balances.get(row.customerNo) ?? 0} fen; the case refunds ${row.amountFen} fen.`,
    });
  await tx
    .update(accounts)
    .set({ balanceFen: 0, updatedAt: now })
    .where(eq(accounts.customerNo, row.customerNo));
  await postMovements(tx, [
    {
      movement: closedAccountRefunded({ customerNo: row.customerNo, amountFen: row.amountFen }),
      transactionId: ledgerTransactionId,
      businessDate: businessDate(now),
      reference: row.id,
      createdAt: now,
    },
  ]);
  await recordAuditEvent(
    { ...tc, actor: { type: "user", id: approval.checkerId ?? approval.makerId } },
    {
      action: "refund_case.executed",
      objectType: "refund_case",
      objectId: row.id,
      unitId: row.unitId,
      before: { state: "pending", balanceFen: row.amountFen },
      after: { state: "executed", balanceFen: 0, ledgerTransactionId, payoutReference: row.payoutReference },
    },
  );
}

export async function rejectRefund(tc: TxContext, approval: ApprovalRow): Promise<void> {
  await tc.tx
    .update(refundCases)
    .set({ state: "rejected", decidedBy: approval.checkerId, decidedAt: tc.now })
    .where(
      and(
        eq(refundCases.customerNo, caseCustomerNo(approval)),
        eq(refundCases.id, approval.objectId),
        eq(refundCases.state, "pending"),
      ),
    );
}

/**
 * The case's customer, recorded in its approval when the case was opened: the statements on the
 * case name its full key (customer_no, id), the shard key first (scale-out rule).
 */
function caseCustomerNo(approval: ApprovalRow): string {
  const { customerNo } = approval.payload as { customerNo?: unknown };
  if (typeof customerNo !== "string") throw new Error(`approval ${approval.id} names no customer`);
  return customerNo;
}
