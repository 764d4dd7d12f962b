import type { Db } from "@powercard/db";
import { bumpCounters, releaseCounters } from "./counters.ts";
import type { PlacedSubject } from "./failure-limits.ts";

/** Units an instance keeps after they were last used, before giving them back to PostgreSQL. */
export const LEASE_IDLE_MS = 2_000;

interface Pool {
  subject: PlacedSubject;
  /** Units leased from PostgreSQL and not held by an attempt right now. */
  free: number;
  /** Units held by attempts in flight. */
  held: number;
  lastUsedAt: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Failure limits for busy subjects (a bank's client, a clerk) without a round trip per attempt.
 *
 * Every attempt holds one unit of the subject's limit while it is evaluated. A unit is leased
 * from the shared counter (`count + 1`, refused past the limit), so PostgreSQL always counts
 * every unit any instance holds: across all instances, no more attempts than the limit can be
 * evaluated at once or fail in the window. A failed attempt spends its unit; any other outcome
 * returns it to this instance's pool, where the next attempt takes it without asking PostgreSQL.
 * So a client whose attempts succeed leases about as many units as it has attempts in flight,
 * once per window, and then costs nothing. Free units go back to PostgreSQL after LEASE_IDLE_MS
 * without use, so that other instances can have them: until then another instance may be
 * refused up to this instance's free units early (never late).
 */
export function createLeasePool(db: Db) {
  const pools = new Map<string, Pool>();

  const poolKey = (p: PlacedSubject) => `${p.key}@${p.windowStart.getTime()}`;

  /** Gives the free units back once the pool has been idle for LEASE_IDLE_MS. */
  function scheduleGiveBack(key: string, pool: Pool) {
    pool.lastUsedAt = Date.now();
    if (pool.timer) return;
    const check = () => {
      const idleFor = Date.now() - pool.lastUsedAt;
      if (idleFor < LEASE_IDLE_MS) {
        pool.timer = setTimeout(check, LEASE_IDLE_MS - idleFor);
        pool.timer.unref?.();
        return;
      }
      pool.timer = null;
      const units = pool.free;
      pool.free = 0;
      if (pool.held === 0) pools.delete(key);
      if (units === 0) return;
      releaseCounters(db, [
        { key: pool.subject.key, windowStart: pool.subject.windowStart, by: units },
      ]).catch(() => {
        // Not given back: the units stay counted until their window ends (refusing early, never late).
      });
    };
    pool.timer = setTimeout(check, LEASE_IDLE_MS);
    pool.timer.unref?.();
  }

  return {
    /**
     * Takes one unit of each subject from this instance's free units, at once — or nothing (false)
     * when one of them has none free and must lease from PostgreSQL (`take`).
     */
    takeFree(subjects: readonly PlacedSubject[]): boolean {
      const found: Pool[] = [];
      for (const subject of subjects) {
        const pool = pools.get(poolKey(subject));
        if (!pool || pool.free === 0) return false;
        found.push(pool);
      }
      for (const pool of found) {
        pool.free--;
        pool.held++;
      }
      return true;
    },

    /** Takes one unit for an attempt; false when the subject's limit is used up in this window. */
    async take(subject: PlacedSubject): Promise<boolean> {
      const key = poolKey(subject);
      let pool = pools.get(key);
      if (!pool) {
        pool = { subject, free: 0, held: 0, lastUsedAt: Date.now(), timer: null };
        pools.set(key, pool);
      }
      if (pool.free > 0) {
        pool.free--;
        pool.held++;
        return true;
      }
      pool.held++;
      try {
        const ref = { key: subject.key, windowStart: subject.windowStart };
        const counts = await bumpCounters(db, [{ ...ref, expiresAt: subject.window.expiresAt, by: 1 }]);
        if ((counts.get(subject.key) ?? 0) <= subject.max) return true;
        await releaseCounters(db, [ref]);
      } catch (error) {
        pool.held--;
        throw error;
      }
      pool.held--;
      // Nothing held or free: forget the pool, or refused subjects would pile up in memory.
      if (pool.held === 0 && pool.free === 0 && !pool.timer) pools.delete(key);
      return false;
    },

    /** After the attempt: a failure spends the unit, anything else returns it to the pool. */
    settle(subject: PlacedSubject, failed: boolean): void {
      const key = poolKey(subject);
      const pool = pools.get(key);
      if (!pool) return;
      pool.held--;
      if (!failed) pool.free++;
      scheduleGiveBack(key, pool);
    },
  };
}

export type LeasePool = ReturnType<typeof createLeasePool>;
