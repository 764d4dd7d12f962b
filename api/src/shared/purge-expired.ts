import type { Db } from "@powercard/db";

/** Runs a `DELETE … RETURNING` of at most `batchSize` rows ($1, $2 = cutoff, batch) until a batch comes back short. */
async function deleteInBatches(db: Db, sql: string, cutoff: Date, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.query(sql, [cutoff, batchSize]);
    total += deleted.length;
    if (deleted.length < batchSize) return total;
  }
}

/**
 * Deletes the rows of a table whose `expires_at` has passed, a bounded batch per statement so it
 * never holds long locks. Only for tables with an `expires_at` column (named here, not by callers).
 */
export function purgeExpiredRows(
  db: Db,
  table: "idempotency_keys" | "rate_limit_counters" | "used_assertion_ids",
  now: Date,
  batchSize = 5_000,
): Promise<number> {
  return deleteInBatches(
    db,
    `DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM ${table} WHERE expires_at < $1 LIMIT $2) RETURNING 1 AS gone`,
    now,
    batchSize,
  );
}

/**
 * How long a webhook event that was delivered or given up is kept, with its attempts, for the
 * partner's and support's eyes (GET /v1/partners/me/webhook/events). Pending events are never
 * purged; the ledger and the recharge or top-up itself are the record, not the event.
 */
export const WEBHOOK_EVENT_RETENTION_DAYS = 30;

/**
 * Deletes settled webhook events whose last attempt is older than the retention, and their
 * attempts, in one statement per batch (the attempts reference the events). A settled event's
 * `next_attempt_at` is the time of that last attempt, so the (state, next_attempt_at) index finds
 * them; SKIP LOCKED leaves rows another process is purging to it.
 */
export function purgeSettledWebhookEvents(db: Db, now: Date, batchSize = 1_000): Promise<number> {
  const cutoff = new Date(now.getTime() - WEBHOOK_EVENT_RETENTION_DAYS * 86_400_000);
  return deleteInBatches(
    db,
    /* sql */ `
WITH gone AS (
  SELECT id FROM webhook_events
   WHERE state IN ('delivered', 'failed') AND next_attempt_at < $1
   LIMIT $2
   FOR UPDATE SKIP LOCKED
), attempts AS (
  DELETE FROM webhook_attempts WHERE event_id IN (SELECT id FROM gone)
)
DELETE FROM webhook_events WHERE id IN (SELECT id FROM gone) RETURNING 1 AS gone`,
    cutoff,
    batchSize,
  );
}
