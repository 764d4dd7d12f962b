import type { Db } from "@powercard/db";
import { createClientRequestCounter } from "./client-requests.ts";
import {
  type Counted,
  checkLimitCounts,
  placeSubjects,
  type Reservation,
  recordFailureCounts,
  releaseAttempt,
  reserveAttempt,
  verdictFor,
} from "./failure-limits.ts";
import { type LimitSubject, NOT_LIMITED, type Verdict } from "./limits.ts";

/** Entries kept of what this instance learned about failure counters. */
const MAX_KNOWN = 100_000;

/**
 * One per app: the limits as the request paths use them. Counters are in PostgreSQL; this adds
 * what one instance knows, so that the recharge hot path stays at zero extra round trips.
 *
 * Channel clients' failure limits are checked against the counts this instance last read back
 * from PostgreSQL (every recorded failure returns its counter's total across instances):
 *  - a subject known to be at its limit is refused without asking the database;
 *  - a subject known to be at half its limit or more is peeked (one read) before evaluating;
 *  - a subject with no failure seen here costs nothing — a successful recharge stays one
 *    statement. Failures elsewhere reach this instance with its next failure for that subject,
 *    so N instances can evaluate at most about N − 1 attempts beyond a limit (the card's own
 *    lockout, exact, still stops PIN guessing at 5 per card).
 * The public page's limits are exact instead (reserve before evaluating): there the extra round
 * trips buy a guarantee against anonymous callers, on a path that is not the bulk of the load.
 */
export function createLimiter({ db, now }: { db: Db; now: () => Date }) {
  const known = new Map<string, { windowStart: number; count: number }>();
  const requests = createClientRequestCounter(db);

  function learn({ placed, counts }: Pick<Counted, "placed" | "counts">) {
    if (known.size >= MAX_KNOWN) known.clear();
    for (const p of placed) {
      const count = counts.get(p.key);
      if (count !== undefined) known.set(p.key, { windowStart: p.windowStart.getTime(), count });
    }
  }

  return {
    now,

    /** Requests per minute of a channel client. */
    clientRequest: (clientId: string, perMinute: number) => requests.hit(clientId, perMinute, now()),

    /** Before evaluating a channel client's attempt: refused if a subject is known to be at its limit. */
    async checkFailures(subjects: readonly LimitSubject[]): Promise<Verdict> {
      if (subjects.length === 0) return NOT_LIMITED;
      const at = now();
      const placed = placeSubjects(subjects, at);
      const counts = new Map<string, number>();
      const warm: LimitSubject[] = [];
      for (const p of placed) {
        const seen = known.get(p.key);
        if (!seen || seen.windowStart !== p.windowStart.getTime()) continue;
        counts.set(p.key, seen.count);
        if (seen.count * 2 >= p.max && seen.count < p.max) warm.push(p.subject);
      }
      const verdict = verdictFor(placed, counts, at, "at");
      if (verdict.limited || warm.length === 0) return verdict;
      const peeked = await checkLimitCounts({ db, now: at }, warm);
      learn(peeked);
      return peeked.verdict;
    },

    /** After a channel client's attempt failed. */
    async recordFailures(subjects: readonly LimitSubject[]): Promise<Verdict> {
      if (subjects.length === 0) return NOT_LIMITED;
      const counted = await recordFailureCounts({ db, now: now() }, subjects);
      learn(counted);
      return counted.verdict;
    },

    /** Public page: count the attempt first; exactly the limit get through however many race. */
    async reserve(subjects: readonly LimitSubject[]): Promise<Reservation> {
      const reservation = await reserveAttempt({ db, now: now() }, subjects);
      learn(reservation);
      return reservation;
    },

    /** Public page: the attempt did not fail (or was a replay): give its units back. */
    async release(reservation: Reservation): Promise<void> {
      learn({ placed: reservation.placed, counts: await releaseAttempt(db, reservation) });
    },
  };
}

export type Limiter = ReturnType<typeof createLimiter>;
