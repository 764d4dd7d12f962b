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

/**
 * The window holds when a case opens and again when it is approved: a case that waited past it
 * moves nothing (`…_at_approval`, so the checker knows to reject it rather than retry).
 */
export function assertWithinReversalWindow(
  creditedAt: Date,
  now: Date,
  windowDays: number,
  step: "opening" | "approval" = "opening",
): void {
  if (withinReversalWindow(creditedAt, now, windowDays)) return;
  const booked = `The credit was booked on ${creditedAt.toISOString()}`;
  if (step === "opening")
    throw new DomainError("reversal_window_passed", {
      detail: `${booked}; cases may be opened within ${windowDays} days.`,
    });
  throw new DomainError("reversal_window_passed_at_approval", {
    detail: `${booked}; a case must be approved within ${windowDays} days of it.`,
  });
}
