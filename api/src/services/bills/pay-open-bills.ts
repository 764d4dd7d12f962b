import { businessDate, resultRows, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";
import { newId } from "../../shared/ids.ts";
import type { AuditActor } from "../audit/record-audit-event.ts";
import { billPaidFromBalance, movementCtes } from "../ledger/index.ts";
import type { TxContext } from "../tx-context.ts";

/** Per customer with something paid, one `billPaidFromBalance` in the customer's book. */
const POST_BILLS_PAID = sql.raw(
  movementCtes(billPaidFromBalance({ customerNo: "totals.customer_no", amountFen: "totals.amount" }), {
    from: "totals CROSS JOIN stamp",
    transactionId: "totals.txn_id",
    businessDate: "stamp.business_date",
    reference: "NULL",
    createdAt: "stamp.at",
  }),
);

export interface BillsPaid {
  customerNo: string;
  paidFen: number;
  billCount: number;
}

/**
 * Pays the customers' open bills from their prepaid balances, oldest period first; the money
 * runs out → the bill it reached is partly paid and the rest stay open. Per customer with
 * something paid: one balanced ledger transaction in the customer's book (`billPaidFromBalance`:
 * the prepaid liability and the receivable shrink), the balance row
 * lowered by the same amount, the split over bills in `bill_payments`, one audit event.
 *
 * Two statements in the caller's transaction: first the accounts are locked (in customer order,
 * so concurrent runs cannot deadlock), then everything is computed in a statement whose snapshot
 * is taken after the locks, so it sees what the previous holder paid. A recharge or top-up
 * waits on the same row lock; the balance CHECK (>= 0) backs up the arithmetic.
 */
export async function payOpenBills(
  input: TxContext & { actor: AuditActor },
  wanted: readonly string[],
): Promise<BillsPaid[]> {
  const { tx } = input;
  const customerNos = [...new Set(wanted)].sort();
  if (customerNos.length === 0) return [];
  const runs = JSON.stringify(
    customerNos.map((customer_no) => ({
      customer_no,
      txn_id: newId.ledgerTransaction(),
      audit_id: newId.auditEvent(),
    })),
  );
  const { now, actor } = input;
  const at = now.toISOString();
  const day = businessDate(now);
  await tx.execute(sql`
    SELECT customer_no FROM accounts WHERE customer_no IN (
      SELECT customer_no FROM jsonb_to_recordset(${runs}::jsonb) AS r(customer_no text))
    ORDER BY customer_no FOR UPDATE`);
  const rows = resultRows<{ customer_no: string; paid_fen: unknown; bill_count: unknown }>(
    await tx.execute(sql`
      WITH
      who AS (
        SELECT r.customer_no, r.txn_id, r.audit_id, a.balance_fen, c.accounting_unit_id
          FROM jsonb_to_recordset(${runs}::jsonb) AS r(customer_no text, txn_id text, audit_id text)
          JOIN accounts a ON a.customer_no = r.customer_no
          -- The unit in force now: the payment records it (monthly clearing attributes by it).
          JOIN customers c ON c.customer_no = r.customer_no
         WHERE a.balance_fen > 0
      ),
      queue AS (
        SELECT b.customer_no, b.id, w.txn_id, w.balance_fen, w.accounting_unit_id, b.amount_fen - b.paid_fen AS due,
               SUM(b.amount_fen - b.paid_fen) OVER (
                 PARTITION BY b.customer_no ORDER BY b.period, b.created_at, b.id) - (b.amount_fen - b.paid_fen) AS due_before
          FROM bills b JOIN who w ON w.customer_no = b.customer_no
         WHERE b.state <> 'paid'
      ),
      pay AS (
        SELECT customer_no, id, txn_id, accounting_unit_id, LEAST(due, balance_fen - due_before)::bigint AS amount
          FROM queue WHERE balance_fen > due_before
      ),
      paid AS (
        UPDATE bills
           SET paid_fen = bills.paid_fen + pay.amount,
               state = CASE WHEN bills.paid_fen + pay.amount = bills.amount_fen THEN 'paid' ELSE 'partly_paid' END,
               updated_at = ${at}::timestamptz
          FROM pay
         WHERE bills.customer_no = pay.customer_no AND bills.id = pay.id
      ),
      totals AS (
        SELECT pay.customer_no, pay.txn_id, who.audit_id, SUM(pay.amount)::bigint AS amount, count(*)::int AS bill_count
          FROM pay JOIN who ON who.customer_no = pay.customer_no
         GROUP BY pay.customer_no, pay.txn_id, who.audit_id
      ),
      debited AS (
        UPDATE accounts SET balance_fen = accounts.balance_fen - totals.amount, updated_at = ${at}::timestamptz
          FROM totals WHERE accounts.customer_no = totals.customer_no
      ),
      stamp AS (SELECT ${day}::date AS business_date, ${at}::timestamptz AS at),
      ${POST_BILLS_PAID},
      split AS (
        INSERT INTO bill_payments (customer_no, bill_id, ledger_transaction_id, amount_fen, accounting_unit_id,
                                   business_date, created_at)
        SELECT customer_no, id, txn_id, amount, accounting_unit_id, ${day}::date, ${at}::timestamptz FROM pay
      ),
      audit AS (
        INSERT INTO audit_events (id, occurred_at, actor_type, actor_id, action, object_type, object_id, request_id, after)
        SELECT audit_id, ${at}::timestamptz, ${actor.type}::text, ${actor.id}::text, 'bills.paid_from_balance', 'account', customer_no,
               ${input.requestId}::text, jsonb_build_object('paidFen', amount, 'billCount', bill_count, 'ledgerTransactionId', txn_id)
          FROM totals
      )
      SELECT customer_no, amount AS paid_fen, bill_count FROM totals ORDER BY customer_no`),
  );
  return rows.map((r) => ({
    customerNo: r.customer_no,
    paidFen: toFen(r.paid_fen),
    billCount: Number(r.bill_count),
  }));
}
