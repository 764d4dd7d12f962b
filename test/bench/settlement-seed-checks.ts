import { LEDGER_ACCOUNTS as A, makeCardNo } from "@powercard/db";
import type postgres from "postgres";
import { addDays } from "./settlement-days.ts";
import { fmt, log, seconds } from "./settlement-log.ts";

/** The SQL check digits must be the app's: compare a few card numbers with makeCardNo. */
export async function checkCardNumbers(sql: postgres.Sql) {
  const rows = await sql<{ serial: number; card_no: string }[]>`
    SELECT serial, card_no FROM sb_card WHERE serial % 99991 = 0 OR kk = 0 LIMIT 200`;
  const wrong = rows.filter((r) => makeCardNo("33", Number(r.serial)) !== r.card_no);
  if (rows.length === 0 || wrong.length > 0)
    throw new Error(`card numbers differ from makeCardNo: ${JSON.stringify(wrong.slice(0, 3))}`);
}

/**
 * What the triggers and foreign keys skipped during the load would have refused: every ledger
 * transaction has at least two legs summing to zero and every entry a transaction; each balance
 * row is the negated sum of the customer's prepaid entries; the card float is the value of the
 * sold, unused cards.
 */
export async function verifySeed(sql: postgres.Sql): Promise<{ failures: string[]; entries: number }> {
  const t = performance.now();
  const failures: string[] = [];
  const [counts] = await sql<
    { entries: string; txns: string; recharges: string; topups: string; payments: string }[]
  >`
    SELECT (SELECT count(*) FROM ledger_entries) AS entries, (SELECT count(*) FROM ledger_transactions) AS txns,
           (SELECT count(*) FROM recharges) AS recharges, (SELECT count(*) FROM topups) AS topups,
           (SELECT count(*) FROM bill_payments) AS payments`;
  const entries = Number(counts?.entries);
  log(
    `ledger entries: ${fmt(entries)} in ${fmt(Number(counts?.txns))} transactions; recharges ${fmt(Number(counts?.recharges))}, top-ups ${fmt(Number(counts?.topups))}, bill payments ${fmt(Number(counts?.payments))}`,
  );
  if (entries < 10_000_000) failures.push(`only ${fmt(entries)} ledger entries (< 10,000,000)`);
  // Three independent scans, one per connection, each with room to hash in memory.
  const withMemory = <T>(text: string) =>
    sql.begin(async (tx) => {
      await tx`SET LOCAL work_mem = '1GB'`;
      const [row] = await tx.unsafe(text);
      return row as T;
    });
  const [ledger, balances, float] = await Promise.all([
    withMemory<{ unbalanced: string; orphans: string }>(`
      SELECT count(*) FILTER (WHERE t.id IS NOT NULL AND (e.legs IS NULL OR e.legs < 2 OR e.total <> 0)) AS unbalanced,
             count(*) FILTER (WHERE t.id IS NULL) AS orphans
        FROM ledger_transactions t
        FULL JOIN (SELECT book_key, transaction_id, count(*) AS legs, sum(amount_fen) AS total
                     FROM ledger_entries GROUP BY book_key, transaction_id) e
          ON e.book_key = t.book_key AND e.transaction_id = t.id`),
    withMemory<{ wrong: string }>(`
      SELECT count(*) AS wrong
        FROM accounts a
        FULL JOIN (SELECT owner, -sum(amount_fen) AS balance FROM ledger_entries
                    WHERE account = '${A.customerPrepaid}' GROUP BY owner) e ON e.owner = a.customer_no
       WHERE COALESCE(a.balance_fen, -1) <> COALESCE(e.balance, 0) OR a.balance_fen < 0`),
    withMemory<{ ledger: string; cards: string }>(`
      SELECT (SELECT -sum(amount_fen) FROM ledger_entries WHERE account = '${A.cardFloat}' AND owner = '') AS ledger,
             (SELECT sum(face_value_fen) FROM cards WHERE state = 'sold') AS cards`),
  ]);
  if (Number(ledger?.unbalanced) > 0)
    failures.push(`${ledger?.unbalanced} ledger transactions do not balance`);
  if (Number(ledger?.orphans) > 0)
    failures.push(`${ledger?.orphans} entry groups have no ledger transaction`);
  if (Number(balances?.wrong) > 0)
    failures.push(`${balances?.wrong} balances differ from their ledger entries`);
  if (float?.ledger !== float?.cards)
    failures.push(`card float ${float?.ledger} ≠ sold cards ${float?.cards}`);
  log(
    `seed verified in ${seconds(t)} s: ${failures.length === 0 ? "every transaction balances, balances and float match the ledger" : failures.join("; ")}`,
  );
  return { failures, entries };
}

/** Two random rolled-up days: daily_figures must equal the direct sums of the base tables. */
export async function checkRollup(sql: postgres.Sql, rolledThrough: string | null): Promise<string[]> {
  if (!rolledThrough) return ["nothing was rolled up"];
  const [first] = await sql<{ day: string }[]>`SELECT min(business_date)::text AS day FROM daily_figures`;
  const span = (Date.parse(rolledThrough) - Date.parse(first?.day ?? rolledThrough)) / 86_400_000;
  const days = [1 + Math.floor(Math.random() * span), 1 + Math.floor(Math.random() * span)].map((n) =>
    addDays(rolledThrough, -n + 1),
  );
  const failures: string[] = [];
  for (const day of days) {
    const rows = await sql<{ item: string; n: string; v: string; fn: string | null; fv: string | null }[]>`
      WITH f AS (
        SELECT item, sum(count) AS n, sum(amount_fen) AS v FROM daily_figures WHERE business_date = ${day}::date GROUP BY item
      ), d AS (
        SELECT 'recharge' AS item, count(*) AS n, COALESCE(sum(amount_fen), 0) AS v FROM recharges WHERE business_date = ${day}::date
        UNION ALL SELECT 'topup', count(*), COALESCE(sum(amount_fen), 0) FROM topups WHERE business_date = ${day}::date
        UNION ALL SELECT 'card_sale', COALESCE(sum(card_count), 0), COALESCE(sum(amount_fen), 0) FROM card_sales WHERE business_date = ${day}::date
        UNION ALL SELECT 'bill_payment', count(*), COALESCE(sum(amount_fen), 0) FROM bill_payments WHERE business_date = ${day}::date
        UNION ALL SELECT 'remittance', count(*), COALESCE(sum(amount_fen), 0) FROM remittances
                   WHERE state = 'confirmed' AND (decided_at AT TIME ZONE 'Asia/Shanghai')::date = ${day}::date
      )
      SELECT d.item, d.n::text, d.v::text, f.n::text AS fn, f.v::text AS fv FROM d LEFT JOIN f USING (item)`;
    const wrong = rows.filter((r) => r.n !== (r.fn ?? "0") || r.v !== (r.fv ?? "0"));
    log(
      `rollup check ${day}: ${rows.map((r) => `${r.item} ${r.fn ?? 0}/${r.n} (${r.fv ?? 0}/${r.v} fen)`).join(", ")} — ${wrong.length === 0 ? "OK" : "DIFFERENT"}`,
    );
    if (wrong.length > 0 || rows.some((r) => r.item === "recharge" && r.n === "0"))
      failures.push(
        `daily_figures of ${day} differ from the base tables: ${wrong.map((r) => r.item).join(", ")}`,
      );
  }
  return failures;
}
