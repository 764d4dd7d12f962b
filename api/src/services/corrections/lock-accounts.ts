import { type Orm, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";

/**
 * Locks customers' account rows in customer-number order, the order every multi-account writer
 * uses (pay-open-bills.ts), so a correction and a bill payment never deadlock; a recharge or a
 * top-up of the same customer waits on the same row lock. Returns the balances read under it.
 */
export async function lockAccounts(tx: Orm, customerNos: readonly string[]): Promise<Map<string, number>> {
  const ordered = [...new Set(customerNos)].sort();
  const rows = resultRows<{ customer_no: string; balance_fen: unknown }>(
    await tx.execute(sql`
      SELECT customer_no, balance_fen FROM accounts
       WHERE customer_no IN (${sql.join(
         ordered.map((n) => sql`${n}`),
         sql`, `,
       )})
       ORDER BY customer_no FOR UPDATE`),
  );
  return new Map(rows.map((r) => [r.customer_no, Number(r.balance_fen)]));
}
