import { resultRows, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { ServiceContext } from "../../app-env.ts";
import type { UserPrincipal } from "../../lib/auth/principal.ts";
import { unitInScope } from "../units/scope.ts";

type Ctx = Pick<ServiceContext, "db"> & { actor: UserPrincipal };
const money = (count: unknown, value: unknown) => ({
  count: Number(count ?? 0),
  valueFen: toFen(value ?? 0),
});

/**
 * Units mapped to their accounting unit: the deepest accounting unit on their path (an outlet
 * belongs to the city or county bureau above it). The tree is small (thousands of units), so
 * this is computed per statement rather than stored.
 */
const OUTLET_UNIT = sql`
  outlet_unit AS (
    SELECT DISTINCT ON (o.id) o.id AS outlet_id, a.id AS unit_id
      FROM org_units o JOIN org_units a ON a.is_accounting_unit AND starts_with(o.path, a.path)
     ORDER BY o.id, length(a.path) DESC
  )`;

/**
 * The monthly clearing statement (月度清算) of every accounting unit in the caller's subtree (or
 * under `unitId`): for the month, cards sold by its outlets, remittances confirmed (on the day the
 * settlement center booked them), recharges and partner top-ups of its customers, bills paid from
 * their balances, what the month's approved settlement run returned; the float of cards its
 * outlets sold that are still unused (now, not at the month's end: cards keep no state history);
 * and the cross-unit matrix of the month's recharges by selling unit × customer's unit. Two
 * set-based statements; every filter is a plain range on a business_date column.
 */
export async function monthlyClearing({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { period: string; unitId?: string };
}) {
  const scopePath = input.unitId
    ? (await unitInScope(ctx.db, ctx.actor, input.unitId)).path
    : ctx.actor.unitPath;
  const [year, month] = input.period.split("-").map(Number) as [number, number];
  const from = `${input.period}-01`;
  const to = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  const range = (column: string) => sql`${sql.raw(column)} BETWEEN ${from}::date AND ${to}::date`;

  const units = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      WITH au AS (
        SELECT id, name, path FROM org_units WHERE is_accounting_unit AND starts_with(path, ${scopePath})
      ), ${OUTLET_UNIT},
      sold AS (
        SELECT ou.unit_id, sum(s.card_count) AS n, sum(s.amount_fen) AS v
          FROM card_sales s JOIN outlet_unit ou ON ou.outlet_id = s.outlet_unit_id
         WHERE ${range("s.business_date")} GROUP BY ou.unit_id
      ),
      remitted AS (
        SELECT ou.unit_id, sum(r.amount_fen) AS v
          FROM remittances r
          JOIN ledger_transactions x ON x.book_key = r.outlet_unit_id AND x.id = r.ledger_transaction_id
          JOIN outlet_unit ou ON ou.outlet_id = r.outlet_unit_id
         WHERE r.state = 'confirmed' AND ${range("x.business_date")} GROUP BY ou.unit_id
      ),
      recharged AS (
        SELECT c.accounting_unit_id AS unit_id, count(*) AS n, sum(r.amount_fen) AS v
          FROM recharges r JOIN customers c ON c.customer_no = r.customer_no
         WHERE ${range("r.business_date")} GROUP BY c.accounting_unit_id
      ),
      topped AS (
        SELECT c.accounting_unit_id AS unit_id, count(*) AS n, sum(t.amount_fen) AS v
          FROM topups t JOIN customers c ON c.customer_no = t.customer_no
         WHERE ${range("t.business_date")} GROUP BY c.accounting_unit_id
      ),
      billed AS (
        SELECT b.accounting_unit_id AS unit_id, sum(p.amount_fen) AS v
          FROM bill_payments p JOIN bills b ON b.customer_no = p.customer_no AND b.id = p.bill_id
         WHERE ${range("p.business_date")} GROUP BY b.accounting_unit_id
      ),
      returned AS (
        SELECT l.unit_id, sum(l.returned_fen) AS v
          FROM settlement_lines l JOIN settlement_runs r ON r.id = l.run_id
         WHERE r.state = 'approved' AND r.period = ${input.period} GROUP BY l.unit_id
      ),
      float AS (
        SELECT ou.unit_id, count(*) AS n, sum(k.face_value_fen) AS v
          FROM cards k JOIN card_sales s ON s.id = k.sale_id JOIN outlet_unit ou ON ou.outlet_id = s.outlet_unit_id
         WHERE k.state = 'sold' GROUP BY ou.unit_id
      )
      SELECT au.id, au.name, sold.n AS sold_n, sold.v AS sold_v, remitted.v AS remitted_v,
             recharged.n AS recharged_n, recharged.v AS recharged_v, topped.n AS topped_n, topped.v AS topped_v,
             billed.v AS billed_v, returned.v AS returned_v, float.n AS float_n, float.v AS float_v
        FROM au
        LEFT JOIN sold ON sold.unit_id = au.id
        LEFT JOIN remitted ON remitted.unit_id = au.id
        LEFT JOIN recharged ON recharged.unit_id = au.id
        LEFT JOIN topped ON topped.unit_id = au.id
        LEFT JOIN billed ON billed.unit_id = au.id
        LEFT JOIN returned ON returned.unit_id = au.id
        LEFT JOIN float ON float.unit_id = au.id
       ORDER BY au.path`),
  );

  const matrix = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      WITH ${OUTLET_UNIT}
      SELECT ou.unit_id AS sold_in, c.accounting_unit_id AS used_in, count(*) AS n, sum(r.amount_fen) AS v
        FROM recharges r
        JOIN customers c ON c.customer_no = r.customer_no
        JOIN cards k ON k.card_no = r.card_no
        JOIN card_sales s ON s.id = k.sale_id
        JOIN outlet_unit ou ON ou.outlet_id = s.outlet_unit_id
        JOIN org_units su ON su.id = ou.unit_id
        JOIN org_units cu ON cu.id = c.accounting_unit_id
       WHERE ${range("r.business_date")}
         AND (starts_with(su.path, ${scopePath}) OR starts_with(cu.path, ${scopePath}))
       GROUP BY ou.unit_id, c.accounting_unit_id
       ORDER BY 1, 2`),
  );

  return {
    period: input.period,
    from,
    to,
    currency: "CNY" as const,
    units: units.map((u) => ({
      unitId: String(u.id),
      unitName: String(u.name),
      cardsSold: money(u.sold_n, u.sold_v),
      remittedFen: toFen(u.remitted_v ?? 0),
      recharges: money(u.recharged_n, u.recharged_v),
      topups: money(u.topped_n, u.topped_v),
      billsPaidFen: toFen(u.billed_v ?? 0),
      returnedFen: toFen(u.returned_v ?? 0),
      float: money(u.float_n, u.float_v),
    })),
    crossUnit: matrix.map((m) => ({
      soldInUnitId: String(m.sold_in),
      usedInUnitId: String(m.used_in),
      ...money(m.n, m.v),
    })),
  };
}
export type MonthlyClearing = Awaited<ReturnType<typeof monthlyClearing>>;
