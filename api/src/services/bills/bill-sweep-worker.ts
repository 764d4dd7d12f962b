import type { Db } from "@powercard/db";
import type { Logger } from "pino";
import { jobFailureLog } from "../../jobs/job-failure-log.ts";
import { metrics } from "../../shared/metrics.ts";
import { sweepOpenBills } from "./sweep-open-bills.ts";

/** Often enough that a customer's bill is not left open for long, rare enough to cost nothing. */
export const BILL_SWEEP_INTERVAL_MS = 5 * 60_000;

/**
 * Runs the open-bill sweep every `intervalMs` in this process, one sweep at a time. Any number of
 * processes may run it: SKIP LOCKED keeps them off each other's customers. The timer is unref'd,
 * so it never keeps the process alive.
 */
export function startBillSweep({
  db,
  logger,
  intervalMs = BILL_SWEEP_INTERVAL_MS,
}: {
  db: Db;
  logger: Logger;
  intervalMs?: number;
}) {
  let running: Promise<void> | null = null;
  const stopping = new AbortController();
  const failures = jobFailureLog(logger, "bill sweep");
  const sweep = async () => {
    try {
      const run = await sweepOpenBills(db, { now: new Date(), signal: stopping.signal });
      for (const { customerNo, error } of run.failed)
        failures.failed(error, "bill sweep: payment failed", { customerNo });
      if (run.failed.length === 0) failures.succeeded();
      if (run.payments.length > 0)
        logger.info(
          {
            customers: run.payments.length,
            paidFen: run.payments.reduce((s, p) => s + p.paidFen, 0),
            examined: run.examined,
          },
          "bill sweep paid open bills",
        );
    } catch (err) {
      metrics.billSweepFailed();
      failures.failed(err, "bill sweep failed");
    }
  };
  const timer = setInterval(() => {
    if (running) return;
    running = sweep().finally(() => {
      running = null;
    });
  }, intervalMs);
  timer.unref();
  return {
    /** Stops the timer and waits for the sweep in progress to finish its current scan. */
    async stop() {
      stopping.abort();
      clearInterval(timer);
      await running;
    },
  };
}
