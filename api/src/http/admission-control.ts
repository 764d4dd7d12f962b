import { createMiddleware } from "hono/factory";
import { DomainError } from "../shared/errors.ts";
import { metrics } from "../shared/metrics.ts";
import type { AppEnv } from "./app-env.ts";

/** How much work one instance takes on at once (see admissionControl). */
export interface AdmissionLimits {
  /** Requests that run at the same time (ADMISSION_MAX_IN_FLIGHT; default 4 × DB_POOL_SIZE). */
  maxInFlight: number;
  /** Requests that may wait for one of those to finish (default: as many as maxInFlight). */
  maxWaiting: number;
  /** How long one waits before it is refused (ADMISSION_MAX_WAIT_MS; default 20 ms). */
  maxWaitMs: number;
}

/** Most requests hold a database connection for part of their time: four per connection keep it busy. */
export const IN_FLIGHT_PER_CONNECTION = 4;
export const DEFAULT_ADMISSION_WAIT_MS = 20;
/** What a refused client is told to wait: overload passes in moments, or a retry finds another instance. */
export const OVERLOADED_RETRY_AFTER_SECONDS = 1;

export const defaultAdmissionLimits = (poolSize: number): AdmissionLimits => ({
  maxInFlight: poolSize * IN_FLIGHT_PER_CONNECTION,
  maxWaiting: poolSize * IN_FLIGHT_PER_CONNECTION,
  maxWaitMs: DEFAULT_ADMISSION_WAIT_MS,
});

/**
 * Overload is refused, not queued. Without this, requests beyond what the database pool can serve
 * queue inside the process until their clients time out, and every request gets slow together.
 * Here at most `maxInFlight` requests run; up to `maxWaiting` more wait at most `maxWaitMs` for a
 * slot (a short burst is absorbed); anything else is answered at once with 503 `overloaded` and
 * Retry-After, before authentication or any database work. A refused request did nothing, so a
 * retry with the same Idempotency-Key is always safe. Waiting requests get slots in arrival order.
 */
export function admissionControl(limits: AdmissionLimits) {
  let inFlight = 0;
  const waiting = new Set<{ admit: () => void }>();

  const release = () => {
    const next = waiting.values().next();
    if (next.done) {
      inFlight--;
      return;
    }
    // The slot passes straight to the oldest waiter: inFlight stays as it is.
    waiting.delete(next.value);
    next.value.admit();
  };

  const waitForSlot = () =>
    new Promise<void>((resolve, reject) => {
      const waiter = {
        admit: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        waiting.delete(waiter);
        reject(overloaded());
      }, limits.maxWaitMs);
      waiting.add(waiter);
    });

  return createMiddleware<AppEnv>(async (_c, next) => {
    if (inFlight < limits.maxInFlight) inFlight++;
    else if (waiting.size < limits.maxWaiting) await waitForSlot();
    else throw overloaded();
    try {
      await next();
    } finally {
      release();
    }
  });
}

function overloaded() {
  metrics.admissionRefused();
  return new DomainError("overloaded");
}
