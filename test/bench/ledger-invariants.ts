import type postgres from "postgres";

export interface InvariantResult {
  name: string;
  ok: boolean;
  detail: string;
}

/**
 * What must hold after any amount of concurrent recharging, checked with SQL over the whole
 * database: money neither created nor lost, and no card spent twice.
 */
export async function checkInvariants(sql: postgres.Sql): Promise<InvariantResult[]> {
  const [unbalanced] = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n
      FROM ledger_transactions t
      LEFT JOIN (SELECT book_key, transaction_id, sum(amount_fen) AS total
                   FROM ledger_entries GROUP BY book_key, transaction_id) e
             ON e.book_key = t.book_key AND e.transaction_id = t.id
     WHERE e.total IS DISTINCT FROM 0`;
  const [doubleUsed] = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT card_no FROM recharges GROUP BY card_no HAVING count(*) > 1) d`;
  const [counts] = await sql<{ used: number; recharges: number }[]>`
    SELECT (SELECT count(*)::int FROM cards WHERE state = 'used') AS used,
           (SELECT count(*)::int FROM recharges) AS recharges`;
  const [balanceDrift] = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n
      FROM accounts a
      LEFT JOIN (SELECT owner, sum(amount_fen) AS total
                   FROM ledger_entries WHERE account = 'customer_prepaid' GROUP BY owner) e
             ON e.owner = a.customer_no
     WHERE a.balance_fen <> -COALESCE(e.total, 0)`;

  const used = counts?.used ?? -1;
  const rechargeCount = counts?.recharges ?? -2;
  return [
    { name: "ledger transactions not summing to zero", ok: unbalanced?.n === 0, detail: `${unbalanced?.n}` },
    { name: "cards recharged more than once", ok: doubleUsed?.n === 0, detail: `${doubleUsed?.n}` },
    {
      name: "cards in state used = recharges",
      ok: used === rechargeCount,
      detail: `${used} used, ${rechargeCount} recharges`,
    },
    {
      name: "accounts whose balance ≠ −Σ customer_prepaid",
      ok: balanceDrift?.n === 0,
      detail: `${balanceDrift?.n}`,
    },
  ];
}
