import type { Db } from "@powercard/db";

/**
 * Deletes the rows of a table whose `expires_at` has passed, a bounded batch per statement so it
 * never holds long locks. Only for tables with an `expires_at` column (named here, not by callers).
 */
export async function purgeExpiredRows(
  db: Db,
  table: "idempotency_keys" | "rate_limit_counters" | "used_assertion_ids",
  now: Date,
  batchSize = 5_000,
): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.query(
      `DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM ${table} WHERE expires_at < $1 LIMIT $2) RETURNING 1 AS gone`,
      [now, batchSize],
    );
    total += deleted.length;
    if (deleted.length < batchSize) return total;
  }
}
