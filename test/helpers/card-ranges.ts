import type { Db } from "@powercard/db";

/** Every card of a range as (card_no, state, state_before_freeze, sale_id), in number order. */
export function cardRows(db: Db, firstCardNo: string, lastCardNo: string) {
  return db.query<{
    card_no: string;
    state: string;
    state_before_freeze: string | null;
    sale_id: string | null;
  }>(
    `SELECT card_no, state, state_before_freeze, sale_id FROM cards
      WHERE card_no BETWEEN $1 AND $2 ORDER BY card_no`,
    [firstCardNo, lastCardNo],
  );
}

/** Counts by state of a range, e.g. { sold: 1000 }. */
export async function statesOf(db: Db, firstCardNo: string, lastCardNo: string) {
  const rows = await db.query<{ state: string; n: number }>(
    `SELECT state, count(*)::int AS n FROM cards WHERE card_no BETWEEN $1 AND $2 GROUP BY state`,
    [firstCardNo, lastCardNo],
  );
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}

/** What a refused operation must leave untouched: the ledger, the sales and the audit trail. */
export async function booksSnapshot(db: Db) {
  const [row] = await db.query<{ entries: number; sales: number; audit: number }>(
    `SELECT (SELECT count(*) FROM ledger_entries)::int AS entries,
            (SELECT count(*) FROM card_sales)::int AS sales,
            (SELECT count(*) FROM audit_events WHERE action LIKE 'cards.%')::int AS audit`,
  );
  return row;
}
