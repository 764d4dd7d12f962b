export { createApp, OPENAPI_CONFIG } from "./app.ts";
export { loadEnv } from "./env.ts";
export { type AdmissionLimits, defaultAdmissionLimits } from "./http/admission-control.ts";
export type { AppDeps } from "./http/app-env.ts";
export { createDatabaseWatch } from "./http/database-watch.ts";
export { ACCESS_RULES } from "./http/define-route.ts";
export { onError } from "./http/on-error.ts";
export {
  DEFAULT_REPLICA_MAX_LAG_MS,
  REPLICA_CONNECT_TIMEOUT_MS,
  REPLICA_LAG_CACHE_MS,
} from "./http/replica-reads.ts";
export { SECURITY_HEADERS } from "./http/response-headers.ts";
export { DATA_AS_OF_HEADER, DATA_SOURCE_HEADER, STALE_READ_ROUTES } from "./http/stale-reads.ts";
export { backgroundJobs } from "./jobs/background-jobs.ts";
export { billSweepJob } from "./jobs/bill-sweep-job.ts";
export { figureRollupJob } from "./jobs/figure-rollup-job.ts";
export type { Job, JobLock, JobRound } from "./jobs/job.ts";
export { type RunningJob, startJob, startJobs } from "./jobs/job-runner.ts";
export { movementSequencerJob } from "./jobs/movement-sequencer-job.ts";
export { webhookDeliveryJob } from "./jobs/webhook-delivery-job.ts";
export { buildOpenApiDocument, serializeOpenApi } from "./openapi-document.ts";
export { PORTAL_DIST, portalSite } from "./portal-site.ts";
export { sealAuditChain } from "./services/audit/seal-audit-chain.ts";
export { BILL_SWEEP_ACTOR, sweepOpenBills } from "./services/bills/sweep-open-bills.ts";
export {
  generateManufacturerKeys,
  openCardFile,
  signAcknowledgement,
} from "./services/cards/card-file/index.ts";
export { apiKeyPrefix, generateApiKey, hashApiKey } from "./services/channels/api-keys.ts";
export { DEFAULT_CLIENT_CACHE_MS } from "./services/channels/authenticate-client.ts";
export { lastClosedDay, ROLLUP_GRACE_MS, rollUpClosedDays } from "./services/figures/roll-up-figures.ts";
export { purgeExpiredIdempotencyKeys } from "./services/idempotency/purge-expired-keys.ts";
export { purgeExpiredRateLimitCounters } from "./services/limits/counters.ts";
export { checkLimit, recordChannelFailure, recordFailure } from "./services/limits/failure-limits.ts";
export { CLIENT_REQUEST_SYNC_MS, clientFailureMax, FAILURE_LIMITS } from "./services/limits/limits.ts";
export { LOOKUP_LIMITS, lookupClientMax, lookupKey } from "./services/limits/lookup-limits.ts";
export { MOVEMENT_SEQUENCER_LOCK_KEY, sequenceMovements } from "./services/movements/sequence-movements.ts";
export { deliverDueWebhooks } from "./services/webhooks/deliver-due-webhooks.ts";
export { MAX_WEBHOOK_ATTEMPTS, WEBHOOK_RETRY_DELAYS_MS } from "./services/webhooks/retry-schedule.ts";
export {
  DEVELOPMENT_WEBHOOK_POLICY,
  STRICT_WEBHOOK_POLICY,
  type WebhookPolicy,
  webhookPolicy,
} from "./services/webhooks/webhook-policy.ts";
export { issueAccessToken, verifyAccessToken } from "./shared/auth/access-tokens.ts";
export { hashPassword, verifyPassword } from "./shared/auth/passwords.ts";
export { generateSigningJwk, loadSigningKeyring, type SigningKeyring } from "./shared/auth/signing-keys.ts";
export { ERROR_CATALOG, type ErrorCode } from "./shared/errors.ts";
export { maskAddress } from "./shared/mask.ts";
export { purgeSettledWebhookEvents, WEBHOOK_EVENT_RETENTION_DAYS } from "./shared/purge-expired.ts";
