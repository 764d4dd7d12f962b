import type { Db } from "@powercard/db";
import { bumpCounters, releaseCounters } from "./counters.ts";
import { NOT_LIMITED, secondsLeft, type Verdict, windowOf } from "./limits.ts";

/**
 * Limits on look-ups that answer without moving money but tell something: the recharge preview
 * (a masked name and address for a customer number — an oracle, like the IVR's confirm step) and
 * the public card-status check. Unlike failure limits, every look-up counts, found or not: a
 * found one is what a harvester is after. Counted before the look-up runs, in PostgreSQL
 * (`rate_limit_counters`, fixed windows), so racing requests never get past the limit; a refused
 * look-up gives its units back, so a blocked address cannot run down a customer number's limit.
 */
export const LOOKUP_LIMITS = {
  /** Public page: previews from one IP address (IPv6: its /64). */
  preview_ip: { max: 30, windowSeconds: 10 * 60 },
  /** Public page: previews naming one customer number, from anywhere. */
  preview_customer: { max: 20, windowSeconds: 60 * 60 },
  /** Partner API and other channel clients: previews per client, at least this many (see lookupClientMax). */
  preview_client: { max: 600, windowSeconds: 10 * 60 },
  /** Counter: previews per clerk (a clerk serves about one customer a minute at the busiest). */
  preview_clerk: { max: 300, windowSeconds: 60 * 60 },
  /** Public card-status check: look-ups from one IP address. */
  card_status_ip: { max: 30, windowSeconds: 10 * 60 },
} as const satisfies Record<string, { max: number; windowSeconds: number }>;

export type LookupKind = keyof typeof LOOKUP_LIMITS;

/** A client previews before each recharge: half the requests its rate allows in the window. */
export const lookupClientMax = (rateLimitPerMinute: number) =>
  Math.max(
    LOOKUP_LIMITS.preview_client.max,
    Math.ceil((rateLimitPerMinute * LOOKUP_LIMITS.preview_client.windowSeconds) / 60 / 2),
  );

export interface LookupSubject {
  kind: LookupKind;
  value: string;
  /** This subject's own limit instead of LOOKUP_LIMITS[kind].max. */
  max?: number;
}

export const lookupKey = (subject: LookupSubject) => `lookup:${subject.kind}:${subject.value}`;

/**
 * Counts one look-up against every subject (one statement) and refuses it when any is beyond
 * its limit, with the longest wait; a refused look-up takes its units back.
 */
export async function countLookup(
  ctx: { db: Db; now: Date },
  subjects: readonly LookupSubject[],
): Promise<Verdict> {
  const placed = subjects.map((subject) => {
    const limit = LOOKUP_LIMITS[subject.kind];
    const window = windowOf(ctx.now, limit.windowSeconds);
    return { subject, key: lookupKey(subject), window, max: subject.max ?? limit.max };
  });
  const counts = await bumpCounters(
    ctx.db,
    placed.map((p) => ({ key: p.key, windowStart: p.window.start, expiresAt: p.window.expiresAt, by: 1 })),
  );
  let verdict: Verdict = NOT_LIMITED;
  for (const p of placed) {
    if ((counts.get(p.key) ?? 0) <= p.max) continue;
    const retryAfterSeconds = secondsLeft(p.window, ctx.now);
    if (!verdict.limited || retryAfterSeconds > verdict.retryAfterSeconds)
      verdict = { limited: true, limit: p.subject.kind, retryAfterSeconds };
  }
  if (verdict.limited)
    await releaseCounters(
      ctx.db,
      placed.map((p) => ({ key: p.key, windowStart: p.window.start })),
    );
  return verdict;
}
