import type { Db } from "@powercard/db";
import { createClientRequestCounter } from "./client-requests.ts";
import {
  type PlacedSubject,
  placeSubjects,
  type Reservation,
  releaseAttempt,
  reserveAttempt,
} from "./failure-limits.ts";
import { createLeasePool } from "./lease-pool.ts";
import { FAILURE_OUTCOMES, LEASED_KINDS, type LimitSubject, secondsLeft, type Verdict } from "./limits.ts";

export type Refusal = Extract<Verdict, { limited: true }>;

/** An attempt that holds its units of every limit while it is evaluated. */
export interface Attempt {
  /**
   * After the evaluation, with its outcome (null: it was not evaluated — a replay, an error).
   * A failure keeps the units counted; anything else gives them back. A promise only when
   * PostgreSQL must be told (a reservation given back).
   */
  finish(outcome: string | null): undefined | Promise<void>;
}

export type AttemptStart = { limited: Refusal; attempt?: never } | { limited: null; attempt: Attempt };

/**
 * One per app: the limits as the request paths use them (see limits.ts for what is limited and
 * why). `beginAttempt` counts an attempt against all its subjects before it is evaluated:
 * clients and clerks from the lease pool (no round trip while this instance holds units),
 * anonymous subjects by a reservation in PostgreSQL. Either way exactly the limit get through
 * however many race, on one instance or many.
 */
export function createLimiter({ db, now }: { db: Db; now: () => Date }) {
  const requests = createClientRequestCounter(db);
  const leases = createLeasePool(db);

  async function takeLeases(placed: readonly PlacedSubject[]) {
    const taken: PlacedSubject[] = [];
    for (const p of placed) {
      if (await leases.take(p)) {
        taken.push(p);
        continue;
      }
      for (const t of taken) leases.settle(t, false);
      return { taken: [], refused: p };
    }
    return { taken, refused: null };
  }

  /** The attempt holding `taken` leases and, for anonymous subjects, a reservation. */
  function heldAttempt(taken: readonly PlacedSubject[], held: Reservation | null): Attempt {
    return {
      finish(outcome) {
        const failed = outcome !== null && FAILURE_OUTCOMES.has(outcome);
        for (const t of taken) leases.settle(t, failed);
        if (held && !failed) return releaseAttempt(db, held).then(() => undefined);
        return undefined;
      },
    };
  }

  return {
    now,

    /** Requests per minute of a channel client. */
    clientRequest: (clientId: string, perMinute: number) => requests.hit(clientId, perMinute, now()),

    async beginAttempt(subjects: readonly LimitSubject[]): Promise<AttemptStart> {
      const at = now();
      const placed = placeSubjects(subjects, at);
      const leased = placed.filter((p) => LEASED_KINDS.has(p.subject.kind));
      const reserved = placed.filter((p) => !LEASED_KINDS.has(p.subject.kind));

      const { taken, refused } = await takeLeases(leased);
      if (refused)
        return {
          limited: {
            limited: true,
            limit: refused.subject.kind,
            retryAfterSeconds: secondsLeft(refused.window, at),
          },
        };
      const giveBackLeases = () => {
        for (const t of taken) leases.settle(t, false);
      };
      let reservation: Reservation | null = null;
      if (reserved.length > 0) {
        try {
          reservation = await reserveAttempt(
            { db, now: at },
            reserved.map((p) => p.subject),
          );
        } catch (error) {
          giveBackLeases();
          throw error;
        }
        if (reservation.verdict.limited) {
          giveBackLeases();
          return { limited: reservation.verdict };
        }
      }
      return { limited: null, attempt: heldAttempt(taken, reservation) };
    },

    /**
     * beginAttempt without a promise when no round trip is needed — only leased subjects (a
     * client, a clerk), each with a free unit in this instance: a busy client's every success.
     * Null when beginAttempt must run.
     */
    beginAttemptAtOnce(subjects: readonly LimitSubject[]): AttemptStart | null {
      const placed = placeSubjects(subjects, now());
      if (!placed.every((p) => LEASED_KINDS.has(p.subject.kind))) return null;
      return leases.takeFree(placed) ? { limited: null, attempt: heldAttempt(placed, null) } : null;
    },
  };
}

export type Limiter = ReturnType<typeof createLimiter>;

/**
 * Runs one evaluation under the limits: refused before it runs, or run while its units are
 * held, then settled with the outcome `outcomeOf` reads from the result (or from the error
 * thrown; null: not evaluated). Every channel's attempt goes through here.
 */
export async function evaluateWithinLimits<T>(
  limiter: Limiter,
  subjects: readonly LimitSubject[],
  evaluate: () => Promise<T>,
  outcomeOf: { result: (result: T) => string | null; error: (error: unknown) => string | null },
): Promise<{ limited: Refusal } | { limited: null; result: T }> {
  const start = limiter.beginAttemptAtOnce(subjects) ?? (await limiter.beginAttempt(subjects));
  if (start.limited) return { limited: start.limited };
  let result: T;
  try {
    result = await evaluate();
  } catch (error) {
    await start.attempt.finish(outcomeOf.error(error));
    throw error;
  }
  const finished = start.attempt.finish(outcomeOf.result(result));
  if (finished) await finished;
  return { limited: null, result };
}
