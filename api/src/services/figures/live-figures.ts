import { FIGURE_ITEMS, type FigureItem } from "@powercard/db";
import { type SQL, sql } from "drizzle-orm";
import { OUTLET_UNIT } from "./outlet-unit.ts";

/** Every figure item; readers that need only some pass their own list (fewer tables read). */
export const ALL_ITEMS: readonly FigureItem[] = FIGURE_ITEMS;

/**
 * The source of each daily figure, read from the base tables for business days [from, to]:
 *
 * - card_sale: cards sold (count = cards) per selling unit, from card_sales;
 * - remittance: remittances confirmed per selling unit, on the day the settlement center booked
 *   them (their ledger transaction's day);
 * - recharge: card recharges per customer's unit × channel × the unit that sold the card;
 * - topup: partner top-ups per customer's unit;
 * - bill_payment: bills paid from prepaid balances per customer's unit;
 * - reversal_out: executed reversals (冲正) per unit the reversed credit recorded × destination ×
 *   the unit on the other side (the right customer's; back to the source, the unit that sold the
 *   card, whose float it rejoins, or '' for a top-up), on the day of execution;
 * - reversal_in: the same reversals to a customer, per right customer's unit at execution ×
 *   the unit the reversed credit recorded;
 * - refund: closed-account refunds (销户退费) executed, per unit the refund case recorded.
 *
 * "The customer's unit" is the one each row recorded when it happened, never the customer's unit
 * now: a customer who moves later leaves closed days, live days and settlement runs as they were.
 * A correction never changes the figures of the day of the credit it corrects (a closed day stays
 * closed); it is a figure of its own on the day it was executed (its ledger transaction's day).
 *
 * One definition serves both the rollup (which stores a closed day's rows) and the live part of
 * every reader (days not rolled up yet), so the two can never disagree. Each branch filters on
 * business_date with a plain range, which the BRIN indexes on those tables serve. `from` and `to`
 * are SQL date expressions (they may be computed from the rollup's watermark at run time).
 * Columns: business_date, item, unit_id, channel, other_unit_id, count, amount_fen.
 */
export function liveFigures(from: SQL, to: SQL, items: readonly FigureItem[] = ALL_ITEMS): SQL {
  const days = (column: string) => sql`${sql.raw(column)} BETWEEN ${from} AND ${to}`;
  // A decision's instant, on its index or a small table: its business day is its transaction's.
  const decidedWithin = (column: string) => sql`
    ${sql.raw(column)} >= (${from})::timestamp AT TIME ZONE 'Asia/Shanghai'
    AND ${sql.raw(column)} < ((${to}) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`;
  // The unit the reversed credit recorded when it was booked (recharge or top-up).
  const creditUnit = sql`
    LEFT JOIN recharges r ON c.source = 'recharge' AND r.customer_no = c.from_customer_no AND r.id = c.credit_id
    LEFT JOIN topups t ON c.source = 'topup' AND t.customer_no = c.from_customer_no AND t.id = c.credit_id`;
  const branches: Record<FigureItem, SQL> = {
    card_sale: sql`
      SELECT s.business_date, 'card_sale', ou.unit_id, '', '', sum(s.card_count)::bigint, sum(s.amount_fen)::bigint
        FROM card_sales s JOIN outlet_unit ou ON ou.outlet_id = s.outlet_unit_id
       WHERE ${days("s.business_date")}
       GROUP BY s.business_date, ou.unit_id`,
    remittance: sql`
      SELECT x.business_date, 'remittance', ou.unit_id, '', '', count(*), sum(r.amount_fen)::bigint
        FROM remittances r
        JOIN ledger_transactions x ON x.book_key = r.outlet_unit_id AND x.id = r.ledger_transaction_id
        JOIN outlet_unit ou ON ou.outlet_id = r.outlet_unit_id
       WHERE r.state = 'confirmed' AND ${days("x.business_date")} AND ${decidedWithin("r.decided_at")}
       GROUP BY x.business_date, ou.unit_id`,
    recharge: sql`
      SELECT r.business_date, 'recharge', r.accounting_unit_id, r.channel, COALESCE(ou.unit_id, ''),
             count(*), sum(r.amount_fen)::bigint
        FROM recharges r
        LEFT JOIN cards k ON k.card_no = r.card_no
        LEFT JOIN card_sales s ON s.id = k.sale_id
        LEFT JOIN outlet_unit ou ON ou.outlet_id = s.outlet_unit_id
       WHERE ${days("r.business_date")}
       GROUP BY r.business_date, r.accounting_unit_id, r.channel, COALESCE(ou.unit_id, '')`,
    topup: sql`
      SELECT t.business_date, 'topup', t.accounting_unit_id, '', '', count(*), sum(t.amount_fen)::bigint
        FROM topups t
       WHERE ${days("t.business_date")}
       GROUP BY t.business_date, t.accounting_unit_id`,
    bill_payment: sql`
      SELECT p.business_date, 'bill_payment', p.accounting_unit_id, '', '', count(*), sum(p.amount_fen)::bigint
        FROM bill_payments p
       WHERE ${days("p.business_date")}
       GROUP BY p.business_date, p.accounting_unit_id`,
    reversal_out: sql`
      SELECT x.business_date, 'reversal_out', COALESCE(r.accounting_unit_id, t.accounting_unit_id), c.destination,
             COALESCE(c.to_unit_id, ou.unit_id, ''), count(*), sum(c.amount_fen)::bigint
        FROM reversal_cases c
        JOIN ledger_transactions x ON x.book_key = c.from_customer_no AND x.id = c.out_transaction_id
        ${creditUnit}
        LEFT JOIN cards k ON c.destination = 'source' AND k.card_no = c.card_no
        LEFT JOIN card_sales s ON s.id = k.sale_id
        LEFT JOIN outlet_unit ou ON ou.outlet_id = s.outlet_unit_id
       WHERE c.state = 'executed' AND ${days("x.business_date")} AND ${decidedWithin("c.decided_at")}
       GROUP BY 1, 3, 4, 5`,
    reversal_in: sql`
      SELECT x.business_date, 'reversal_in', c.to_unit_id, c.destination,
             COALESCE(r.accounting_unit_id, t.accounting_unit_id), count(*), sum(c.amount_fen)::bigint
        FROM reversal_cases c
        JOIN ledger_transactions x ON x.book_key = c.to_customer_no AND x.id = c.in_transaction_id
        ${creditUnit}
       WHERE c.state = 'executed' AND c.destination = 'customer'
         AND ${days("x.business_date")} AND ${decidedWithin("c.decided_at")}
       GROUP BY 1, 3, 4, 5`,
    refund: sql`
      SELECT x.business_date, 'refund', f.unit_id, '', '', count(*), sum(f.amount_fen)::bigint
        FROM refund_cases f
        JOIN ledger_transactions x ON x.book_key = f.customer_no AND x.id = f.ledger_transaction_id
       WHERE f.state = 'executed' AND ${days("x.business_date")} AND ${decidedWithin("f.decided_at")}
       GROUP BY x.business_date, f.unit_id`,
  };
  const chosen = ALL_ITEMS.filter((item) => items.includes(item)).map((item) => branches[item]);
  if (chosen.length === 0) throw new Error("liveFigures needs at least one item");
  return sql`(WITH ${OUTLET_UNIT}
    SELECT * FROM (${sql.join(chosen, sql` UNION ALL `)})
      AS f(business_date, item, unit_id, channel, other_unit_id, count, amount_fen))`;
}
