import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { idempotentTransaction } from "../idempotency/idempotent-transaction.ts";
import { requestFingerprint } from "../idempotency/request-fingerprint.ts";
import type { StoredResponse } from "../idempotency/stored-response.ts";
import type { ServiceContext } from "../service-context.ts";
import {
  againstFirst,
  type BillInput,
  type BillResult,
  NO_CUSTOMER,
  rejected,
} from "./bill-import-result.ts";
import type { ImportBillsResultView } from "./bill-import-view.ts";
import { classifyExisting } from "./classify-existing-bills.ts";
import { insertBills } from "./insert-bills.ts";
import { type BillsPaid, payOpenBills } from "./pay-open-bills.ts";

export const IMPORT_BILLS_OPERATION = "bills_import";

/**
 * Imports a batch of bills from one billing system, idempotently by the system's bill id: a bill
 * seen before with the same content is a duplicate (no-op), with other content a per-bill
 * `bill_conflict`. In one transaction: the new bills, one ledger transaction per bill in the
 * customer's book recognising it (debit `electricity_receivable`, owner the customer; credit
 * `unit_electricity_revenue`, owner the customer's accounting unit), then the new bills'
 * customers pay what they can from their prepaid balances (payOpenBills), and one audit event.
 */
export async function importBills({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { source: string; bills: BillInput[]; idempotencyKey: string };
}): Promise<StoredResponse> {
  const { actor, now } = ctx;
  const request = {
    clientId: actor.id,
    key: input.idempotencyKey,
    operation: IMPORT_BILLS_OPERATION,
    requestHash: requestFingerprint(IMPORT_BILLS_OPERATION, [
      ["source", input.source],
      ["bills", JSON.stringify(input.bills.map((b) => [b.billId, b.customerNo, b.period, b.amountFen]))],
    ]),
  };

  return idempotentTransaction(ctx, request, async (tx) => {
    // Within the batch, the first line of a bill id counts; repeats are judged against it.
    const first = new Map<string, BillInput & { index: number }>();
    const repeats: (BillInput & { index: number })[] = [];
    for (const [index, bill] of input.bills.entries()) {
      if (first.has(bill.billId)) repeats.push({ ...bill, index });
      else first.set(bill.billId, { ...bill, index });
    }
    const rows = [...first.values()].map((b) => ({ ...b, id: newId.bill() }));
    const inserted = await insertBills(tx, { source: input.source, rows, actor, now });
    const settled = await classifyExisting(tx, { source: input.source, rows, inserted, actor });
    const byBillId = new Map<string, BillResult>();
    for (const row of rows) {
      const done = inserted.get(row.billId);
      byBillId.set(
        row.billId,
        done
          ? {
              index: row.index,
              billId: row.billId,
              outcome: "imported",
              id: done,
              customerNo: row.customerNo,
            }
          : (settled.get(row.billId) ?? rejected(row.index, row.billId, "customer_not_found", NO_CUSTOMER)),
      );
    }
    const results = [...byBillId.values()];
    for (const repeat of repeats) results.push(againstFirst(repeat, first, byBillId));
    results.sort((a, b) => a.index - b.index);

    const newCustomers = rows.filter((r) => inserted.has(r.billId)).map((r) => r.customerNo);
    const actorRef = { type: "user" as const, id: actor.id };
    const payments: BillsPaid[] = await payOpenBills(
      { tx, requestId: ctx.requestId, now, actor: actorRef },
      newCustomers,
    );
    const summary = {
      source: input.source,
      imported: results.filter((r) => r.outcome === "imported").length,
      duplicates: results.filter((r) => r.outcome === "duplicate").length,
      rejected: results.filter((r) => r.outcome === "rejected").length,
      importedFen: rows.filter((r) => inserted.has(r.billId)).reduce((sum, r) => sum + r.amountFen, 0),
      paidFromBalanceFen: payments.reduce((sum, p) => sum + p.paidFen, 0),
    };
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: actorRef },
      {
        action: "bills.imported",
        objectType: "bill_batch",
        objectId: input.source,
        unitId: actor.unitId,
        after: summary,
      },
    );
    const body: ImportBillsResultView = { ...summary, results, payments };
    return { status: 200, body: JSON.stringify(body), resourceId: input.source };
  });
}
