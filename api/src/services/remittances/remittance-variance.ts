import { resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { assertReportRange, reportScopePath } from "../reports/report-range.ts";
import type { ServiceContext } from "../service-context.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { type RemittanceVarianceRowView, toRemittanceVarianceRowView } from "./remittance-variance-view.ts";

/**
 * Per outlet of the subtree and business day with activity: sold (card_sales), declared (not
 * rejected), confirmed, and the cumulative outstanding — sold minus confirmed since the outlet
 * began, so days before `from` count toward it. One set-based statement. Remittances count on
 * the business day they were declared for.
 */
export async function remittanceVariance({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "now"> & { actor: UserPrincipal };
  input: { from: string; to: string; unitId?: string };
}): Promise<RemittanceVarianceRowView[]> {
  const { from, to } = input;
  assertReportRange(from, to, ctx.now);
  const scopePath = await reportScopePath(ctx.db, ctx.actor, input.unitId);
  const rows = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      WITH outlets AS (
        SELECT id, name FROM org_units WHERE ${withinUnit(sql`path`, scopePath)}
      ),
      -- Each outlet's outstanding when the range begins: one sum per outlet over index-only
      -- scans (the indexes carry amount_fen), not a running total over all of its history.
      opening AS (
        SELECT outlet_unit_id, SUM(v) AS outstanding FROM (
          SELECT s.outlet_unit_id, s.amount_fen AS v
            FROM card_sales s JOIN outlets o ON o.id = s.outlet_unit_id
           WHERE s.business_date < ${from}::date
          UNION ALL
          SELECT r.outlet_unit_id, -r.amount_fen
            FROM remittances r JOIN outlets o ON o.id = r.outlet_unit_id
           WHERE r.state = 'confirmed' AND r.business_date < ${from}::date
        ) before GROUP BY outlet_unit_id
      ),
      moves AS (
        SELECT s.outlet_unit_id, s.business_date, s.amount_fen AS sold, 0::bigint AS declared, 0::bigint AS confirmed
          FROM card_sales s JOIN outlets o ON o.id = s.outlet_unit_id
         WHERE s.business_date BETWEEN ${from}::date AND ${to}::date
        UNION ALL
        SELECT r.outlet_unit_id, r.business_date, 0,
               CASE WHEN r.state <> 'rejected' THEN r.amount_fen ELSE 0 END,
               CASE WHEN r.state = 'confirmed' THEN r.amount_fen ELSE 0 END
          FROM remittances r JOIN outlets o ON o.id = r.outlet_unit_id
         WHERE r.business_date BETWEEN ${from}::date AND ${to}::date
      ),
      per_day AS (
        SELECT outlet_unit_id, business_date,
               SUM(sold) AS sold, SUM(declared) AS declared, SUM(confirmed) AS confirmed
          FROM moves GROUP BY outlet_unit_id, business_date
      ),
      running AS (
        SELECT d.*, COALESCE(op.outstanding, 0)
                    + SUM(d.sold - d.confirmed) OVER (PARTITION BY d.outlet_unit_id ORDER BY d.business_date) AS outstanding
          FROM per_day d LEFT JOIN opening op USING (outlet_unit_id)
      )
      SELECT r.outlet_unit_id, o.name AS outlet_name, to_char(r.business_date, 'YYYY-MM-DD') AS business_date,
             r.sold, r.declared, r.confirmed, r.outstanding
        FROM running r JOIN outlets o ON o.id = r.outlet_unit_id
       ORDER BY r.outlet_unit_id, r.business_date`),
  );
  return rows.map(toRemittanceVarianceRowView);
}
