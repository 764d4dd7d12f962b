import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Logger } from "pino";
import { databaseErrorCode, databaseUnavailable, inputDataException } from "../shared/db-errors.ts";
import { DomainError, type ErrorCode, PROBLEM_CONTENT_TYPE, renderProblem } from "../shared/errors.ts";
import { OVERLOADED_RETRY_AFTER_SECONDS } from "./admission-control.ts";
import type { AppEnv } from "./app-env.ts";
import { DATABASE_RETRY_AFTER_SECONDS, type DatabaseWatch } from "./database-watch.ts";

/** The 503s say when to come back. */
const RETRY_AFTER_SECONDS: Partial<Record<ErrorCode, number>> = {
  service_unavailable: DATABASE_RETRY_AFTER_SECONDS,
  overloaded: OVERLOADED_RETRY_AFTER_SECONDS,
};

function problemResponse(
  c: Context<AppEnv>,
  code: ErrorCode,
  status: number,
  detail?: string,
  error?: DomainError,
) {
  c.set("errorCode", code);
  const retryAfter = RETRY_AFTER_SECONDS[code];
  if (retryAfter) c.header("Retry-After", String(retryAfter));
  return c.body(renderProblem(code, c.get("requestId"), detail, error?.fieldErrors), status as 400, {
    "Content-Type": PROBLEM_CONTENT_TYPE,
  });
}

export const RETRY_ADVICE =
  "Retry after Retry-After seconds with the same Idempotency-Key: a request that was done gets its first answer.";

/**
 * Domain errors → their problem; framework errors → a 4xx; the database out of reach or too slow
 * → 503 (a warning, told to the database watch); a database data exception caused by a
 * request value → 400; anything else → 500 with the requestId only.
 */
export function onError(logger: Logger, database: DatabaseWatch) {
  return (err: Error, c: Context<AppEnv>) => {
    if (err instanceof DomainError) {
      const res = problemResponse(c, err.code, err.status, err.message, err);
      // The log keeps the real reason (card_not_found) even when the answer shows its public alias.
      c.set("errorCode", err.internalCode);
      return res;
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      if (status === 413) return problemResponse(c, "payload_too_large", 413);
      if (status === 415) return problemResponse(c, "unsupported_media_type", 415);
      if (status === 400 && /JSON/i.test(err.message)) return problemResponse(c, "malformed_json", 400);
      if (status === 401) return problemResponse(c, "unauthenticated", 401);
      if (status === 404) return problemResponse(c, "not_found", 404);
      if (status < 500) return problemResponse(c, "validation_failed", status, err.message);
    }
    const unavailable = databaseUnavailable(err);
    if (unavailable) {
      database.failed(err);
      const code = databaseErrorCode(err);
      logger.warn({ requestId: c.get("requestId"), reason: unavailable, code }, "database unavailable");
      return problemResponse(
        c,
        "service_unavailable",
        503,
        `${unavailable === "unreachable" ? "The database is out of reach." : "The database did not answer in time."} ${RETRY_ADVICE}`,
      );
    }
    const dataException = inputDataException(err);
    if (dataException) {
      // Only the SQLSTATE is logged: a driver's message can quote the statement's parameters.
      logger.warn(
        { sqlState: dataException, requestId: c.get("requestId") },
        "database refused a request value: a validation rule is missing",
      );
      return problemResponse(
        c,
        "validation_failed",
        400,
        "A value in the request cannot be used: check it for control characters and numbers out of range.",
      );
    }
    logger.error({ err, requestId: c.get("requestId") }, "unhandled error");
    return problemResponse(
      c,
      "internal_error",
      500,
      `Something went wrong. Quote ${c.get("requestId")} to support.`,
    );
  };
}
