import { type Orm, resultRows, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { type BillInput, type BillResult, CONFLICT, rejected, sameContent } from "./bill-import-result.ts";

/**
 * The bills not inserted, judged against what is stored — read in a new statement, so a bill a
 * concurrent import just committed is seen. Not stored at all: the customer is unknown to us or
 * outside the importer's units.
 */
export async function classifyExisting(
  tx: Orm,
  args: {
    source: string;
    rows: (BillInput & { index: number })[];
    inserted: Map<string, string>;
    actor: UserPrincipal;
  },
): Promise<Map<string, BillResult>> {
  const rest = args.rows.filter((r) => !args.inserted.has(r.billId));
  if (rest.length === 0) return new Map();
  const stored = resultRows<{
    source_bill_id: string;
    id: string;
    customer_no: string;
    period: string;
    amount_fen: unknown;
    in_scope: boolean;
  }>(
    await tx.execute(sql`
      SELECT i.source_bill_id, b.id, b.customer_no, b.period, b.amount_fen,
             ${withinUnit(sql`u.path`, args.actor.unitPath)} AS in_scope
        FROM bill_imports i
        JOIN bills b ON b.customer_no = i.customer_no AND b.id = i.bill_id
        JOIN org_units u ON u.id = b.accounting_unit_id
       WHERE i.source = ${args.source}
         AND i.source_bill_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(rest.map((r) => r.billId))}::jsonb))`),
  );
  const byId = new Map(stored.map((s) => [s.source_bill_id, s]));
  const out = new Map<string, BillResult>();
  for (const row of rest) {
    const s = byId.get(row.billId);
    if (!s) continue;
    const storedBill = {
      billId: row.billId,
      customerNo: s.customer_no,
      period: s.period,
      amountFen: toFen(s.amount_fen),
    };
    // Another unit's bill tells nothing about itself: its customer is "not found" for this importer.
    if (!s.in_scope && s.customer_no === row.customerNo) continue;
    out.set(
      row.billId,
      s.in_scope && sameContent(row, storedBill)
        ? { index: row.index, billId: row.billId, outcome: "duplicate", id: s.id, customerNo: s.customer_no }
        : rejected(row.index, row.billId, "bill_conflict", CONFLICT),
    );
  }
  return out;
}
