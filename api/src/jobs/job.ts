import type { Logger } from "pino";

/**
 * How two instances of the API avoid doing the same work when both run a job:
 * - "advisory-lock": a transaction-level advisory lock makes the job a singleton across processes;
 * - "row-lock": a state row is locked first, so a second runner waits and then finds nothing to do;
 * - "skip-locked": rows are claimed `FOR UPDATE SKIP LOCKED`, so runners share the work;
 * - "anywhere": the work is idempotent and bounded; running it twice at once costs nothing.
 */
export type JobLock = "advisory-lock" | "row-lock" | "skip-locked" | "anywhere";

/** What a round of a job gets from the runner. */
export interface JobRound {
  /** The clock of this round. */
  now: Date;
  /** Aborted when the runner stops: a job that loops ends after its current step. */
  signal: AbortSignal;
  logger: Logger;
  /** A part of the round failed (one customer, one table) while the rest went on: logged like a failed round. */
  failed(err: unknown, message: string, fields?: Record<string, unknown>): void;
}

/** A background job: what it is called, how often it runs, why two instances can run it, what it does. */
export interface Job {
  /** Names the job in logs (`job` field) and metrics (`job` label). */
  name: string;
  intervalMs: number;
  lock: JobLock;
  /** Run one round as soon as the job starts, not only after the first interval. */
  runAtStart?: boolean;
  /** One round. A rejection is a failed round: logged, counted, and tried again on the next tick. */
  run(round: JobRound): Promise<void>;
}
