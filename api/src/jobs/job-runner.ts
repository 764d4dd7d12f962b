import type { Logger } from "pino";
import { metrics } from "../shared/metrics.ts";
import type { Job, JobRound } from "./job.ts";
import { jobFailureLog } from "./job-failure-log.ts";

export interface RunningJob {
  name: string;
  /** Stops the timer and waits for the round in progress, which sees its signal aborted. */
  stop(): Promise<void>;
}

/**
 * Runs a job every `intervalMs` in this process, one round at a time: a tick that finds the
 * previous round still running does nothing. Every round is counted; a failed one is logged
 * (jobs/job-failure-log.ts) and simply tried again on the next tick. The timer is unref'd, so it
 * never keeps the process alive.
 */
export function startJob(
  job: Job,
  { logger, intervalMs = job.intervalMs }: { logger: Logger; intervalMs?: number },
): RunningJob {
  const stopping = new AbortController();
  const failures = jobFailureLog(logger, job.name);
  let running: Promise<void> | null = null;

  const round = async () => {
    let failed = false;
    const context: JobRound = {
      now: new Date(),
      signal: stopping.signal,
      logger,
      failed(err, message, fields) {
        failed = true;
        failures.failed(err, message, fields);
      },
    };
    try {
      await job.run(context);
    } catch (err) {
      context.failed(err, `${job.name} failed`);
    }
    metrics.jobRound(job.name, failed ? "failed" : "succeeded");
    if (!failed) failures.succeeded();
  };
  const tick = () => {
    if (running || stopping.signal.aborted) return;
    running = round().finally(() => {
      running = null;
    });
  };

  metrics.jobDeclared(job.name);
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  if (job.runAtStart) tick();
  return {
    name: job.name,
    async stop() {
      stopping.abort();
      clearInterval(timer);
      await running;
    },
  };
}

/** Starts every job of the list; `stop` stops them all and waits for their rounds in progress. */
export function startJobs(jobs: readonly Job[], options: { logger: Logger }) {
  const started = jobs.map((job) => startJob(job, options));
  return {
    jobs: started,
    async stop() {
      await Promise.all(started.map((job) => job.stop()));
    },
  };
}
