import { createMiddleware } from "hono/factory";
import { DomainError } from "../shared/errors.ts";
import type { AppEnv } from "./app-env.ts";
import type { DatabaseWatch } from "./database-watch.ts";
import { RETRY_ADVICE } from "./on-error.ts";

/** Above the longest legitimate request (a 1,000,000-card production order: about 9 s here). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * Every request that may need the database ends within `ms`, and at once while the database is
 * known to be away: 503 `service_unavailable` with Retry-After. Like hono/timeout, plus the
 * database watch. The handler is not stopped (JavaScript cannot stop it) and its answer is
 * dropped: a money-moving statement it had sent may still commit — the statement timeout bounds
 * that, and the client's retry with the same Idempotency-Key gets the first answer.
 */
export function requestDeadline({
  ms,
  database,
  longer = new Map(),
}: {
  ms: number;
  database: DatabaseWatch;
  /** Paths whose requests may take longer (a streamed file of millions of rows), by path. */
  longer?: ReadonlyMap<string, number>;
}) {
  // The requests still running, all cut off when the database goes away: one listener for all.
  const running = new Set<(error: DomainError) => void>();
  database.onAway(() => {
    for (const cutOff of running) cutOff(unavailable("The database went out of reach."));
  });
  return createMiddleware<AppEnv>((c, next) => {
    if (database.away) throw unavailable("The database is out of reach.");
    const limit = longer.get(c.req.path) ?? ms;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(unavailable(`The request did not finish within ${limit / 1000} s.`)),
        limit,
      );
      running.add(reject);
      const settle = () => {
        clearTimeout(timer);
        running.delete(reject);
      };
      next().then(
        () => {
          settle();
          resolve();
        },
        (error: unknown) => {
          settle();
          reject(error);
        },
      );
    });
  });
}

const unavailable = (reason: string) =>
  new DomainError("service_unavailable", {
    detail: `${reason} ${RETRY_ADVICE}`,
  });
