import { businessDate, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitNames } from "../units/unit-names.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { cardFloat } from "./card-float.ts";
import { dailySales } from "./daily-sales.ts";
import { rechargesByChannel } from "./recharges-by-channel.ts";
import { reportScopePath } from "./report-range.ts";
import { toOpenRemittanceView, toOpenTotals, type UnitDashboardView } from "./unit-dashboard-view.ts";

/** The most open remittances the dashboard lists; the count and sum cover them all. */
export const OPEN_REMITTANCES_LISTED = 50;

type Ctx = Pick<ServiceContext, "db" | "now"> & { actor: UserPrincipal };

/**
 * A unit's day at a glance: the figures of the daily-sales, recharges-by-channel and card-float
 * reports for today (so the dashboard and the reports never disagree), and the remittances its
 * outlets declared that the settlement center has not decided yet.
 */
export async function unitDashboard({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { unitId?: string };
}): Promise<UnitDashboardView> {
  const today = businessDate(ctx.now);
  const scopePath = await reportScopePath(ctx.db, ctx.actor, input.unitId);
  const range = { from: today, to: today, unitId: input.unitId };
  const unitId = input.unitId ?? ctx.actor.unitId;
  const [sales, recharges, float, open, names] = await Promise.all([
    dailySales({ ctx, input: range }),
    rechargesByChannel({ ctx, input: range }),
    cardFloat({ ctx, input: { unitId: input.unitId } }),
    openRemittances(ctx, scopePath),
    unitNames(ctx.db, [unitId]),
  ]);
  const byOutlet = new Map<string, UnitDashboardView["sales"]["byOutlet"][number]>();
  for (const r of sales.data) {
    const o = byOutlet.get(r.outletUnitId) ?? {
      outletUnitId: r.outletUnitId,
      outletName: r.outletName,
      cardCount: 0,
      amountFen: 0,
    };
    o.cardCount += r.cardCount;
    o.amountFen += r.amountFen;
    byOutlet.set(r.outletUnitId, o);
  }
  return {
    businessDate: today,
    unitId,
    unitName: names.get(unitId) ?? unitId,
    sales: { ...sales.totals, byOutlet: [...byOutlet.values()] },
    recharges: {
      ...recharges.totals,
      byChannel: recharges.data.map(({ channel, count, amountFen }) => ({ channel, count, amountFen })),
    },
    float: float.totals,
    openRemittances: open,
  };
}

/**
 * Declared, undecided remittances of the subtree's outlets: count and sum of all (the window runs
 * before the LIMIT), the oldest listed. Index: remittances_outlet_state_idx per outlet.
 */
async function openRemittances(ctx: Ctx, scopePath: string) {
  const rows = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      SELECT r.id, r.outlet_unit_id, o.name AS outlet_name,
             to_char(r.business_date, 'YYYY-MM-DD') AS business_date, r.amount_fen, r.declared_at,
             count(*) OVER () AS n, sum(r.amount_fen) OVER () AS total_fen
        FROM org_units o
        JOIN remittances r ON r.outlet_unit_id = o.id AND r.state = 'declared'
       WHERE ${withinUnit(sql`o.path`, scopePath)}
       ORDER BY r.declared_at, r.id
       LIMIT ${OPEN_REMITTANCES_LISTED}`),
  );
  const first = rows[0];
  return {
    ...toOpenTotals(first && { n: first.n, amount_fen: first.total_fen }),
    data: rows.map(toOpenRemittanceView),
  };
}
