import type { Db } from "@powercard/db";
import { purgeExpiredRows, purgeSettledWebhookEvents } from "../shared/purge-expired.ts";
import type { Job } from "./job.ts";

const EXPIRING_TABLES = ["idempotency_keys", "rate_limit_counters", "used_assertion_ids"] as const;

/**
 * Expired rows are purged in small batches: idempotency records after 48 h (partners rely on
 * ≥ 24 h), rate-limit counters minutes after their window, used assertion ids after their exp;
 * webhook events delivered or given up, with their attempts, 30 days after their last attempt.
 * Each table on its own: one that fails does not keep the others from being purged.
 */
export function purgeExpiredJob({ db }: { db: Db }): Job {
  return {
    name: "purge",
    intervalMs: 15 * 60_000,
    // Bounded batched DELETEs of rows nobody reads any more; webhook events are taken SKIP LOCKED.
    lock: "anywhere",
    async run({ now, logger, failed }) {
      const purges = [
        ...EXPIRING_TABLES.map((table) => ({
          table,
          message: "expired rows purged",
          purge: () => purgeExpiredRows(db, table, now),
        })),
        {
          table: "webhook_events",
          message: "settled webhook events purged",
          purge: () => purgeSettledWebhookEvents(db, now),
        },
      ];
      await Promise.all(
        purges.map(({ table, message, purge }) =>
          purge().then(
            (purged) => purged > 0 && logger.info({ table, purged }, message),
            (err) => failed(err, "purge failed", { table }),
          ),
        ),
      );
    },
  };
}
