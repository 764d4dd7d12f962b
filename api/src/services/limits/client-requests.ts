import type { Db } from "@powercard/db";
import { bumpCounters } from "./counters.ts";
import {
  CLIENT_REQUEST_SYNC_MS,
  CLIENT_REQUEST_WINDOW_SECONDS,
  clientRequestKey,
  NOT_LIMITED,
  secondsLeft,
  type Verdict,
  type Window,
  windowOf,
} from "./limits.ts";

const WINDOW_MS = CLIENT_REQUEST_WINDOW_SECONDS * 1000;

interface Entry {
  window: Window;
  /** Requests this instance counted in the window. */
  local: number;
  /** Of those, how many were written to PostgreSQL (acknowledged or in flight). */
  sent: number;
  /** The other instances' requests in the window, as of the last write. */
  others: number;
  /** The write in flight, if any; the first of a window is awaited by every request. */
  writing: Promise<void> | null;
  lastWriteAt: number;
  /** When the shared total was last read back (0: never in this window). */
  lastAckAt: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Per-client requests per minute, counted in PostgreSQL without a round trip per request: each
 * instance counts in memory and adds its count to the shared row at most every
 * CLIENT_REQUEST_SYNC_MS (one write in flight at a time), learning the other instances' total
 * from the answer. A request is the n-th of its window when others + its local number = n.
 * Decisions are never made on a shared total older than 2 × SYNC_MS: the first request of a
 * window, or after a pause, waits for a write. So one instance alone is exact, and instances
 * together can exceed a limit only by what the others counted but had not yet written — at
 * most about SYNC_MS of their traffic, or one simultaneous burst at the start of a window.
 */
export function createClientRequestCounter(db: Db) {
  const entries = new Map<string, Entry>();

  function write(key: string, entry: Entry): Promise<void> {
    const delta = entry.local - entry.sent;
    entry.sent += delta;
    entry.lastWriteAt = Date.now();
    const { start: windowStart, expiresAt } = entry.window;
    const run = bumpCounters(db, [{ key, windowStart, expiresAt, by: delta }])
      .then((counts) => {
        entry.others = Math.max(entry.others, (counts.get(key) ?? entry.sent) - entry.sent);
        entry.lastAckAt = Date.now();
      })
      .catch((error: unknown) => {
        entry.sent -= delta;
        throw error;
      })
      .finally(() => {
        entry.writing = null;
      });
    entry.writing = run;
    return run;
  }

  /** Written at most every SYNC_MS, and always within SYNC_MS of the last request counted. */
  function scheduleWrite(key: string, entry: Entry) {
    if (entry.local <= entry.sent || entry.writing || entry.timer) return;
    const wait = Math.max(0, CLIENT_REQUEST_SYNC_MS - (Date.now() - entry.lastWriteAt));
    entry.timer = setTimeout(() => {
      entry.timer = null;
      if (entry.local > entry.sent && !entry.writing)
        write(key, entry).catch(() => {
          // The count stays in memory and goes with the next write.
        });
    }, wait);
    entry.timer.unref?.();
  }

  function prune(currentStart: number) {
    if (entries.size < 1_000) return;
    for (const [key, entry] of entries) if (entry.window.start.getTime() < currentStart) entries.delete(key);
  }

  return {
    /**
     * Counts one request of a client and says whether it is within the client's limit — at once
     * (no promise) when the shared total is fresh, which is every request of a busy client.
     */
    hit(clientId: string, perMinute: number, now: Date): Verdict | Promise<Verdict> {
      const key = clientRequestKey(clientId);
      const windowStart = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
      let entry = entries.get(key);
      if (!entry || entry.window.start.getTime() !== windowStart) {
        prune(windowStart);
        entry = {
          window: windowOf(now, CLIENT_REQUEST_WINDOW_SECONDS),
          local: 0,
          sent: 0,
          others: 0,
          writing: null,
          lastWriteAt: 0,
          lastAckAt: 0,
          timer: null,
        };
        entries.set(key, entry);
      }
      const position = ++entry.local;
      const current = entry;
      const decide = (): Verdict => {
        scheduleWrite(key, current);
        if (current.others + position <= perMinute) return NOT_LIMITED;
        return {
          limited: true,
          limit: "client_requests",
          retryAfterSeconds: secondsLeft(current.window, now),
        };
      };
      // A busy client's counts are written every SYNC_MS in the background, so this never waits;
      // a quiet client's first request in a while waits for the shared total (one round trip).
      if (Date.now() - current.lastAckAt <= 2 * CLIENT_REQUEST_SYNC_MS) return decide();
      return (async () => {
        while (Date.now() - current.lastAckAt > 2 * CLIENT_REQUEST_SYNC_MS)
          await (current.writing ?? write(key, current));
        return decide();
      })();
    },
  };
}

export type ClientRequestCounter = ReturnType<typeof createClientRequestCounter>;
