import { resultRows, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { ServiceContext } from "../../app-env.ts";
import type { UserPrincipal } from "../../lib/auth/principal.ts";
import { assertReportRange, reportScopePath, toCount } from "./report-range.ts";

/** The channel name a partner's direct top-up is reported under, beside the recharge channels. */
export const PARTNER_TOPUP_CHANNEL = "partner_topup";

export interface RechargesByChannelRow {
  businessDate: string;
  channel: string;
  count: number;
  amountFen: number;
}

export interface RechargesByChannelReport {
  data: RechargesByChannelRow[];
  totals: { count: number; amountFen: number };
}

/**
 * Money into prepaid accounts per business day × channel: card recharges by their channel and
 * partner top-ups as `partner_topup`, for customers whose accounting unit lies in the subtree
 * (a province-level caller sees every customer). One statement; GROUPING SETS adds the total.
 *
 * Index: none fits a day range across customers. recharges and topups are keyed by customer
 * (primary key (customer_no, id), for co-location when sharded) and their day indexes lead with
 * client_id, and customers has no index on accounting_unit_id; so this scans both tables'
 * rows and filters on business_date. Missing (not added here: no migrations in this slice):
 * recharges (business_date) INCLUDE (channel, amount_fen, customer_no), the same on topups, and
 * customers (accounting_unit_id) — or a per-day summary kept off the recharge path.
 */
export async function rechargesByChannel({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "now"> & { actor: UserPrincipal };
  input: { from: string; to: string; unitId?: string };
}): Promise<RechargesByChannelReport> {
  assertReportRange(input.from, input.to, ctx.now);
  const scopePath = await reportScopePath(ctx.db, ctx.actor, input.unitId);
  const rows = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      WITH scoped AS (
        SELECT c.customer_no FROM customers c JOIN org_units o ON o.id = c.accounting_unit_id
         WHERE starts_with(o.path, ${scopePath}::text)
      ),
      money_in AS (
        SELECT r.business_date, r.channel, r.amount_fen FROM recharges r JOIN scoped USING (customer_no)
         WHERE r.business_date BETWEEN ${input.from}::date AND ${input.to}::date
        UNION ALL
        SELECT t.business_date, ${PARTNER_TOPUP_CHANNEL}::text, t.amount_fen FROM topups t JOIN scoped USING (customer_no)
         WHERE t.business_date BETWEEN ${input.from}::date AND ${input.to}::date
      )
      SELECT to_char(business_date, 'YYYY-MM-DD') AS business_date, channel,
             count(*) AS n, SUM(amount_fen) AS amount_fen, GROUPING(business_date) AS is_total
        FROM money_in
       GROUP BY GROUPING SETS ((business_date, channel), ())
       ORDER BY is_total, business_date, channel`),
  );
  const total = rows.find((r) => toCount(r.is_total) === 1);
  return {
    data: rows
      .filter((r) => toCount(r.is_total) === 0)
      .map((r) => ({
        businessDate: String(r.business_date),
        channel: String(r.channel),
        count: toCount(r.n),
        amountFen: toFen(r.amount_fen),
      })),
    totals: { count: toCount(total?.n), amountFen: toFen(total?.amount_fen ?? 0) },
  };
}
