import type { Channel } from "@powercard/db";
import type { LookupKind } from "./lookup-limits.ts";

/**
 * Every abuse limit of the API, in one place.
 *
 * A failure is an outcome a guesser produces: `pin_incorrect`, `card_not_found`, `card_locked`
 * and `customer_not_found`. Every limit is counted BEFORE the attempt is evaluated and given
 * back if it did not fail, so however many attempts race, no more than the limit are ever
 * evaluated (a PIN compared), on every channel and across instances. Three mechanisms, by cost:
 *
 *  - customer numbers: counted on the customer's account row by the one-statement recharge
 *    itself, under the row lock (services/recharge/redeem-card.sql.ts) — exact, no round trip;
 *  - channel clients and clerks (busy subjects): units leased from PostgreSQL into the instance
 *    and reused while attempts succeed (lease-pool.ts) — exact, no round trip on a success;
 *  - IP addresses, phone numbers, card numbers (anonymous subjects): reserved in PostgreSQL
 *    per attempt (failure-limits.ts reserveAttempt) — exact, two short statements.
 * Besides these, every card takes at most 5 wrong PINs per channel class (MAX_PIN_ATTEMPTS, cards/wrong-pin.sql.ts).
 *
 * Threat model (docs portal, operations/public-page-and-limits): an anonymous caller (public page, 95598 IVR, SMS) must
 * never lock out what is not theirs. So anonymous failures are counted apart from trusted ones:
 * they close the self-service channels to a card or a customer number for the window, never the
 * counter or a partner bank, and they never change a card's state. Trusted callers (a partner
 * client, a counter terminal, a clerk) are limited per client and per clerk, so a stolen key or
 * token locks at most a handful of cards before it is refused.
 *
 * Counters are fixed windows kept in PostgreSQL (`rate_limit_counters`, one row per key and
 * window, aligned to the epoch). A refused request gets 429 `rate_limited` with `Retry-After` =
 * the seconds left in the window.
 */
export const FAILURE_LIMITS = {
  /** Failures naming one customer number, per channel class (self-service, partner). */
  customer: { max: 10, windowSeconds: 60 * 60 },
  /** Failures of one channel client — at least this many; see CLIENT_FAILURE_SHARE. */
  client: { max: 200, windowSeconds: 10 * 60 },
  /** Failures of one clerk at the counter (a stolen staff token locks at most 4 cards an hour). */
  clerk: { max: 20, windowSeconds: 60 * 60 },
  /** Public web: failures from one IP address (IPv6: its /64). */
  ip: { max: 10, windowSeconds: 10 * 60 },
  /** Public web: failures naming one card number (beside the card's own lockout). */
  card: { max: 10, windowSeconds: 60 * 60 },
  /** SMS and IVR: failures from one phone number (the sender, the caller's ANI). */
  phone: { max: 10, windowSeconds: 10 * 60 },
} as const satisfies Record<string, { max: number; windowSeconds: number }>;

/**
 * Who a recharge attempt's failures count against, beside its client: `self_service` for the
 * anonymous channels, `partner` for banks and telcos, null at the counter (a person is there
 * with the card in hand; clerks are limited per clerk instead).
 */
export type FailureClass = "self_service" | "partner" | null;

export function failureClassOf(channel: Channel): FailureClass {
  if (channel === "counter") return null;
  return channel === "partner" ? "partner" : "self_service";
}

/** Subjects whose units are leased into the instance (lease-pool.ts); the others are reserved. */
export const LEASED_KINDS: ReadonlySet<LimitKind> = new Set(["client", "clerk"]);

export type LimitKind = keyof typeof FAILURE_LIMITS;

/**
 * A client's failure limit grows with the traffic it is allowed: 2% of the requests its
 * rate_limit_per_minute allows in the window, when that is more than FAILURE_LIMITS.client.max.
 * A bank serving a province at the start of the month sees its customers mistype PINs all day;
 * a fixed 200 would lock it out in minutes, while a stolen key spraying guesses fails far more.
 */
export const CLIENT_FAILURE_SHARE = 0.02;

export const clientFailureMax = (rateLimitPerMinute: number) =>
  Math.max(
    FAILURE_LIMITS.client.max,
    Math.ceil(rateLimitPerMinute * (FAILURE_LIMITS.client.windowSeconds / 60) * CLIENT_FAILURE_SHARE),
  );

/** The window of channel_clients.rate_limit_per_minute. */
export const CLIENT_REQUEST_WINDOW_SECONDS = 60;

/**
 * How often an instance writes its count of a client's requests to PostgreSQL, in the background.
 * Another instance sees a client's requests about this late, which bounds how far the instances
 * together can overshoot; a decision is never made on a shared count older than twice this.
 */
export const CLIENT_REQUEST_SYNC_MS = 250;

/** Rows outlive their window by this much, then the purge removes them. */
export const COUNTER_RETENTION_MARGIN_SECONDS = 5 * 60;

/** The outcomes that count as failures. */
export const FAILURE_OUTCOMES: ReadonlySet<string> = new Set([
  "pin_incorrect",
  "card_not_found",
  "card_locked",
  "customer_not_found",
]);

/** What a failure limit is about: a customer number, a client id, an IP, a card or phone number. */
export interface LimitSubject {
  kind: LimitKind;
  value: string;
  /** This subject's own limit, instead of FAILURE_LIMITS[kind].max (a client's, scaled to its traffic). */
  max?: number;
}

/** The name a limit has on /metrics (`powercard_rate_limited_total{limit=…}`). */
export const limitName = (kind: LimitKind | LookupKind | "client_requests") =>
  kind === "client_requests" ? kind : isLookupKind(kind) ? `${kind}_lookups` : `${kind}_failures`;

const isLookupKind = (kind: string): kind is LookupKind =>
  kind.startsWith("preview_") || kind.startsWith("card_status_");

export const failureKey = (subject: LimitSubject) => `fail:${subject.kind}:${subject.value}`;
export const clientRequestKey = (clientId: string) => `req:client:${clientId}`;

export interface Window {
  start: Date;
  end: Date;
  expiresAt: Date;
}

/** The fixed window `now` falls in, aligned to multiples of its length since the epoch. */
export function windowOf(now: Date, seconds: number): Window {
  const ms = seconds * 1000;
  const start = Math.floor(now.getTime() / ms) * ms;
  return {
    start: new Date(start),
    end: new Date(start + ms),
    expiresAt: new Date(start + ms + COUNTER_RETENTION_MARGIN_SECONDS * 1000),
  };
}

/** Whole seconds until the window ends (at least 1): the Retry-After of a refusal. */
export const secondsLeft = (window: Window, now: Date) =>
  Math.max(1, Math.ceil((window.end.getTime() - now.getTime()) / 1000));

/** A refusal, or not: which limit and for how long. */
export type Verdict =
  | { limited: false }
  | { limited: true; limit: LimitKind | LookupKind | "client_requests"; retryAfterSeconds: number };

export const NOT_LIMITED: Verdict = { limited: false };
