import type postgres from "postgres";
import { monthEnd } from "./settlement-days.ts";

/** What differs between an answer's figures and the expected ones, or null when they agree. */
export function differences(got: Record<string, number>, expected: Record<string, number>): string | null {
  const wrong = Object.keys(expected).filter((k) => got[k] !== expected[k]);
  return wrong.length === 0 ? null : wrong.map((k) => `${k} ${got[k]} ≠ ${expected[k]}`).join(", ");
}

/** A month's totals over every unit, straight from the base tables. */
export async function monthFigures(sql: postgres.Sql, period: string) {
  const from = `${period}-01`;
  const to = monthEnd(period);
  const [r] = await sql<Record<string, string>[]>`
    SELECT (SELECT count(*) FROM recharges WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS recharges,
           (SELECT COALESCE(sum(amount_fen), 0) FROM recharges WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS recharges_fen,
           (SELECT COALESCE(sum(amount_fen), 0) FROM topups WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS topups_fen,
           (SELECT COALESCE(sum(card_count), 0) FROM card_sales WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS sold_cards,
           (SELECT COALESCE(sum(amount_fen), 0) FROM card_sales WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS sold_fen,
           (SELECT COALESCE(sum(amount_fen), 0) FROM bill_payments WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS bills_fen,
           (SELECT COALESCE(sum(amount_fen), 0) FROM remittances WHERE state = 'confirmed'
               AND (decided_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ${from}::date AND ${to}::date)::text AS remitted_fen,
           ((SELECT sum(amount_fen) FROM card_sales WHERE business_date <= ${to}::date)
             - (SELECT sum(amount_fen) FROM recharges WHERE business_date <= ${to}::date))::text AS float_fen`;
  const n = (k: string) => Number(r?.[k]);
  return {
    recharges: n("recharges"),
    rechargesFen: n("recharges_fen"),
    topupsFen: n("topups_fen"),
    soldCards: n("sold_cards"),
    soldFen: n("sold_fen"),
    billsFen: n("bills_fen"),
    remittedFen: n("remitted_fen"),
    floatFen: n("float_fen"),
    crossFen: n("recharges_fen"),
  };
}

/** One day's totals, straight from the base tables. */
export async function dayFigures(sql: postgres.Sql, day: string) {
  const [r] = await sql<Record<string, string>[]>`
    SELECT (SELECT count(*) FROM recharges WHERE business_date = ${day}::date)::text AS recharges,
           (SELECT COALESCE(sum(amount_fen), 0) FROM recharges WHERE business_date = ${day}::date)::text AS recharges_fen,
           (SELECT count(*) FROM topups WHERE business_date = ${day}::date)::text AS topups,
           (SELECT COALESCE(sum(amount_fen), 0) FROM topups WHERE business_date = ${day}::date)::text AS topups_fen,
           (SELECT COALESCE(sum(card_count), 0) FROM card_sales WHERE business_date = ${day}::date)::text AS sold_cards,
           (SELECT COALESCE(sum(amount_fen), 0) FROM card_sales WHERE business_date = ${day}::date)::text AS sold_fen,
           (SELECT COALESCE(sum(amount_fen), 0) FROM remittances WHERE state = 'confirmed' AND business_date = ${day}::date)::text AS confirmed_fen,
           (SELECT count(DISTINCT outlet_unit_id) FROM (
               SELECT outlet_unit_id FROM card_sales WHERE business_date = ${day}::date
               UNION ALL SELECT outlet_unit_id FROM remittances WHERE business_date = ${day}::date) x)::text AS outlet_rows,
           ((SELECT count(DISTINCT channel) FROM recharges WHERE business_date = ${day}::date)
             + (SELECT least(count(*), 1) FROM topups WHERE business_date = ${day}::date))::text AS channels`;
  const n = (k: string) => Number(r?.[k]);
  return {
    recharges: n("recharges"),
    rechargesFen: n("recharges_fen"),
    topups: n("topups"),
    topupsFen: n("topups_fen"),
    soldCards: n("sold_cards"),
    soldFen: n("sold_fen"),
    confirmedFen: n("confirmed_fen"),
    outletRows: n("outlet_rows"),
    channels: n("channels"),
  };
}
