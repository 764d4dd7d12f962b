import type { Db } from "@powercard/db";
import { bumpCounters, type CounterRef, peekCounters, releaseCounters } from "./counters.ts";
import {
  FAILURE_LIMITS,
  failureKey,
  type LimitSubject,
  NOT_LIMITED,
  secondsLeft,
  type Verdict,
  type Window,
  windowOf,
} from "./limits.ts";

/**
 * Failure limits kept in PostgreSQL, usable from any service with a database and a clock:
 *
 *   checkLimit       peek: is any subject at its limit? (one read, no write)
 *   recordFailure    count one failure against each subject (one upsert for all of them)
 *   reserveAttempt   count the attempt BEFORE evaluating it, refuse beyond the limit, and let
 *                    releaseAttempt take it back if it did not fail — so that however many
 *                    requests race, no more than the limit are ever evaluated
 *
 * SMS and IVR: `await recordChannelFailure(ctx, { kind: "phone", value: msisdn })` after a
 * failure, and `checkLimit(ctx, [{ kind: "phone", value: msisdn }])` before the next attempt.
 */
export interface LimitContext {
  db: Db;
  now: Date;
}

export interface PlacedSubject extends CounterRef {
  subject: LimitSubject;
  window: Window;
  max: number;
}

/** Each subject with its counter key, current window and limit (duplicates dropped). */
export function placeSubjects(subjects: readonly LimitSubject[], now: Date): PlacedSubject[] {
  const placed = new Map<string, PlacedSubject>();
  for (const subject of subjects) {
    const limit = FAILURE_LIMITS[subject.kind];
    const window = windowOf(now, limit.windowSeconds);
    const key = failureKey(subject);
    placed.set(key, { subject, key, window, windowStart: window.start, max: subject.max ?? limit.max });
  }
  return [...placed.values()];
}

/**
 * The verdict for counts: "at" refuses a subject whose count has reached its limit (no more
 * failures allowed); "over" refuses one whose count, this attempt included, is beyond it.
 * With several subjects refused, the longest wait is the one told.
 */
export function verdictFor(
  placed: readonly PlacedSubject[],
  counts: ReadonlyMap<string, number>,
  now: Date,
  rule: "at" | "over",
): Verdict {
  let verdict: Verdict = NOT_LIMITED;
  for (const p of placed) {
    const count = counts.get(p.key) ?? 0;
    if (rule === "at" ? count < p.max : count <= p.max) continue;
    const retryAfterSeconds = secondsLeft(p.window, now);
    if (!verdict.limited || retryAfterSeconds > verdict.retryAfterSeconds)
      verdict = { limited: true, limit: p.subject.kind, retryAfterSeconds };
  }
  return verdict;
}

export interface Counted {
  verdict: Verdict;
  placed: PlacedSubject[];
  counts: Map<string, number>;
}

/** Peek: refused when any subject has reached its limit in the current window. */
export async function checkLimitCounts(
  ctx: LimitContext,
  subjects: readonly LimitSubject[],
): Promise<Counted> {
  const placed = placeSubjects(subjects, ctx.now);
  const counts = await peekCounters(ctx.db, placed);
  return { verdict: verdictFor(placed, counts, ctx.now, "at"), placed, counts };
}

/** One failure against every subject; the verdict says whether the next attempt will be refused. */
export async function recordFailureCounts(
  ctx: LimitContext,
  subjects: readonly LimitSubject[],
): Promise<Counted> {
  const placed = placeSubjects(subjects, ctx.now);
  const counts = await bumpCounters(
    ctx.db,
    placed.map((p) => ({ ...p, expiresAt: p.window.expiresAt, by: 1 })),
  );
  return { verdict: verdictFor(placed, counts, ctx.now, "at"), placed, counts };
}

export async function checkLimit(ctx: LimitContext, subjects: readonly LimitSubject[]): Promise<Verdict> {
  return (await checkLimitCounts(ctx, subjects)).verdict;
}

export async function recordFailure(ctx: LimitContext, subjects: readonly LimitSubject[]): Promise<Verdict> {
  return (await recordFailureCounts(ctx, subjects)).verdict;
}

/** For a channel's own subject, e.g. `recordChannelFailure(ctx, { kind: "phone", value })`. */
export const recordChannelFailure = (ctx: LimitContext, subject: LimitSubject) =>
  recordFailure(ctx, [subject]);

export interface Reservation extends Counted {
  /** The counters this attempt holds one unit of; empty when the attempt was refused. */
  held: CounterRef[];
}

/**
 * Counts an attempt against every subject before it is evaluated. Each counter row serialises
 * the attempts on it, so with N racing the k-th sees count k: exactly the limit get through.
 * A refused attempt gives its units back at once (it evaluated nothing, and must not let a
 * blocked address run down someone else's customer number); an evaluated one keeps them if it
 * failed, and gives them back through releaseAttempt otherwise.
 */
export async function reserveAttempt(
  ctx: LimitContext,
  subjects: readonly LimitSubject[],
): Promise<Reservation> {
  const counted = await recordFailureCounts(ctx, subjects);
  const verdict = verdictFor(counted.placed, counted.counts, ctx.now, "over");
  const refs = counted.placed.map(({ key, windowStart }) => ({ key, windowStart }));
  if (!verdict.limited) return { ...counted, verdict, held: refs };
  const counts = new Map([...counted.counts, ...(await releaseCounters(ctx.db, refs))]);
  return { ...counted, counts, verdict, held: [] };
}

/** Gives back an attempt's units (it succeeded, was a replay, or was not evaluated); the new totals. */
export function releaseAttempt(db: Db, reservation: Pick<Reservation, "held">): Promise<Map<string, number>> {
  return releaseCounters(db, reservation.held);
}
