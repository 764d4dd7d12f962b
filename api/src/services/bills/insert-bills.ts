import { businessDate, LEDGER_ACCOUNTS, type Orm, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { withinUnit } from "../units/unit-scope.ts";
import type { BillInput } from "./bill-import-result.ts";

/**
 * One statement: the bills of customers in the importer's accounting units are inserted (a bill
 * id already there is skipped by the unique index, also against a concurrent import), each with
 * its recognition transaction. Returns bill id at the source → our id, for the inserted ones.
 */
export async function insertBills(
  tx: Orm,
  args: {
    source: string;
    rows: (BillInput & { index: number; id: string })[];
    actor: UserPrincipal;
    now: Date;
  },
): Promise<Map<string, string>> {
  const { source, actor, now } = args;
  const json = JSON.stringify(
    args.rows.map((r) => ({
      id: r.id,
      bill_id: r.billId,
      customer_no: r.customerNo,
      period: r.period,
      amount_fen: r.amountFen,
    })),
  );
  const at = now.toISOString();
  const inserted = resultRows<{ source_bill_id: string; id: string }>(
    await tx.execute(sql`
      WITH
      input AS (
        SELECT * FROM jsonb_to_recordset(${json}::jsonb)
            AS i(id text, bill_id text, customer_no text, period text, amount_fen bigint)
      ),
      eligible AS (
        SELECT i.*, c.accounting_unit_id
          FROM input i
          JOIN customers c ON c.customer_no = i.customer_no
          JOIN org_units u ON u.id = c.accounting_unit_id
         WHERE ${withinUnit(sql`u.path`, actor.unitPath)}
      ),
      ins AS (
        INSERT INTO bills (customer_no, id, source, source_bill_id, period, amount_fen, paid_fen, state,
                           accounting_unit_id, imported_by, created_at, updated_at)
        SELECT customer_no, id, ${source}::text, bill_id, period, amount_fen, 0, 'open', accounting_unit_id, ${actor.id}::text,
               ${at}::timestamptz, ${at}::timestamptz
          FROM eligible
         -- One insertion order for every import, so two batches sharing bill ids wait, never deadlock.
         ORDER BY bill_id
        ON CONFLICT (source, source_bill_id) DO NOTHING
        RETURNING customer_no, id, source_bill_id, amount_fen, accounting_unit_id
      ),
      posted AS (
        INSERT INTO ledger_transactions (book_key, id, kind, business_date, reference, created_at)
        SELECT customer_no, id, 'bill', ${businessDate(now)}::date, id, ${at}::timestamptz FROM ins
      ),
      legs AS (
        INSERT INTO ledger_entries (book_key, transaction_id, leg, account, owner, amount_fen, created_at)
        SELECT customer_no, id, 1, ${LEDGER_ACCOUNTS.electricityReceivable}::text, customer_no, amount_fen, ${at}::timestamptz FROM ins
        UNION ALL
        SELECT customer_no, id, 2, ${LEDGER_ACCOUNTS.unitElectricityRevenue}::text, accounting_unit_id, -amount_fen, ${at}::timestamptz FROM ins
      )
      SELECT source_bill_id, id FROM ins`),
  );
  return new Map(inserted.map((r) => [r.source_bill_id, r.id]));
}
