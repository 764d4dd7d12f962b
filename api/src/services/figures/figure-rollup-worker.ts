import type { Db } from "@powercard/db";
import type { Logger } from "pino";
import { jobFailureLog } from "../../jobs/job-failure-log.ts";
import { metrics } from "../../shared/metrics.ts";
import { rolledThrough } from "./figures-between.ts";
import { rollUpClosedDays } from "./roll-up-figures.ts";

/**
 * Rolls up closed business days every `intervalMs` in this process (at start, then on the
 * timer), one round at a time. Several processes may run it: the rollup's state row lock keeps
 * them apart. The timer is unref'd, so it never keeps the process alive.
 */
export function startFigureRollups({
  db,
  logger,
  intervalMs = 5 * 60_000,
}: {
  db: Db;
  logger: Logger;
  intervalMs?: number;
}) {
  let running: Promise<void> | null = null;
  const failures = jobFailureLog(logger, "daily figures rollup");
  const tick = () => {
    if (running) return;
    running = rollUpClosedDays({ db, now: new Date() })
      .then(async (run) => {
        failures.succeeded();
        if (run.days > 0) logger.info({ figures: run }, "daily figures rolled up");
        metrics.figuresRepaired(run.repaired.length);
        metrics.figuresRolledThrough(await rolledThrough(db.orm));
        if (run.repaired.length > 0)
          logger.error(
            { days: run.repaired },
            "money was booked on a day after its rollup; the day was rolled up again",
          );
      })
      .catch((err) => failures.failed(err, "daily figures rollup failed"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
