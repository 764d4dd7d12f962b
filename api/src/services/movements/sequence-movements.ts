import { type Db, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";

/**
 * Key of the transaction-level advisory lock that makes the movement sequencer a singleton across
 * processes (0x6d6f7665 = "move"). Any other use of this key in the database would block it.
 */
export const MOVEMENT_SEQUENCER_LOCK_KEY = 0x6d6f7665;

/**
 * Gives the next feed positions to committed, not yet sequenced movements, and returns how many.
 *
 * Why positions are given here, after commit, and not by the writer: a writer's id or time is
 * taken before it commits, so a slow writer can commit a movement "behind" one a reader has
 * already passed (the outbox gap). The sequencer only ever sees committed queue rows, and it
 * runs one at a time (the advisory lock, held to its commit), so each round's positions follow
 * every position a reader could have seen: a late commit gets a late position, never a gap.
 *
 * One statement per batch: take the oldest queue rows, number them after the feed's head in queue
 * order (per customer that is the order of the account row lock, so the running balance is right),
 * and append them to the feed with what the ledger, the customer and the business record say. The
 * accounting unit is the one the recharge, top-up or bill payment recorded (in force when the money
 * moved); a correction, which records none, carries the customer's unit at sequencing.
 */
export async function sequenceMovements(
  db: Db,
  now: Date,
  { batchSize = 5_000, maxBatches = 20 } = {},
): Promise<number> {
  let sequenced = 0;
  // One transaction per batch: readers see each batch as soon as it commits, and a backlog never
  // becomes one long transaction; what is left after maxBatches waits for the next round.
  for (let batch = 0; batch < maxBatches; batch++) {
    const count = await db.orm.transaction(async (tx) => {
      // Taken before reading the head: a second sequencer waits here, then numbers after our rows.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${MOVEMENT_SEQUENCER_LOCK_KEY})`);
      const [row] = resultRows<{ n: unknown }>(await tx.execute(sequenceBatch(now, batchSize)));
      return Number(row?.n ?? 0);
    });
    sequenced += count;
    if (count < batchSize) break;
  }
  return sequenced;
}

const sequenceBatch = (now: Date, batchSize: number) => sql`
WITH
picked AS (
  DELETE FROM movement_queue q
   USING (SELECT id FROM movement_queue ORDER BY id LIMIT ${batchSize}) pick
   WHERE q.id = pick.id
  RETURNING q.id, q.book_key, q.transaction_id, q.leg
),
head AS (SELECT COALESCE(MAX(position), 0) AS position FROM account_movements),
legs AS (
  SELECT p.id, p.book_key, p.transaction_id, p.leg, e.owner AS customer_no, -e.amount_fen AS amount_fen,
         t.kind, t.business_date, t.reference, t.created_at,
         row_number() OVER (ORDER BY p.id) AS n,
         sum(-e.amount_fen) OVER (PARTITION BY e.owner ORDER BY p.id) AS moved
    FROM picked p
    JOIN ledger_entries e ON e.book_key = p.book_key AND e.transaction_id = p.transaction_id AND e.leg = p.leg
    JOIN ledger_transactions t ON t.book_key = p.book_key AND t.id = p.transaction_id
),
appended AS (
  INSERT INTO account_movements (position, book_key, transaction_id, leg, kind, customer_no, amount_fen,
                                 balance_after_fen, accounting_unit_id, channel, reference, business_date,
                                 occurred_at, sequenced_at)
  SELECT head.position + l.n, l.book_key, l.transaction_id, l.leg, l.kind, l.customer_no, l.amount_fen,
         COALESCE(last.balance_after_fen, 0) + l.moved,
         COALESCE(r.accounting_unit_id, tu.accounting_unit_id, bp.accounting_unit_id, c.accounting_unit_id),
         COALESCE(r.channel, CASE WHEN tu.id IS NOT NULL THEN 'partner' END), l.reference, l.business_date,
         l.created_at, ${now.toISOString()}::timestamptz
    FROM legs l
   CROSS JOIN head
    LEFT JOIN LATERAL (
      SELECT m.balance_after_fen FROM account_movements m
       WHERE m.customer_no = l.customer_no ORDER BY m.position DESC LIMIT 1
    ) last ON true
    LEFT JOIN customers c ON c.customer_no = l.customer_no
    LEFT JOIN recharges r ON r.customer_no = l.customer_no AND r.id = l.reference
    LEFT JOIN topups tu ON tu.customer_no = l.customer_no AND tu.id = l.reference
    LEFT JOIN LATERAL (
      SELECT p.accounting_unit_id FROM bill_payments p
       WHERE p.customer_no = l.customer_no AND p.ledger_transaction_id = l.transaction_id LIMIT 1
    ) bp ON true
  RETURNING 1
)
SELECT COUNT(*)::int AS n FROM appended`;
