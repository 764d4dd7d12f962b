import { businessDate, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { assertBusinessDayBegun, businessDayEnd } from "../../shared/business-day.ts";
import type { ServiceContext } from "../service-context.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { type CardFloatReportView, toCardFloatRowView, toFloatFiguresView } from "./card-float-view.ts";
import { reportScopePath, toCount } from "./report-range.ts";

/**
 * The float — cards sold and not yet used (卡沉淀资金) — per batch, as it stood at the end of
 * the business day `asOf` (default today). Timestamps decide, not the state, so a past day is
 * answered too and a locked or frozen sold card still counts (its value is still owed):
 * sold before the end of the day, and not used by then. Scope: cards whose owner unit (the
 * outlet that sold them) lies in the subtree. So a province-level caller's total is the
 * negated card_float ledger balance.
 *
 * Index: none serves this. `cards` deliberately has only its primary key (every state change
 * stays a HOT update, see db/src/schema/cards.ts), so the report scans cards once, like the
 * inventory reports; the aggregate is one pass with FILTERed sums and GROUPING SETS.
 */
export async function cardFloat({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "now"> & { actor: UserPrincipal };
  input: { asOf?: string; unitId?: string };
}): Promise<CardFloatReportView> {
  const asOf = input.asOf ?? businessDate(ctx.now);
  assertBusinessDayBegun(asOf, ctx.now);
  const scopePath = await reportScopePath(ctx.db, ctx.actor, input.unitId);
  const end = businessDayEnd(asOf).toISOString();
  const rows = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      WITH float AS (
        SELECT c.batch_id, c.face_value_fen,
               ${asOf}::date - (c.sold_at AT TIME ZONE 'Asia/Shanghai')::date AS age
          FROM cards c JOIN org_units o ON o.id = c.owner_unit_id
         WHERE ${withinUnit(sql`o.path`, scopePath)}
           AND c.sold_at < ${end}::timestamptz
           AND (c.used_at IS NULL OR c.used_at >= ${end}::timestamptz)
      )
      SELECT f.batch_id, min(b.face_value_fen) AS face_value_fen,
             to_char(min(b.sell_by), 'YYYY-MM-DD') AS sell_by,
             count(*) AS card_count, SUM(f.face_value_fen) AS value_fen,
             count(*) FILTER (WHERE age <= 30) AS n_0_30,
             SUM(f.face_value_fen) FILTER (WHERE age <= 30) AS v_0_30,
             count(*) FILTER (WHERE age BETWEEN 31 AND 90) AS n_31_90,
             SUM(f.face_value_fen) FILTER (WHERE age BETWEEN 31 AND 90) AS v_31_90,
             count(*) FILTER (WHERE age BETWEEN 91 AND 365) AS n_91_365,
             SUM(f.face_value_fen) FILTER (WHERE age BETWEEN 91 AND 365) AS v_91_365,
             count(*) FILTER (WHERE age > 365) AS n_over_365,
             SUM(f.face_value_fen) FILTER (WHERE age > 365) AS v_over_365,
             GROUPING(f.batch_id) AS is_total
        FROM float f LEFT JOIN card_batches b ON b.id = f.batch_id
       GROUP BY GROUPING SETS ((f.batch_id), ())
       ORDER BY is_total, f.batch_id`),
  );
  return {
    asOf,
    data: rows.filter((r) => toCount(r.is_total) === 0).map(toCardFloatRowView),
    totals: toFloatFiguresView(rows.find((r) => toCount(r.is_total) === 1)),
  };
}
