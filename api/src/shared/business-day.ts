import { z } from "@hono/zod-openapi";
import { businessDate } from "@powercard/db";
import { DomainError } from "./errors.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date YYYY-MM-DD that exists (no 2026-02-30). */
export const BusinessDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine((value) => {
    const at = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
  }, "is not a calendar date")
  .openapi({ description: "An Asia/Shanghai business day.", example: "2026-11-26" });

/**
 * The instants a business day spans. Asia/Shanghai is UTC+8 all year (no daylight saving since
 * 1991), so a day is [date 00:00+08:00, +24 h).
 */
export function businessDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** The calendar date `days` after (or before, if negative) a YYYY-MM-DD date. */
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export const businessDayEnd = (date: string) => new Date(businessDayStart(date).getTime() + DAY_MS);

/** Reports exist for today (so far) and earlier days; a day that has not begun is a 400. */
export function assertBusinessDayBegun(date: string, now: Date) {
  if (date > businessDate(now)) throw new DomainError("business_date_in_future");
}
