import type { Db } from "@powercard/db";
import { withDeadlockRetry } from "../../shared/db-errors.ts";
import { purgeExpiredRows } from "../../shared/purge-expired.ts";

/** One counter in one window. */
export interface CounterRef {
  key: string;
  windowStart: Date;
}

export interface CounterBump extends CounterRef {
  expiresAt: Date;
  /** How much to add (1 for a hit, more for a batch of requests counted in memory). */
  by: number;
}

const byKey = <T extends CounterRef>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

// Arrays go over the wire as text[]: postgres.js serialises text arrays for any server (PGlite
// included), where timestamptz[] parameters fail to bind. Each parameter is cast once, as an
// array, before unnest: the statements then compare and write columns of the right type and
// cast no column (Citus refuses or mis-plans a column cast inside an UPDATE).

/**
 * Adds to counters and returns their new totals, creating rows as needed — one statement, one
 * round trip, however many counters. Rows are written in key order, so two statements touching
 * the same counters lock them in the same order and never deadlock each other.
 */
export async function bumpCounters(db: Db, bumps: readonly CounterBump[]): Promise<Map<string, number>> {
  if (bumps.length === 0) return new Map();
  const sorted = [...bumps].sort(byKey);
  const rows = await withDeadlockRetry(() =>
    db.query<{ key: string; window_start: unknown; count: number }>(
      `INSERT INTO rate_limit_counters AS r (key, window_start, count, expires_at)
       SELECT u.key, u.window_start, u.count, u.expires_at
         FROM unnest($1::text[], $2::text[]::timestamptz[], $3::text[]::int[], $4::text[]::timestamptz[])
              AS u(key, window_start, count, expires_at)
        ORDER BY u.key
       ON CONFLICT (key, window_start) DO UPDATE SET count = r.count + EXCLUDED.count
       RETURNING r.key, r.count`,
      [
        sorted.map((b) => b.key),
        sorted.map((b) => b.windowStart.toISOString()),
        sorted.map((b) => String(b.by)),
        sorted.map((b) => b.expiresAt.toISOString()),
      ],
    ),
  );
  return new Map(rows.map((r) => [r.key, Number(r.count)]));
}

/**
 * Takes back one (or `by`) from each counter — attempts that turned out not to be failures,
 * leased units given back — never below zero; the new totals.
 */
export async function releaseCounters(
  db: Db,
  refs: readonly (CounterRef & { by?: number })[],
): Promise<Map<string, number>> {
  if (refs.length === 0) return new Map();
  const sorted = [...refs].sort(byKey);
  const rows = await withDeadlockRetry(() =>
    db.query<{ key: string; count: number }>(
      `UPDATE rate_limit_counters AS r SET count = GREATEST(r.count - u.by, 0)
         FROM unnest($1::text[], $2::text[]::timestamptz[], $3::text[]::int[]) AS u(key, window_start, by)
        WHERE r.key = u.key AND r.window_start = u.window_start AND r.count > 0
       RETURNING r.key, r.count`,
      [
        sorted.map((r) => r.key),
        sorted.map((r) => r.windowStart.toISOString()),
        sorted.map((r) => String(r.by ?? 1)),
      ],
    ),
  );
  return new Map(rows.map((r) => [r.key, Number(r.count)]));
}

/** Reads counters without changing them; a counter with no row is 0. */
export async function peekCounters(db: Db, refs: readonly CounterRef[]): Promise<Map<string, number>> {
  const counts = new Map(refs.map((r) => [r.key, 0]));
  if (refs.length === 0) return counts;
  const rows = await db.query<{ key: string; count: number }>(
    `SELECT r.key, r.count
       FROM rate_limit_counters r
       JOIN unnest($1::text[], $2::text[]::timestamptz[]) AS u(key, window_start)
         ON r.key = u.key AND r.window_start = u.window_start`,
    [refs.map((r) => r.key), refs.map((r) => r.windowStart.toISOString())],
  );
  for (const row of rows) counts.set(row.key, Number(row.count));
  return counts;
}

/** Deletes counters whose window (plus margin) has passed. */
export const purgeExpiredRateLimitCounters = (db: Db, now: Date, batchSize?: number) =>
  purgeExpiredRows(db, "rate_limit_counters", now, batchSize);
