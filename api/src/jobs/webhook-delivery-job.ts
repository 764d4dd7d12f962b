import type { Db } from "@powercard/db";
import { deliverDueWebhooks, WEBHOOK_BATCH_SIZE } from "../services/webhooks/deliver-due-webhooks.ts";
import type { WebhookPolicy } from "../services/webhooks/webhook-policy.ts";
import type { SigningKeyring } from "../shared/auth/signing-keys.ts";
import type { Job } from "./job.ts";

/**
 * Webhook events wait in PostgreSQL until delivered; every process helps deliver them. A round
 * drains full batches back to back; a round in progress at stop ends after its current batch
 * (bounded by the delivery timeout).
 */
export function webhookDeliveryJob({
  db,
  signingKeys,
  policy,
}: {
  db: Db;
  signingKeys: SigningKeyring;
  /** Where webhooks may go (WEBHOOK_ALLOWED_ORIGINS, NODE_ENV). */
  policy: WebhookPolicy;
}): Job {
  return {
    name: "webhook delivery",
    intervalMs: 2_000,
    // Due events are claimed FOR UPDATE SKIP LOCKED and leased: processes share them.
    lock: "skip-locked",
    async run({ signal, logger }) {
      for (;;) {
        const run = await deliverDueWebhooks({ db, signingKeys, now: new Date(), policy, logger });
        if (run.claimed > 0) logger.info({ webhooks: run }, "webhook deliveries");
        if (run.claimed < WEBHOOK_BATCH_SIZE || signal.aborted) return;
      }
    },
  };
}
