import { businessDate } from "@powercard/db";
import { DomainError } from "../../shared/errors.ts";

/**
 * The last Asia/Shanghai business day of a finished month. A month is finished once today's
 * business date lies in a later month: only then can no more recharges be dated in it.
 */
export function finishedPeriodEnd(period: string, now: Date): string {
  const current = businessDate(now).slice(0, 7);
  if (period >= current)
    throw new DomainError("settlement_period_not_finished", {
      detail: `${period} is not a finished month; the latest month that can be settled is ${previousMonth(current)}.`,
    });
  const [year, month] = period.split("-").map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function previousMonth(period: string): string {
  const [year, month] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
}
