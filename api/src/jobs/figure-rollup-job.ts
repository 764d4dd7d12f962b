import type { Db } from "@powercard/db";
import { rolledThrough } from "../services/figures/figures-between.ts";
import { rollUpClosedDays } from "../services/figures/roll-up-figures.ts";
import { metrics } from "../shared/metrics.ts";
import type { Job } from "./job.ts";

/** Closed business days are summed into daily_figures for clearing, settlement and day reports. */
export function figureRollupJob({ db }: { db: Db }): Job {
  return {
    name: "daily figures rollup",
    intervalMs: 5 * 60_000,
    runAtStart: true,
    // The rollup's state row (figure_rollups) is locked first: a second process waits, then
    // finds the days rolled.
    lock: "row-lock",
    async run({ now, logger }) {
      const run = await rollUpClosedDays({ db, now });
      if (run.days > 0) logger.info({ figures: run }, "daily figures rolled up");
      metrics.figuresRepaired(run.repaired.length);
      metrics.figuresRolledThrough(await rolledThrough(db.orm));
      if (run.repaired.length > 0)
        logger.error(
          { days: run.repaired },
          "money was booked on a day after its rollup; the day was rolled up again",
        );
    },
  };
}
