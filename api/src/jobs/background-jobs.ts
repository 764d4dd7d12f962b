import type { Db } from "@powercard/db";
import type { WebhookPolicy } from "../services/webhooks/webhook-policy.ts";
import type { SigningKeyring } from "../shared/auth/signing-keys.ts";
import { auditSealJob } from "./audit-seal-job.ts";
import { billSweepJob } from "./bill-sweep-job.ts";
import { figureRollupJob } from "./figure-rollup-job.ts";
import type { Job } from "./job.ts";
import { movementSequencerJob } from "./movement-sequencer-job.ts";
import { purgeExpiredJob } from "./purge-expired-job.ts";
import { webhookDeliveryJob } from "./webhook-delivery-job.ts";

/**
 * Every background job of the API, the one list the server starts (jobs/job-runner.ts) and stops
 * on shutdown. Every instance runs all of them; each job states how instances keep apart (`lock`).
 */
export function backgroundJobs(deps: {
  db: Db;
  signingKeys: SigningKeyring;
  webhookPolicy: WebhookPolicy;
}): Job[] {
  return [
    purgeExpiredJob(deps),
    auditSealJob(deps),
    webhookDeliveryJob({ db: deps.db, signingKeys: deps.signingKeys, policy: deps.webhookPolicy }),
    figureRollupJob(deps),
    billSweepJob(deps),
    movementSequencerJob(deps),
  ];
}
