import type { Db } from "@powercard/db";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { assertBusinessDayBegun } from "../../shared/business-day.ts";
import { DomainError } from "../../shared/errors.ts";
import { unitInScope } from "../units/scope.ts";

/** The longest range one report covers, so one answer stays bounded. */
export const MAX_REPORT_DAYS = 366;

/**
 * The checks every day-range report makes before it queries: from ≤ to, at most
 * MAX_REPORT_DAYS days (so one answer stays bounded), and a range that has begun.
 */
export function assertReportRange(from: string, to: string, now: Date) {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (days < 0 || days >= MAX_REPORT_DAYS)
    throw new DomainError("report_range_invalid", {
      detail: `from must not be after to, and a report covers at most ${MAX_REPORT_DAYS} days.`,
    });
  assertBusinessDayBegun(from, now);
}

/**
 * The org_units.path prefix a report covers: `unitId`'s subtree when given (404 outside the
 * caller's subtree, so other units cannot be probed), else the caller's own subtree.
 */
export async function reportScopePath(db: Db, actor: UserPrincipal, unitId: string | undefined) {
  return unitId ? (await unitInScope(db, actor, unitId)).path : actor.unitPath;
}

/** `count` columns of an aggregate row as a number (bigint and numeric arrive as strings). */
export const toCount = (value: unknown) => Number(value ?? 0);
