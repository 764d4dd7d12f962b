import { assertBalancedSymbolically, type Leg, type Movement, SYSTEM, signOf } from "@powercard/db/ledger";

/** Where a one-statement path takes the rest of a transaction from: SQL expressions over `from`. */
export interface MovementSqlSpec {
  /** The rows posted: one transaction per row (none when the CTE is empty, e.g. nothing credited). */
  from: string;
  transactionId: string;
  businessDate: string;
  reference: string;
  createdAt: string;
}

/**
 * The `posted` and `legs` CTEs that post a movement inside a larger statement, so a one-statement
 * path (recharge, top-up, bill import, bill payment) keeps its one round trip and still takes
 * its accounting from movements.ts. Built once, when the statement is built; the balance is
 * checked then, on the expressions (assertBalancedSymbolically), and again by the trigger.
 */
export function movementCtes(movement: Movement<string, string>, spec: MovementSqlSpec): string {
  assertBalancedSymbolically(movement);
  const { from, transactionId, businessDate, reference, createdAt } = spec;
  const book = movement.book;
  const entries = movement.legs.map(
    (leg, i) =>
      `SELECT ${book}, ${transactionId}, ${i + 1}, ${literal(leg.account)}, ${ownerSql(leg)}, ${amountSql(leg)}, ${createdAt} FROM ${from}`,
  );
  return `posted AS (
  INSERT INTO ledger_transactions (book_key, id, kind, business_date, reference, created_at)
  SELECT ${book}, ${transactionId}, ${literal(movement.kind)}, ${businessDate}, ${reference}, ${createdAt} FROM ${from}
),
legs AS (
  INSERT INTO ledger_entries (book_key, transaction_id, leg, account, owner, amount_fen, created_at)
  ${entries.join("\n  UNION ALL\n  ")}
)`;
}

const ownerSql = (leg: Leg<string, string>) => (leg.owner === SYSTEM ? "''" : leg.owner);
const amountSql = (leg: Leg<string, string>) => (signOf(leg) === 1 ? leg.amount : `-(${leg.amount})`);

/** Account codes and kinds are constants of the code, never input: still, only [a-z_] is quoted. */
function literal(code: string): string {
  if (!/^[a-z_]+$/.test(code)) throw new Error(`not a ledger code: ${code}`);
  return `'${code}'`;
}
