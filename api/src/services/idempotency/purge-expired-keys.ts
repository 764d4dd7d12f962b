import type { Db } from "@powercard/db";

/**
 * Deletes Idempotency-Key records past their retention, a bounded batch per statement so it never
 * holds long locks. Succeeded recharges stay findable by key through the recharge itself.
 */
export async function purgeExpiredIdempotencyKeys(db: Db, now: Date, batchSize = 5_000): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.query(
      `DELETE FROM idempotency_keys WHERE ctid IN (
         SELECT ctid FROM idempotency_keys WHERE expires_at < $1 LIMIT $2)
       RETURNING 1 AS gone`,
      [now, batchSize],
    );
    total += deleted.length;
    if (deleted.length < batchSize) return total;
  }
}
