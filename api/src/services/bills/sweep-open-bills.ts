import { type Db, type Orm, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import { metrics } from "../../shared/metrics.ts";
import type { AuditActor } from "../audit/record-audit-event.ts";
import { type BillsPaid, payOpenBills } from "./pay-open-bills.ts";

/** Customers with open bills read per scan (no lock), and customers paid per transaction. */
export const BILL_SWEEP_SCAN_SIZE = 1_000;
export const BILL_SWEEP_BATCH_SIZE = 50;
export const BILL_SWEEP_ACTOR: AuditActor = { type: "system", id: "bill-sweep" };

export interface BillSweep {
  /** Customers with open bills looked at. */
  examined: number;
  /** Payments made (one ledger transaction per customer). */
  payments: BillsPaid[];
  /** Customers whose payment failed, and why; their bills stay open for the next sweep. */
  failed: { customerNo: string; error: unknown }[];
}

/**
 * Pays the bills left open although the customer has money: the payment that follows a recharge
 * or top-up runs after its commit and may fail (powercard_bill_payment_failures_total), and
 * nothing else would retry it before the customer's next credit or bill.
 *
 * Walks the customers with open bills in customer order, `scanSize` at a time, through the
 * partial index bills_customer_open_idx (customer_no leads, `state <> 'paid'` is its predicate:
 * paid bills are never read), each with its balance by the accounts primary key; no lock is
 * taken while scanning. The customers with money are then paid `batchSize` per transaction: their
 * accounts are locked `FOR UPDATE SKIP LOCKED` — another sweep, or a recharge with its own
 * follow-up payment, holding a customer makes this sweep pass over it rather than wait — and
 * payOpenBills (the function the recharge uses) pays them. Its own lock finds the rows already
 * held and it computes after the lock, so a bill is never paid twice. Should a batch fail, its
 * customers are retried one by one, so one customer's failure holds back no other.
 */
export async function sweepOpenBills(
  db: Db,
  {
    now,
    scanSize = BILL_SWEEP_SCAN_SIZE,
    batchSize = BILL_SWEEP_BATCH_SIZE,
    signal,
  }: { now: Date; scanSize?: number; batchSize?: number; signal?: AbortSignal },
): Promise<BillSweep> {
  const sweep: BillSweep = { examined: 0, payments: [], failed: [] };
  let after = "";
  for (;;) {
    const scanned = await customersWithOpenBills(db.orm, after, scanSize);
    sweep.examined += scanned.length;
    const payable = scanned.filter((c) => c.payable).map((c) => c.customerNo);
    for (let i = 0; i < payable.length; i += batchSize)
      await payBatch(db, payable.slice(i, i + batchSize), now, sweep);
    const last = scanned.at(-1);
    // Stopping (the process shuts down) ends the sweep between scans; the next one starts over.
    if (!last || scanned.length < scanSize || signal?.aborted) return sweep;
    after = last.customerNo;
  }
}

/** The next customers (after `after`, in order) with a bill not fully paid, and whether they have money. */
async function customersWithOpenBills(orm: Orm, after: string, limit: number) {
  const rows = resultRows<{ customer_no: string; payable: boolean | null }>(
    await orm.execute(sql`
      WITH owing AS (
        SELECT DISTINCT customer_no FROM bills
         WHERE state <> 'paid' AND customer_no > ${after}
         ORDER BY customer_no LIMIT ${limit}
      )
      SELECT o.customer_no, a.balance_fen > 0 AS payable
        FROM owing o LEFT JOIN accounts a ON a.customer_no = o.customer_no
       ORDER BY o.customer_no`),
  );
  return rows.map((r) => ({ customerNo: r.customer_no, payable: r.payable === true }));
}

async function payBatch(db: Db, candidates: string[], now: Date, sweep: BillSweep) {
  const paid = (payments: BillsPaid[]) => {
    sweep.payments.push(...payments);
    metrics.billSweepPaid(payments.length);
  };
  try {
    paid(await payLocked(db, candidates, now));
  } catch {
    for (const customerNo of candidates) {
      try {
        paid(await payLocked(db, [customerNo], now));
      } catch (error) {
        sweep.failed.push({ customerNo, error });
        metrics.billSweepFailed();
      }
    }
  }
}

/** One transaction: lock the candidates that have money (skipping held ones), pay their bills. */
function payLocked(db: Db, customerNos: string[], now: Date): Promise<BillsPaid[]> {
  return db.orm.transaction(async (orm) => {
    const locked = resultRows<{ customer_no: string }>(
      await orm.execute(sql`
        SELECT customer_no FROM accounts
         WHERE customer_no IN (SELECT jsonb_array_elements_text(${JSON.stringify(customerNos)}::jsonb))
           AND balance_fen > 0
         ORDER BY customer_no
           FOR UPDATE SKIP LOCKED`),
    );
    return payOpenBills(
      { tx: orm, requestId: null, now, actor: BILL_SWEEP_ACTOR },
      locked.map((r) => r.customer_no),
    );
  });
}
