import { resultRows, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { figuresBetween, rolledThrough } from "../figures/figures-between.ts";
import type { ServiceContext } from "../service-context.ts";
import { withinUnit } from "../units/unit-scope.ts";
import {
  type RechargesByChannelReportView,
  toRechargesByChannelRowView,
} from "./recharges-by-channel-view.ts";
import { assertReportRange, reportScopePath, toCount } from "./report-range.ts";

/** The channel name a partner's direct top-up is reported under, beside the recharge channels. */
export const PARTNER_TOPUP_CHANNEL = "partner_topup";

/**
 * Money into prepaid accounts per business day × channel: card recharges by their channel and
 * partner top-ups as `partner_topup`, for customers whose accounting unit lies in the subtree
 * (a province-level caller sees every customer). One statement over the daily figures
 * (figuresBetween): closed days come from daily_figures, today (and any day not rolled up yet)
 * live through the BRIN indexes on recharges and topups. GROUPING SETS adds the total.
 */
export async function rechargesByChannel({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "now"> & { actor: UserPrincipal };
  input: { from: string; to: string; unitId?: string };
}): Promise<RechargesByChannelReportView> {
  assertReportRange(input.from, input.to, ctx.now);
  const scopePath = await reportScopePath(ctx.db, ctx.actor, input.unitId);
  const rolled = await rolledThrough(ctx.db.orm);
  const rows = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      WITH money_in AS (
        SELECT f.business_date, CASE f.item WHEN 'topup' THEN ${PARTNER_TOPUP_CHANNEL}::text ELSE f.channel END AS channel,
               f.count, f.amount_fen
          FROM ${figuresBetween(rolled, input.from, input.to, ["recharge", "topup"])} f
          JOIN org_units o ON o.id = f.unit_id
         WHERE ${withinUnit(sql`o.path`, scopePath)}
      )
      SELECT to_char(business_date, 'YYYY-MM-DD') AS business_date, channel,
             SUM(count) AS n, SUM(amount_fen) AS amount_fen, GROUPING(business_date) AS is_total
        FROM money_in
       GROUP BY GROUPING SETS ((business_date, channel), ())
       ORDER BY is_total, business_date, channel`),
  );
  const total = rows.find((r) => toCount(r.is_total) === 1);
  return {
    data: rows.filter((r) => toCount(r.is_total) === 0).map(toRechargesByChannelRowView),
    totals: { count: toCount(total?.n), amountFen: toFen(total?.amount_fen ?? 0) },
  };
}
