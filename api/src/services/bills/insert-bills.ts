import { businessDate, type Orm, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { billIssued, movementCtes } from "../ledger/index.ts";
import { withinUnit } from "../units/unit-scope.ts";
import type { BillInput } from "./bill-import-result.ts";

/** Each inserted bill's recognition (`billIssued`), in the customer's book, the bill's id as its id. */
const POST_BILLS_ISSUED = sql.raw(
  movementCtes(
    billIssued({
      customerNo: "ins.customer_no",
      accountingUnitId: "ins.accounting_unit_id",
      amountFen: "ins.amount_fen",
    }),
    {
      from: "ins CROSS JOIN stamp",
      transactionId: "ins.id",
      businessDate: "stamp.business_date",
      reference: "ins.id",
      createdAt: "stamp.at",
    },
  ),
);

/**
 * One statement: the bills of customers in the importer's accounting units are inserted (a bill
 * id already in bill_imports is skipped by its primary key, also against a concurrent import),
 * each with its recognition transaction. Returns bill id at the source → our id, for the inserted ones.
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
      claimed AS (
        INSERT INTO bill_imports (source, source_bill_id, customer_no, bill_id, created_at)
        SELECT ${source}::text, bill_id, customer_no, id, ${at}::timestamptz
          FROM eligible
         -- One insertion order for every import, so two batches sharing bill ids wait, never deadlock.
         ORDER BY bill_id
        ON CONFLICT (source, source_bill_id) DO NOTHING
        RETURNING bill_id
      ),
      ins AS (
        INSERT INTO bills (customer_no, id, source, source_bill_id, period, amount_fen, paid_fen, state,
                           accounting_unit_id, imported_by, created_at, updated_at)
        SELECT e.customer_no, e.id, ${source}::text, e.bill_id, e.period, e.amount_fen, 0, 'open', e.accounting_unit_id,
               ${actor.id}::text, ${at}::timestamptz, ${at}::timestamptz
          FROM eligible e JOIN claimed c ON c.bill_id = e.id
        RETURNING customer_no, id, source_bill_id, amount_fen, accounting_unit_id
      ),
      stamp AS (SELECT ${businessDate(now)}::date AS business_date, ${at}::timestamptz AS at),
      ${POST_BILLS_ISSUED}
      SELECT source_bill_id, id FROM ins`),
  );
  return new Map(inserted.map((r) => [r.source_bill_id, r.id]));
}
