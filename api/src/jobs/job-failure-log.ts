import type { Logger } from "pino";
import { databaseErrorCode, databaseUnavailable } from "../shared/db-errors.ts";

/**
 * How a background job (audit sealing, webhook delivery, rollups, bill sweep, purges) reports its
 * failures. While the database is out of reach every round fails the same way: one warning when
 * that starts and one line when the job works again, instead of an error every few seconds. Any
 * other failure is an error, every time. The job itself keeps its timer and simply tries again.
 */
export function jobFailureLog(logger: Logger, job: string) {
  let waiting = false;
  return {
    failed(err: unknown, message: string, fields: Record<string, unknown> = {}) {
      if (databaseUnavailable(err) !== "unreachable") {
        logger.error({ err, job, ...fields }, message);
        return;
      }
      if (waiting) return;
      waiting = true;
      logger.warn({ job, code: databaseErrorCode(err) }, `${job}: database out of reach; retrying quietly`);
    },
    succeeded() {
      if (!waiting) return;
      waiting = false;
      logger.info({ job }, `${job}: database reachable again; resumed`);
    },
  };
}
