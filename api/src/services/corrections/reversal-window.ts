import { DomainError } from "../../shared/errors.ts";

/**
 * How long after a credit a reversal case may be opened (REVERSAL_WINDOW_DAYS). The utility
 * sets it; 30 days by default: long enough for a customer to notice a recharge that never
 * arrived on their bill, short enough that the wrongly credited customer's balance is unlikely
 * to have been relied upon.
 */
export const DEFAULT_REVERSAL_WINDOW_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export const withinReversalWindow = (creditedAt: Date, now: Date, windowDays: number): boolean =>
  now.getTime() - creditedAt.getTime() <= windowDays * DAY_MS;

export function assertWithinReversalWindow(creditedAt: Date, now: Date, windowDays: number): void {
  if (!withinReversalWindow(creditedAt, now, windowDays))
    throw new DomainError("reversal_window_passed", {
      detail: `The credit was booked on ${creditedAt.toISOString()}; cases may be opened within ${windowDays} days.`,
    });
}
