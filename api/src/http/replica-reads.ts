import type { Db } from "@powercard/db";
import type { Logger } from "pino";
import { databaseErrorCode, databaseUnavailable, sqlState } from "../shared/db-errors.ts";
import { metrics } from "../shared/metrics.ts";

/**
 * Where the reads that may be stale go (the routes declared `staleReads`, http/stale-reads.ts):
 * the streaming replica (DATABASE_REPLICA_URL) while it is at most DATABASE_REPLICA_MAX_LAG_MS
 * behind, else the primary. Nothing that decides about money comes here: those routes read
 * `deps.db`, the primary, always.
 *
 * The lag is measured by one query on the replica at most every REPLICA_LAG_CACHE_MS, whatever
 * the traffic; requests meanwhile share the last measurement (and one probe in flight).
 */
export const DEFAULT_REPLICA_MAX_LAG_MS = 10_000;
/** How long one measurement of the lag is trusted: the bound holds to within this much. */
export const REPLICA_LAG_CACHE_MS = 1_000;
/** A replica that does not answer the probe this fast counts as unreachable until the next one. */
const PROBE_TIMEOUT_MS = 1_000;
/** The replica pool's connect timeout (server.ts): a replica away costs a read at most this. */
export const REPLICA_CONNECT_TIMEOUT_MS = 1_000;

export type FallbackReason = "lagging" | "unreachable";

/** One read's database and how fresh what it reads is (`asOf`: at least as new as this). */
export type ReadSource =
  | { db: Db; served: "replica"; asOf: Date }
  | { db: Db; served: "primary"; asOf: Date; fallback?: FallbackReason };

export interface ReplicaReads {
  /** Where a stale-allowed read goes now. */
  choose(): Promise<ReadSource>;
  /** The primary, for a read the replica failed (`fallback` says why). */
  primary(fallback?: FallbackReason): ReadSource;
  /**
   * A read on the replica failed: true when the error shows the replica unusable (away, too slow,
   * or the query cancelled by replay), so the read may be made again on the primary. It is then
   * marked unreachable until the next probe.
   */
  failed(error: unknown): boolean;
}

/**
 * Counts one stale-allowed read in powercard_replica_reads_total, by the source that finally
 * served it (readStale calls it once per read, after any fallback): a read the replica failed and
 * the primary then answered is one read, served=primary reason=unreachable. Without a replica
 * there is no fallback reason and nothing is counted (the series exist only with a replica).
 */
export function countRead(source: ReadSource): void {
  if (source.served === "replica") metrics.replicaRead("replica", "fresh");
  else if (source.fallback) metrics.replicaRead("primary", source.fallback);
}

type Measurement = {
  /** performance.now() when taken. */
  at: number;
  lagMs?: number;
} & ({ state: "fresh"; asOf: Date } | { state: FallbackReason; asOf?: Date });

/*
 * On the replica: how far behind it is. When it has replayed all the WAL it received, it is as
 * fresh as streaming allows (its clock); else as old as the last transaction it replayed. On a
 * server that is no standby (a replica promoted, or a URL naming the primary), now.
 */
const LAG_SQL = `
  WITH r AS (
    SELECT now() AS now,
      CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN now()
           ELSE pg_last_xact_replay_timestamp() END AS as_of
  )
  SELECT (extract(epoch FROM as_of) * 1000)::float8 AS as_of_ms,
         (extract(epoch FROM now - as_of) * 1000)::float8 AS lag_ms
  FROM r`;

/** Cancelled on a standby because replay had to remove rows the query still needed. */
const RECOVERY_CONFLICT = "40001";

export function createReplicaReads({
  primary,
  replica,
  maxLagMs = DEFAULT_REPLICA_MAX_LAG_MS,
  lagCacheMs = REPLICA_LAG_CACHE_MS,
  logger,
}: {
  primary: Db;
  replica?: Db;
  maxLagMs?: number;
  /** Tests only: a longer trust in one measurement, to reach a read that fails on the replica. */
  lagCacheMs?: number;
  logger: Logger;
}): ReplicaReads {
  const onPrimary = (fallback?: FallbackReason): ReadSource => ({
    db: primary,
    served: "primary",
    asOf: new Date(),
    ...(fallback ? { fallback } : {}),
  });
  if (!replica) return { choose: async () => onPrimary(), primary: onPrimary, failed: () => false };

  metrics.replicaDeclared();
  let last: Measurement | null = null;
  let probing: Promise<Measurement> | null = null;

  const record = (next: Measurement) => {
    if (last?.state !== next.state) {
      const fields = { lagMs: next.lagMs === undefined ? undefined : Math.round(next.lagMs), maxLagMs };
      if (next.state === "fresh") logger.info(fields, "replica reads: serving reports from the replica");
      else logger.warn(fields, `replica reads: the replica is ${next.state}, reading the primary`);
    }
    metrics.replicaLag(next.lagMs ?? null);
    last = next;
    return next;
  };

  const measure = async (): Promise<Measurement> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const [row] = await Promise.race([
        replica.query<{ as_of_ms: number | null; lag_ms: number | null }>(LAG_SQL),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error("replica lag probe timed out")), PROBE_TIMEOUT_MS);
        }),
      ]);
      const at = performance.now();
      // No transaction replayed yet while WAL waits: how old is unknown, so not fresh.
      if (row?.as_of_ms == null || row.lag_ms == null) return record({ at, state: "lagging" });
      const lagMs = Math.max(0, row.lag_ms);
      const state = lagMs <= maxLagMs ? "fresh" : "lagging";
      return record({ at, state, asOf: new Date(row.as_of_ms), lagMs });
    } catch (error) {
      logger.debug({ code: databaseErrorCode(error) }, "replica lag probe failed");
      return record({ at: performance.now(), state: "unreachable" });
    } finally {
      clearTimeout(timer);
    }
  };

  const current = async (): Promise<Measurement> => {
    if (last && performance.now() - last.at < lagCacheMs) return last;
    probing ??= measure().finally(() => {
      probing = null;
    });
    return probing;
  };

  return {
    async choose() {
      const m = await current();
      return m.state === "fresh" ? { db: replica, served: "replica", asOf: m.asOf } : onPrimary(m.state);
    },
    primary: onPrimary,
    failed(error) {
      if (!databaseUnavailable(error) && sqlState(error) !== RECOVERY_CONFLICT) return false;
      logger.warn({ code: databaseErrorCode(error) }, "replica reads: a read failed on the replica");
      record({ at: performance.now(), state: "unreachable" });
      return true;
    },
  };
}
