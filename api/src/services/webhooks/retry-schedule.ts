const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The wait after each failed attempt: 10 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 3 h, 4 h, 6 h,
 * 6 h — 12 attempts over about 23 hours, then the event is given up (state `failed`).
 */
export const WEBHOOK_RETRY_DELAYS_MS = [
  10 * SECOND,
  30 * SECOND,
  2 * MINUTE,
  10 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  4 * HOUR,
  6 * HOUR,
  6 * HOUR,
] as const;

export const MAX_WEBHOOK_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

/**
 * How long to wait after attempt `attempt` (1-based) failed, or null when it was the last. ±20 %
 * jitter, so the events of an endpoint that was down do not all come back at the same instant.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number | null {
  const base = WEBHOOK_RETRY_DELAYS_MS[attempt - 1];
  if (base === undefined) return null;
  return Math.round(base * (0.8 + 0.4 * random()));
}
