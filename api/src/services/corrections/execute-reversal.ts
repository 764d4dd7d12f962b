import {
  accounts,
  businessDate,
  cards,
  customers,
  type Orm,
  recharges,
  reversalCases,
  topups,
} from "@powercard/db";
import { and, eq, sql } from "drizzle-orm";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import type { ApprovalRow } from "../approvals/approval-view.ts";
import type { DecisionPolicy } from "../approvals/decision-policy.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { payOpenBills } from "../bills/pay-open-bills.ts";
import {
  type Posting,
  postMovements,
  rechargeReturned,
  reversalIn,
  reversalOut,
  topupReturned,
} from "../ledger/index.ts";
import type { TxContext } from "../tx-context.ts";
import { lockAccounts } from "./lock-accounts.ts";
import type { ReversalCaseRow } from "./reversal-case-view.ts";
import { assertWithinReversalWindow } from "./reversal-window.ts";

/**
 * The approval of a reversal case, in the decision's transaction. The rule that the credited
 * value is still unspent: under the wrongly credited account's row lock, its balance is at least
 * the amount. That is sound because the balance is the only store of the customer's value and
 * bills, recharges and other corrections change it only under the same lock: if the balance
 * holds the amount, taking it back leaves nothing negative and consumes nothing a bill already
 * took (the customer's own money is counted as spent first); if it does not, some of it was
 * spent, and the case fails unchanged (the approval stays pending; the checker rejects it).
 * "Not already reversed" is the partial unique index on cases plus the compare-and-set on
 * `pending` here, so however many approvals race, the money moves once.
 *
 * To a customer: two balanced transactions, one per book (`reversalOut` in the wrong customer's,
 * `reversalIn` in the right one's), meeting in `reversal_transit`. Back to the source: one
 * transaction in the wrong customer's book — a card's value returns to the card float and the
 * card is sold-unused again (its holder recharges it to the right 户号 with the same PIN); a
 * top-up's returns to the partner's receivable. The partner that made the credit gets a webhook.
 * The reversal window is checked again here: a case that waited past it moves nothing.
 */
export async function executeReversal(
  tc: TxContext,
  approval: ApprovalRow,
  policy: DecisionPolicy,
): Promise<void> {
  const { tx, now } = tc;
  const outTransactionId = newId.ledgerTransaction();
  const [row] = await tx
    .update(reversalCases)
    .set({ state: "executed", decidedBy: approval.checkerId, decidedAt: now, outTransactionId })
    .where(and(eq(reversalCases.id, approval.objectId), eq(reversalCases.state, "pending")))
    .returning();
  if (!row) throw new DomainError("approval_not_pending");
  assertWithinReversalWindow(await creditedAt(tx, row), now, policy.reversalWindowDays, "approval");
  const balances = await lockAccounts(tx, [
    row.fromCustomerNo,
    ...(row.toCustomerNo ? [row.toCustomerNo] : []),
  ]);
  if ((balances.get(row.fromCustomerNo) ?? 0) < row.amountFen)
    throw new DomainError("reversal_value_spent", {
      detail: `The account holds ${balances.get(row.fromCustomerNo) ?? 0} fen; the case reverses ${row.amountFen} fen.`,
    });
  await moveBalance(tx, row.fromCustomerNo, -row.amountFen, now);

  const stamp = { businessDate: businessDate(now), reference: row.id, createdAt: now };
  const postings: Posting[] = [];
  let inTransactionId: string | null = null;
  if (row.toCustomerNo) {
    const toUnitId = await openTargetUnit(tx, row.toCustomerNo);
    inTransactionId = newId.ledgerTransaction();
    await moveBalance(tx, row.toCustomerNo, row.amountFen, now);
    postings.push(
      {
        movement: reversalOut({ customerNo: row.fromCustomerNo, amountFen: row.amountFen }),
        transactionId: outTransactionId,
        ...stamp,
      },
      {
        movement: reversalIn({ customerNo: row.toCustomerNo, amountFen: row.amountFen }),
        transactionId: inTransactionId,
        ...stamp,
      },
    );
    await tx.update(reversalCases).set({ inTransactionId, toUnitId }).where(eq(reversalCases.id, row.id));
  } else {
    postings.push({
      movement: await returnToSource(tx, row, now),
      transactionId: outTransactionId,
      ...stamp,
    });
  }
  await postMovements(tx, postings);
  const actor = { type: "user" as const, id: approval.checkerId ?? approval.makerId };
  // The right customer's open bills are paid from what arrived, as after any credit.
  if (row.toCustomerNo) await payOpenBills({ ...tc, actor }, [row.toCustomerNo]);
  await notifyCreditClient(tx, row, now);
  await recordAuditEvent(
    { ...tc, actor },
    {
      action: "reversal_case.executed",
      objectType: "reversal_case",
      objectId: row.id,
      unitId: row.unitId,
      before: { state: "pending" },
      after: { state: "executed", amountFen: row.amountFen, outTransactionId, inTransactionId },
    },
  );
}

/** A rejected case moves nothing; the credit may get a new case. */
export async function rejectReversal(tc: TxContext, approval: ApprovalRow): Promise<void> {
  await tc.tx
    .update(reversalCases)
    .set({ state: "rejected", decidedBy: approval.checkerId, decidedAt: tc.now })
    .where(and(eq(reversalCases.id, approval.objectId), eq(reversalCases.state, "pending")));
}

async function moveBalance(tx: Orm, customerNo: string, deltaFen: number, now: Date) {
  // The CHECK (balance >= 0) backs up the check made under the lock.
  await tx
    .update(accounts)
    .set({ balanceFen: sql`${accounts.balanceFen} + ${deltaFen}`, updatedAt: now })
    .where(eq(accounts.customerNo, customerNo));
}

/** When the reversed credit was booked: the window runs from then. */
async function creditedAt(tx: Orm, row: ReversalCaseRow): Promise<Date> {
  const table = row.source === "recharge" ? recharges : topups;
  const [credit] = await tx
    .select({ createdAt: table.createdAt })
    .from(table)
    .where(and(eq(table.customerNo, row.fromCustomerNo), eq(table.id, row.creditId)));
  if (!credit) throw new Error(`credit ${row.creditId} of reversal case ${row.id} not found`);
  return credit.createdAt;
}

/**
 * The right customer is still open; their accounting unit in force now is recorded on the case,
 * as a credit records its unit, so the figures credit the value there whatever moves later.
 */
async function openTargetUnit(tx: Orm, customerNo: string): Promise<string> {
  const [target] = await tx
    .select({ status: customers.status, unitId: customers.accountingUnitId })
    .from(customers)
    .where(eq(customers.customerNo, customerNo));
  if (target?.status !== "normal")
    throw new DomainError("reversal_target_invalid", {
      detail: "The right customer's account is closed now.",
    });
  return target.unitId;
}

/** Back where it came from: the card sold-unused again, or the partner owes that much less. */
async function returnToSource(tx: Orm, row: ReversalCaseRow, now: Date) {
  if (row.source === "topup")
    return topupReturned({
      customerNo: row.fromCustomerNo,
      partnerClientId: row.creditClientId,
      amountFen: row.amountFen,
    });
  const [card] = await tx
    .update(cards)
    .set({ state: "sold", usedByCustomerNo: null, usedByRechargeId: null, usedAt: null, updatedAt: now })
    .where(
      and(
        eq(cards.cardNo, row.cardNo ?? ""),
        eq(cards.state, "used"),
        eq(cards.usedByRechargeId, row.creditId),
      ),
    )
    .returning({ cardNo: cards.cardNo });
  if (!card) throw new Error(`card of recharge ${row.creditId} is no longer used by it`);
  return rechargeReturned({ customerNo: row.fromCustomerNo, amountFen: row.amountFen });
}

/**
 * The outbox event for the partner whose credit was reversed, if it registered a webhook (a
 * clerk's id matches no client, so counter recharges raise none) — in the same transaction. It
 * names the partner's own credit and customer only, never the right customer.
 */
async function notifyCreditClient(tx: Orm, row: ReversalCaseRow, now: Date) {
  const payload = JSON.stringify({
    reversalCaseId: row.id,
    source: row.source,
    creditId: row.creditId,
    customerNo: row.fromCustomerNo,
    amountFen: row.amountFen,
    currency: "CNY",
    destination: row.destination,
    ledgerTransactionId: row.outTransactionId,
    executedAt: now.toISOString(),
  });
  await tx.execute(sql`
    INSERT INTO webhook_events (id, client_id, type, payload, state, attempts, next_attempt_at, created_at)
    SELECT ${newId.webhookEvent()}, id, 'reversal.executed', ${payload}::jsonb, 'pending', 0, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
      FROM channel_clients WHERE id = ${row.creditClientId} AND webhook_url IS NOT NULL`);
}
