import type { Db } from "@powercard/db";
import { sweepOpenBills } from "../services/bills/sweep-open-bills.ts";
import { metrics } from "../shared/metrics.ts";
import type { Job } from "./job.ts";

/**
 * Bills left open when the payment after a recharge or top-up failed are paid from the balance.
 * A sweep in progress at stop ends after its current scan.
 */
export function billSweepJob({ db }: { db: Db }): Job {
  return {
    name: "bill sweep",
    // Often enough that a customer's bill is not left open for long, rare enough to cost nothing.
    intervalMs: 5 * 60_000,
    // Customers' accounts are locked FOR UPDATE SKIP LOCKED: processes keep off each other's customers.
    lock: "skip-locked",
    async run({ now, signal, logger, failed }) {
      const run = await sweepOpenBills(db, { now, signal }).catch((err) => {
        metrics.billSweepFailed();
        throw err;
      });
      for (const { customerNo, error } of run.failed)
        failed(error, "bill sweep: payment failed", { customerNo });
      if (run.payments.length > 0)
        logger.info(
          {
            customers: run.payments.length,
            paidFen: run.payments.reduce((s, p) => s + p.paidFen, 0),
            examined: run.examined,
          },
          "bill sweep paid open bills",
        );
    },
  };
}
