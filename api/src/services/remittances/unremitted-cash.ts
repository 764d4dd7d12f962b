import { LEDGER_ACCOUNTS, type Orm, resultRows, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";

/**
 * Serializes the declarations of one outlet and returns what it may still declare: its
 * `outlet_card_cash` balance (sold minus confirmed remittances) minus the declarations still
 * awaiting confirmation. The row lock is FOR NO KEY UPDATE so card sales (whose foreign key
 * takes KEY SHARE on the outlet) are not blocked; only other declarations for this outlet wait.
 * Read after the lock, in a fresh statement, so a declaration that just committed is counted.
 */
export async function lockUnremittedCash(tx: Orm, outletUnitId: string): Promise<number> {
  await tx.execute(sql`SELECT id FROM org_units WHERE id = ${outletUnitId} FOR NO KEY UPDATE`);
  const [row] = resultRows<{ available: unknown }>(
    await tx.execute(sql`
      SELECT (SELECT COALESCE(SUM(amount_fen), 0) FROM ledger_entries
               WHERE account = ${LEDGER_ACCOUNTS.outletCardCash} AND owner = ${outletUnitId})
           - (SELECT COALESCE(SUM(amount_fen), 0) FROM remittances
               WHERE outlet_unit_id = ${outletUnitId} AND state = 'declared') AS available`),
  );
  return toFen(row?.available ?? 0);
}
