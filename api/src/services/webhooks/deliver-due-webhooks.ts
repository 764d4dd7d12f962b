import { type Db, toDate } from "@powercard/db";
import type { Logger } from "pino";
import { EVENT_TYP, JOSE_CONTENT_TYPE, signDocument } from "../../shared/auth/signed-documents.ts";
import type { SigningKeyring } from "../../shared/auth/signing-keys.ts";
import { type DeliveryOutcome, httpOutcome, sendFailure } from "./delivery-outcome.ts";
import { postWebhook } from "./post-webhook.ts";
import { retryDelayMs } from "./retry-schedule.ts";
import type { Resolve } from "./webhook-address.ts";
import { isAllowedOrigin, STRICT_WEBHOOK_POLICY, type WebhookPolicy } from "./webhook-policy.ts";
import { webhookUrlProblem } from "./webhook-url.ts";

export const WEBHOOK_TIMEOUT_MS = 5_000;
/**
 * How long a claimed event stays invisible to other workers. Longer than a delivery can take
 * (the timeout), so an event is never sent twice at once; if the worker dies mid-delivery, the
 * event is due again when the lease ends (at-least-once: receivers deduplicate by event id).
 */
export const WEBHOOK_LEASE_MS = 60_000;
export const WEBHOOK_BATCH_SIZE = 20;

export interface DeliverOptions {
  db: Db;
  signingKeys: SigningKeyring;
  /** The clock: which events are due, and when the next attempts are scheduled. */
  now: Date;
  batchSize?: number;
  timeoutMs?: number;
  leaseMs?: number;
  /** Where webhooks may go (default: the production rule, https to public addresses only). */
  policy?: WebhookPolicy;
  /** DNS for the endpoints' host names, replaceable in tests (e.g. to play a rebinding). */
  resolve?: Resolve;
  random?: () => number;
  /** Our log: the cause of a failed attempt, which the partner's delivery log does not show. */
  logger?: Logger;
}

export interface DeliveryRun {
  claimed: number;
  delivered: number;
  /** Failed attempts with another one scheduled. */
  retrying: number;
  /** Events given up after their last attempt. */
  failed: number;
}

/**
 * Claims due events atomically — one UPDATE over `SELECT … FOR UPDATE SKIP LOCKED`, so concurrent
 * workers (other processes, other instances) never claim the same event — counts the attempt and
 * moves the event out of reach for the lease. Holds no lock while sending. The client's URL is
 * joined after the UPDATE, not a subquery in its RETURNING (a scale-out rule: Citus cannot run one).
 */
const CLAIM_SQL = /* sql */ `
WITH claimed AS (
  UPDATE webhook_events e
     SET attempts = e.attempts + 1, next_attempt_at = $2
    FROM (SELECT id FROM webhook_events
           WHERE state = 'pending' AND next_attempt_at <= $1
           ORDER BY next_attempt_at
           LIMIT $3
           FOR UPDATE SKIP LOCKED) due
   WHERE e.id = due.id
  RETURNING e.id, e.client_id, e.type, e.payload, e.attempts, e.created_at
)
SELECT claimed.*, c.webhook_url AS url
  FROM claimed LEFT JOIN channel_clients c ON c.id = claimed.client_id
`;

/**
 * Records the attempt and settles the event, in one statement. The event is only updated if it
 * is still this claim (same attempt number, still pending). A settled event's next_attempt_at is
 * the time it settled: the retention purge (shared/purge-expired.ts) counts from it.
 */
const RECORD_SQL = /* sql */ `
WITH attempt AS (
  INSERT INTO webhook_attempts (event_id, attempt, attempted_at, url, status_code, error, duration_ms)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
)
UPDATE webhook_events
   SET state = $8, next_attempt_at = $9, delivered_at = $10
 WHERE id = $1 AND attempts = $2 AND state = 'pending'
`;

interface ClaimedEvent {
  id: string;
  clientId: string;
  type: string;
  data: unknown;
  attempt: number;
  createdAt: Date;
  url: string | null;
}

interface AttemptResult {
  statusCode: number | null;
  /** null when delivered; else the coarse outcome the partner sees. */
  error: DeliveryOutcome | null;
  durationMs: number;
}

/**
 * One round of the delivery worker: claims up to `batchSize` due events, POSTs each to its
 * partner's webhook URL as a compact JWS (typ powercard-event+jws, no redirects followed, a
 * timeout), records every attempt, and marks the event delivered on a 2xx or schedules the next
 * attempt with backoff — or gives it up after the last. The queue is the database: an event
 * written with its recharge or top-up survives any restart until it is delivered.
 */
export async function deliverDueWebhooks(options: DeliverOptions): Promise<DeliveryRun> {
  const { db, now } = options;
  const batchSize = options.batchSize ?? WEBHOOK_BATCH_SIZE;
  const leaseMs = options.leaseMs ?? WEBHOOK_LEASE_MS;
  const rows = await db.query(CLAIM_SQL, [now, new Date(now.getTime() + leaseMs), batchSize]);
  const events: ClaimedEvent[] = rows.map((row) => ({
    id: String(row.id),
    clientId: String(row.client_id),
    type: String(row.type),
    data: typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload,
    attempt: Number(row.attempts),
    createdAt: toDate(row.created_at),
    url: row.url === null || row.url === undefined ? null : String(row.url),
  }));

  const run: DeliveryRun = { claimed: events.length, delivered: 0, retrying: 0, failed: 0 };
  const settled = await Promise.allSettled(
    events.map(async (event) => {
      const result = await attempt(event, options);
      const delivered = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
      const delay = delivered ? null : retryDelayMs(event.attempt, options.random);
      const state = delivered ? "delivered" : delay === null ? "failed" : "pending";
      await db.query(RECORD_SQL, [
        event.id,
        event.attempt,
        now,
        event.url ?? "",
        result.statusCode,
        result.error,
        result.durationMs,
        state,
        new Date(now.getTime() + (delay ?? 0)),
        delivered ? now : null,
      ]);
      if (state === "delivered") run.delivered++;
      else if (state === "failed") run.failed++;
      else run.retrying++;
    }),
  );
  const rejected = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  // Unrecorded attempts are retried when their lease ends; the caller logs the cause.
  if (rejected) throw rejected.reason;
  return run;
}

/**
 * One HTTP attempt; never throws for the endpoint's sake — its failure is a result. The URL is
 * judged again under today's policy (it may have been registered under another, or in another
 * environment), and a host name on the addresses connected to.
 */
async function attempt(event: ClaimedEvent, options: DeliverOptions): Promise<AttemptResult> {
  const started = performance.now();
  const done = (statusCode: number | null, error: DeliveryOutcome | null): AttemptResult => ({
    statusCode,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  const policy = options.policy ?? STRICT_WEBHOOK_POLICY;
  if (event.url === null) return done(null, "no_url");
  if (webhookUrlProblem(event.url, policy)) return done(null, "url_refused");
  const url = new URL(event.url);

  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const body = await signDocument(options.signingKeys, EVENT_TYP, {
    id: event.id,
    type: event.type,
    clientId: event.clientId,
    createdAt: event.createdAt.toISOString(),
    data: event.data,
  });
  try {
    const status = await postWebhook(url, {
      headers: {
        "Content-Type": JOSE_CONTENT_TYPE,
        "User-Agent": "Powercard-Webhooks/1",
        "Powercard-Event-Id": event.id,
        "Powercard-Event-Type": event.type,
        "Powercard-Delivery-Attempt": String(event.attempt),
      },
      body,
      timeoutMs,
      resolve: options.resolve,
      anyAddress: isAllowedOrigin(url, policy),
    });
    return done(status, status >= 200 && status < 300 ? null : httpOutcome(status));
  } catch (error) {
    const { outcome, cause } = sendFailure(error);
    options.logger?.warn(
      { webhookEventId: event.id, clientId: event.clientId, attempt: event.attempt, outcome, cause },
      "webhook attempt failed",
    );
    return done(null, outcome);
  }
}
