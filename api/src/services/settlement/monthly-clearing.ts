import { resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { figuresBetween, rolledThrough, SINCE_EVER } from "../figures/figures-between.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { type MonthlyClearingView, toCrossUnitView, toUnitClearingView } from "./monthly-clearing-view.ts";

type Ctx = Pick<ServiceContext, "db"> & { actor: UserPrincipal };
/**
 * The monthly clearing statement (月度清算) of every accounting unit in the caller's subtree (or
 * under `unitId`): for the month, cards sold by its outlets, remittances confirmed (on the day the
 * settlement center booked them), recharges and partner top-ups of its customers, bills paid from
 * their balances, the reversals and refunds executed in the month (at the unit each credit
 * recorded and the right customer's unit), what the month's approved settlement run returned;
 * the float of cards its outlets sold that were still unused at the month's end (cards sold up
 * to then minus those recharged up to then, plus those a reversal returned to their card); and the cross-unit matrix of the month's recharges by selling unit ×
 * customer's unit. Everything but the returns comes from the daily figures (figuresBetween):
 * closed days from daily_figures, the rest live, so the statement reads a few thousand rows
 * whatever the size of the ledger.
 */
export async function monthlyClearing({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { period: string; unitId?: string };
}): Promise<MonthlyClearingView> {
  const scopePath = input.unitId
    ? (await unitInScope(ctx.db, ctx.actor, input.unitId)).path
    : ctx.actor.unitPath;
  const [year, month] = input.period.split("-").map(Number) as [number, number];
  const from = `${input.period}-01`;
  const to = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

  const rolled = await rolledThrough(ctx.db.orm);
  const units = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      WITH au AS (
        SELECT id, name, path FROM org_units WHERE is_accounting_unit AND ${withinUnit(sql`path`, scopePath)}
      ),
      month AS (
        SELECT unit_id, item, sum(count) AS n, sum(amount_fen) AS v
          FROM ${figuresBetween(rolled, from, to)} f GROUP BY unit_id, item
      ),
      -- Sold by a unit up to the month's end, minus its cards recharged by then (by any customer),
      -- plus its cards a reversal returned to the float (back to the source: other_unit_id sold it).
      float AS (
        SELECT CASE item WHEN 'card_sale' THEN unit_id ELSE other_unit_id END AS unit_id,
               sum(CASE item WHEN 'recharge' THEN -count ELSE count END) AS n,
               sum(CASE item WHEN 'recharge' THEN -amount_fen ELSE amount_fen END) AS v
          FROM ${figuresBetween(rolled, SINCE_EVER, to, ["card_sale", "recharge", "reversal_out"])} f
         WHERE item = 'card_sale' OR (item = 'recharge' AND other_unit_id <> '')
            OR (item = 'reversal_out' AND channel = 'source' AND other_unit_id <> '')
         GROUP BY 1
      ),
      returned AS (
        SELECT l.unit_id, sum(l.returned_fen) AS v
          FROM settlement_lines l JOIN settlement_runs r ON r.id = l.run_id
         WHERE r.state = 'approved' AND r.period = ${input.period} GROUP BY l.unit_id
      )
      SELECT au.id, au.name,
             sold.n AS sold_n, sold.v AS sold_v, remitted.v AS remitted_v,
             recharged.n AS recharged_n, recharged.v AS recharged_v, topped.n AS topped_n, topped.v AS topped_v,
             billed.v AS billed_v, returned.v AS returned_v, float.n AS float_n, float.v AS float_v,
             reversed_out.n AS reversed_out_n, reversed_out.v AS reversed_out_v,
             reversed_in.n AS reversed_in_n, reversed_in.v AS reversed_in_v,
             refunded.n AS refunded_n, refunded.v AS refunded_v
        FROM au
        LEFT JOIN month sold ON sold.unit_id = au.id AND sold.item = 'card_sale'
        LEFT JOIN month remitted ON remitted.unit_id = au.id AND remitted.item = 'remittance'
        LEFT JOIN month recharged ON recharged.unit_id = au.id AND recharged.item = 'recharge'
        LEFT JOIN month topped ON topped.unit_id = au.id AND topped.item = 'topup'
        LEFT JOIN month billed ON billed.unit_id = au.id AND billed.item = 'bill_payment'
        LEFT JOIN month reversed_out ON reversed_out.unit_id = au.id AND reversed_out.item = 'reversal_out'
        LEFT JOIN month reversed_in ON reversed_in.unit_id = au.id AND reversed_in.item = 'reversal_in'
        LEFT JOIN month refunded ON refunded.unit_id = au.id AND refunded.item = 'refund'
        LEFT JOIN returned ON returned.unit_id = au.id
        LEFT JOIN float ON float.unit_id = au.id
       ORDER BY au.path`),
  );

  const matrix = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      SELECT f.other_unit_id AS sold_in, f.unit_id AS used_in, sum(f.count) AS n, sum(f.amount_fen) AS v
        FROM ${figuresBetween(rolled, from, to, ["recharge"])} f
        JOIN org_units su ON su.id = f.other_unit_id
        JOIN org_units cu ON cu.id = f.unit_id
       WHERE ${withinUnit(sql`su.path`, scopePath)} OR ${withinUnit(sql`cu.path`, scopePath)}
       GROUP BY f.other_unit_id, f.unit_id
       ORDER BY 1, 2`),
  );

  return {
    period: input.period,
    from,
    to,
    currency: "CNY",
    units: units.map(toUnitClearingView),
    crossUnit: matrix.map(toCrossUnitView),
  };
}
