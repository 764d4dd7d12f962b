import { accounts, customers, orgUnits, type PayoutMethod, refundCases } from "@powercard/db";
import { and, eq, ne } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { isUniqueViolation } from "../../shared/db-errors.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { maskName } from "../../shared/mask.ts";
import { onCustomerLine } from "../accounts/customer-access.ts";
import { requestApproval } from "../approvals/request-approval.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { idempotentTransaction } from "../idempotency/idempotent-transaction.ts";
import { requestFingerprint } from "../idempotency/request-fingerprint.ts";
import type { StoredResponse } from "../idempotency/stored-response.ts";
import type { ServiceContext } from "../service-context.ts";
import { REFUND_CHECKER_ROLE } from "./correction-roles.ts";
import { maskBankAccount, type RefundCaseRow, toRefundCaseView } from "./refund-case-view.ts";

export const OPEN_REFUND_OPERATION = "refund_case_open";

export interface OpenRefundInput {
  customerNo: string;
  payoutMethod: PayoutMethod;
  /** The payee's bank account in full; only its masked form is stored. Required for a transfer. */
  bankAccount?: string;
  payoutReference: string;
  reason: string;
  idempotencyKey: string;
}

/**
 * Counter staff open a refund case (销户退费) for a closed account's balance: the payout method
 * (a bank transfer, the account masked, or cash at the counter) and its reference. A fund
 * administrator approves it (execute-refund.ts); until then nothing moves.
 */
export async function openRefundCase({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: OpenRefundInput;
}): Promise<StoredResponse> {
  const { actor, now } = ctx;
  const bankAccountMasked =
    input.payoutMethod === "bank_transfer" && input.bankAccount ? maskBankAccount(input.bankAccount) : null;
  const request = {
    clientId: actor.id,
    key: input.idempotencyKey,
    operation: OPEN_REFUND_OPERATION,
    requestHash: requestFingerprint(OPEN_REFUND_OPERATION, [
      ["customerNo", input.customerNo],
      ["payoutMethod", input.payoutMethod],
      ["bankAccount", input.bankAccount ?? ""],
      ["payoutReference", input.payoutReference],
      ["reason", input.reason],
    ]),
  };
  return idempotentTransaction(ctx, request, async (tx) => {
    const [customer] = await tx
      .select({
        name: customers.name,
        status: customers.status,
        unitId: orgUnits.id,
        unitPath: orgUnits.path,
        balanceFen: accounts.balanceFen,
      })
      .from(customers)
      .innerJoin(orgUnits, eq(orgUnits.id, customers.accountingUnitId))
      .innerJoin(accounts, eq(accounts.customerNo, customers.customerNo))
      .where(eq(customers.customerNo, input.customerNo));
    if (!customer || !onCustomerLine(actor, customer.unitPath)) throw new DomainError("customer_not_found");
    if (customer.status !== "closed") throw new DomainError("refund_account_not_closed");
    // Already refunded (or awaiting a decision) is the reason that matters, before the balance.
    const [existing] = await tx
      .select({ id: refundCases.id })
      .from(refundCases)
      .where(and(eq(refundCases.customerNo, input.customerNo), ne(refundCases.state, "rejected")));
    if (existing)
      throw new DomainError("refund_case_exists", { detail: `Case ${existing.id} names this account.` });
    if (customer.balanceFen <= 0) throw new DomainError("refund_nothing_to_refund");
    const id = newId.refundCase();
    const approvalId = newId.approval();
    await requestApproval(
      { tx, requestId: ctx.requestId, now, actor },
      {
        id: approvalId,
        kind: "account_refund",
        objectType: "refund_case",
        objectId: id,
        unitId: customer.unitId,
        summary: `销户退费 Refund ${customer.balanceFen} fen of closed account ${input.customerNo} by ${input.payoutMethod} (${input.payoutReference}): ${input.reason}`,
        checkerRole: REFUND_CHECKER_ROLE,
        payload: { customerNo: input.customerNo, amountFen: customer.balanceFen },
      },
    );
    const values = {
      id,
      customerNo: input.customerNo,
      amountFen: customer.balanceFen,
      payoutMethod: input.payoutMethod,
      bankAccountMasked,
      payoutReference: input.payoutReference,
      reason: input.reason,
      unitId: customer.unitId,
      approvalId,
      state: "pending" as const,
      openedBy: actor.id,
      createdAt: now,
    };
    let row: RefundCaseRow | undefined;
    try {
      [row] = await tx.transaction((sp) => sp.insert(refundCases).values(values).returning());
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("refund_case_exists");
      throw error;
    }
    if (!row) throw new Error("refund case insert returned no row");
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      {
        action: "refund_case.opened",
        objectType: "refund_case",
        objectId: id,
        unitId: customer.unitId,
        after: {
          customerNo: input.customerNo,
          amountFen: customer.balanceFen,
          payoutMethod: input.payoutMethod,
        },
      },
    );
    const view = toRefundCaseView(row, maskName(customer.name));
    return { status: 201, body: JSON.stringify(view), resourceId: id };
  });
}
