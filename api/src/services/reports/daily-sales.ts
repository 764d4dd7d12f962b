import { resultRows, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { type DailySalesReportView, toDailySalesRowView } from "./daily-sales-view.ts";
import { assertReportRange, reportScopePath, toCount } from "./report-range.ts";

/**
 * Card sales per business day × outlet × clerk of the subtree, with the grand total, from
 * card_sales in one statement: GROUPING SETS gives the detail rows and the total row together,
 * so the total is the database's sum of the same rows, never a second pass in code.
 *
 * Index: the outlets of the subtree come from org_units (a prefix match on `path`), then
 * card_sales_outlet_day_idx (outlet_unit_id, business_date) serves each outlet's day range.
 */
export async function dailySales({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "now"> & { actor: UserPrincipal };
  input: { from: string; to: string; unitId?: string };
}): Promise<DailySalesReportView> {
  assertReportRange(input.from, input.to, ctx.now);
  const scopePath = await reportScopePath(ctx.db, ctx.actor, input.unitId);
  const rows = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      SELECT to_char(s.business_date, 'YYYY-MM-DD') AS business_date, s.outlet_unit_id, s.clerk_id,
             min(o.name) AS outlet_name, min(u.display_name) AS clerk_name,
             SUM(s.card_count) AS card_count, SUM(s.amount_fen) AS amount_fen,
             GROUPING(s.business_date) AS is_total
        FROM org_units o
        JOIN card_sales s ON s.outlet_unit_id = o.id
        JOIN staff_users u ON u.id = s.clerk_id
       WHERE ${withinUnit(sql`o.path`, scopePath)}
         AND s.business_date BETWEEN ${input.from}::date AND ${input.to}::date
       GROUP BY GROUPING SETS ((s.business_date, s.outlet_unit_id, s.clerk_id), ())
       ORDER BY is_total, s.business_date, s.outlet_unit_id, s.clerk_id`),
  );
  const detail = rows.filter((r) => toCount(r.is_total) === 0);
  // With no sales at all the total row still comes back, with NULL sums.
  const total = rows.find((r) => toCount(r.is_total) === 1);
  return {
    data: detail.map(toDailySalesRowView),
    totals: { cardCount: toCount(total?.card_count), amountFen: toFen(total?.amount_fen ?? 0) },
  };
}
