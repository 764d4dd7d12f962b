import { businessDate, customers, orgUnits, refundCases } from "@powercard/db";
import { and, eq, isNull } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { maskName } from "../../shared/mask.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { idempotentTransaction } from "../idempotency/idempotent-transaction.ts";
import { requestFingerprint } from "../idempotency/request-fingerprint.ts";
import type { StoredResponse } from "../idempotency/stored-response.ts";
import { postMovements, refundPaidOut } from "../ledger/index.ts";
import type { ServiceContext } from "../service-context.ts";
import { onCaseLine } from "./case-scope.ts";
import { toRefundCaseView } from "./refund-case-view.ts";

export const RECORD_REFUND_PAYOUT_OPERATION = "refund_payout_record";

export interface RecordRefundPayoutInput {
  id: string;
  /** The bank's reference of the transfer made, or the number of the cash voucher the payee signed. */
  voucher: string;
  idempotencyKey: string;
}

/**
 * A fund administrator records that an executed refund's money has left (退费支付): the bank
 * transfer's reference or the signed cash voucher. One balanced transaction in the customer's
 * book moves the amount from `refunds_payable` to `settlement_unified` (refundPaidOut), and the
 * case keeps who, when and the voucher. Once: a compare-and-set on `paid_out_at IS NULL`, and
 * the Idempotency-Key replays a retry. The clerk who opened the case may not record its payout
 * (also a CHECK), so the one who asked for the money never confirms that it went.
 */
export async function recordRefundPayout({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: RecordRefundPayoutInput;
}): Promise<StoredResponse> {
  const { actor, now } = ctx;
  const request = {
    clientId: actor.id,
    key: input.idempotencyKey,
    operation: RECORD_REFUND_PAYOUT_OPERATION,
    requestHash: requestFingerprint(RECORD_REFUND_PAYOUT_OPERATION, [
      ["id", input.id],
      ["voucher", input.voucher],
    ]),
  };
  return idempotentTransaction(ctx, request, async (tx) => {
    const [found] = await tx
      .select({ c: refundCases, name: customers.name })
      .from(refundCases)
      .innerJoin(orgUnits, eq(orgUnits.id, refundCases.unitId))
      .innerJoin(customers, eq(customers.customerNo, refundCases.customerNo))
      .where(and(eq(refundCases.id, input.id), onCaseLine(orgUnits.path, actor)));
    if (!found) throw new DomainError("refund_case_not_found");
    const { c } = found;
    if (c.state !== "executed") throw new DomainError("refund_not_executed");
    if (c.paidOutAt) throw new DomainError("refund_already_paid_out");
    if (c.openedBy === actor.id) throw new DomainError("refund_payout_by_maker");

    const payoutTransactionId = newId.ledgerTransaction();
    const [row] = await tx
      .update(refundCases)
      .set({ payoutVoucher: input.voucher, paidOutBy: actor.id, paidOutAt: now, payoutTransactionId })
      .where(
        and(
          eq(refundCases.customerNo, c.customerNo),
          eq(refundCases.id, c.id),
          eq(refundCases.state, "executed"),
          isNull(refundCases.paidOutAt),
        ),
      )
      .returning();
    // A concurrent payout of the same case (another key) got there first.
    if (!row) throw new DomainError("refund_already_paid_out");
    await postMovements(tx, [
      {
        movement: refundPaidOut({ customerNo: c.customerNo, amountFen: c.amountFen }),
        transactionId: payoutTransactionId,
        businessDate: businessDate(now),
        reference: c.id,
        createdAt: now,
      },
    ]);
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      {
        action: "refund_case.paid_out",
        objectType: "refund_case",
        objectId: c.id,
        unitId: c.unitId,
        before: { paidOut: false },
        after: { paidOut: true, amountFen: c.amountFen, voucher: input.voucher, payoutTransactionId },
      },
    );
    const view = toRefundCaseView(row, maskName(found.name));
    return { status: 200, body: JSON.stringify(view), resourceId: c.id };
  });
}
