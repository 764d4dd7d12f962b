import type { Db } from "@powercard/db";
import { purgeExpiredRows } from "../../shared/purge-expired.ts";

/**
 * Deletes Idempotency-Key records past their retention. Succeeded recharges stay findable by key
 * through the recharge itself.
 */
export const purgeExpiredIdempotencyKeys = (db: Db, now: Date, batchSize?: number) =>
  purgeExpiredRows(db, "idempotency_keys", now, batchSize);
