import { resultRows, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { reportScopePath } from "./report-range.ts";
import { type SettlementHistoryView, toSettlementHistoryRowView } from "./settlement-history-view.ts";

/** Three years of months: a run a month, so one answer stays small. */
export const MAX_HISTORY_MONTHS = 36;

const monthIndex = (period: string) => {
  const [year, month] = period.split("-").map(Number) as [number, number];
  return year * 12 + month;
};

function assertMonthRange(from: string, to: string) {
  const months = monthIndex(to) - monthIndex(from) + 1;
  if (months < 1 || months > MAX_HISTORY_MONTHS)
    throw new DomainError("report_range_invalid", {
      detail: `from must not be after to, and the history covers at most ${MAX_HISTORY_MONTHS} months.`,
    });
}

const utc = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * Every settlement run of the months [from, to] — rejected ones too, with their state — one row
 * per accounting unit line of the report's scope (the caller's subtree, or `unitId`'s). A run
 * with no line in scope still shows once, with empty unit columns, when the scope covers the
 * settlement center that made it, so an empty run is not missing from the history.
 *
 * The run-wide figures (due, unified balance, shortfall, returned) are the settlement center's:
 * staff of a unit below it see their own lines but not those figures, as they cannot read the
 * run itself (`GET /v1/settlement-runs/{id}` is a 404 for them).
 *
 * One statement. Runs are a dozen a year, so the period range reads them whole (the partial
 * period index skips rejected runs, which the history includes); lines come by their primary key
 * (run_id first).
 */
export async function settlementHistory({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: { from: string; to: string; unitId?: string };
}): Promise<SettlementHistoryView> {
  assertMonthRange(input.from, input.to);
  const scopePath = await reportScopePath(ctx.db, ctx.actor, input.unitId);
  const rows = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      WITH runs AS (
        SELECT r.*, ru.path AS run_path, s.display_name AS created_by_name
          FROM settlement_runs r
          JOIN org_units ru ON ru.id = r.unit_id
          JOIN staff_users s ON s.id = r.created_by
         WHERE r.period BETWEEN ${input.from} AND ${input.to}
      ),
      lines AS (
        SELECT l.*, u.name AS unit_name, u.path AS unit_path
          FROM settlement_lines l JOIN org_units u ON u.id = l.unit_id
         WHERE l.run_id IN (SELECT id FROM runs) AND ${withinUnit(sql`u.path`, scopePath)}
      )
      SELECT r.period, r.id AS run_id, r.state, ${utc("r.created_at")} AS created_at, r.created_by,
             r.created_by_name, ${utc("r.decided_at")} AS decided_at,
             l.unit_id, l.unit_name, l.recharges_fen, l.topups_fen, l.corrections_fen,
             l.returned_before_fen,
             l.due_fen, l.returned_fen,
             ${withinUnit(sql`r.run_path`, ctx.actor.unitPath)} AS run_visible,
             r.due_fen AS run_due_fen, r.unified_balance_fen AS run_unified_balance_fen,
             r.shortfall_fen AS run_shortfall_fen, r.returned_fen AS run_returned_fen,
             COALESCE(sum(l.returned_fen) OVER (), 0) AS total_returned_fen
        FROM runs r LEFT JOIN lines l ON l.run_id = r.id
       WHERE l.run_id IS NOT NULL OR ${withinUnit(sql`r.run_path`, scopePath)}
       ORDER BY r.period, r.created_at, r.id, l.unit_path`),
  );
  const data = rows.map(toSettlementHistoryRowView);
  return { data, totals: { returnedFen: toFen(rows[0]?.total_returned_fen ?? 0) } };
}
