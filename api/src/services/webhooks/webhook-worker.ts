import type { Db } from "@powercard/db";
import type { Logger } from "pino";
import { jobFailureLog } from "../../jobs/job-failure-log.ts";
import type { SigningKeyring } from "../../shared/auth/signing-keys.ts";
import { deliverDueWebhooks, WEBHOOK_BATCH_SIZE } from "./deliver-due-webhooks.ts";
import type { WebhookPolicy } from "./webhook-policy.ts";

/**
 * Runs the delivery worker every `intervalMs` in this process: one round at a time, draining full
 * batches back to back. Any number of processes may run it; SKIP LOCKED keeps them apart. The
 * timer is unref'd, so it never keeps the process alive.
 */
export function startWebhookWorker({
  db,
  signingKeys,
  logger,
  policy,
  intervalMs = 2_000,
}: {
  db: Db;
  signingKeys: SigningKeyring;
  logger: Logger;
  /** Where webhooks may go (WEBHOOK_ALLOWED_ORIGINS, NODE_ENV). */
  policy: WebhookPolicy;
  intervalMs?: number;
}) {
  let running: Promise<void> | null = null;
  let stopped = false;
  const failures = jobFailureLog(logger, "webhook delivery");
  const round = async () => {
    try {
      for (;;) {
        const run = await deliverDueWebhooks({ db, signingKeys, now: new Date(), policy, logger });
        if (run.claimed > 0) logger.info({ webhooks: run }, "webhook deliveries");
        if (run.claimed < WEBHOOK_BATCH_SIZE || stopped) break;
      }
      failures.succeeded();
    } catch (err) {
      failures.failed(err, "webhook delivery failed");
    }
  };
  const tick = () => {
    if (running || stopped) return;
    running = round().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    /** Stops the timer and waits for the round in progress (bounded by the delivery timeout). */
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
