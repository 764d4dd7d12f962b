import type { Db } from "@powercard/db";
import type { Logger } from "pino";
import { databaseErrorCode, databaseUnavailable } from "../shared/db-errors.ts";

/** Seconds a client is told to wait (Retry-After) while the database is away: about one probe. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;
const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_500;

/**
 * Knows whether the database is reachable, so that requests are answered 503 at once while it is
 * away instead of each one waiting on a connection that cannot be made. A request that meets a
 * connection-class error reports it (`failed`); from then on, and until a `SELECT 1` probe
 * (every second, only while away) succeeds, `away` is true and the requests still waiting are
 * told (`onAway`). Nothing runs while the database is up.
 */
export interface DatabaseWatch {
  readonly away: boolean;
  /** Records a request's or a probe's error; true when it shows the database is unreachable. */
  failed(error: unknown): boolean;
  /** Calls `listener` when the database is next found away; returns the unsubscribe. */
  onAway(listener: () => void): () => void;
  /** Readiness: false while away, else whether `SELECT 1` answers within the probe timeout. */
  ready(): Promise<boolean>;
  stop(): void;
}

export function createDatabaseWatch({ db, logger }: { db: Db; logger: Logger }): DatabaseWatch {
  let awaySince: number | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const listeners = new Set<() => void>();

  const probeOnce = async (): Promise<boolean> => {
    let timeout: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        db.query("SELECT 1"),
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new Error("probe timed out")), PROBE_TIMEOUT_MS);
        }),
      ]);
      return true;
    } catch (error) {
      watch.failed(error);
      return false;
    } finally {
      clearTimeout(timeout);
    }
  };

  const scheduleProbe = () => {
    if (stopped || timer) return;
    timer = setTimeout(async () => {
      const ok = await probeOnce();
      timer = null;
      if (ok && awaySince !== null) {
        logger.info({ outageMs: Math.round(performance.now() - awaySince) }, "database reachable again");
        awaySince = null;
      } else if (awaySince !== null) scheduleProbe();
    }, PROBE_INTERVAL_MS);
    timer.unref();
  };

  const watch: DatabaseWatch = {
    get away() {
      return awaySince !== null;
    },
    failed(error) {
      if (databaseUnavailable(error) !== "unreachable") return false;
      if (awaySince === null) {
        awaySince = performance.now();
        // One line per outage; each refused request is logged on its own line as a 503.
        logger.warn(
          { code: databaseErrorCode(error) },
          "database unreachable: answering 503 until it is back",
        );
        for (const listener of [...listeners]) listener();
      }
      scheduleProbe();
      return true;
    },
    onAway(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: async () => awaySince === null && probeOnce(),
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
  return watch;
}
