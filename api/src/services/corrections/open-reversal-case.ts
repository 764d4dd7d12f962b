import { accounts, customers, type Orm, type ReversalDestination, reversalCases } from "@powercard/db";
import { and, eq, ne } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { isUniqueViolation } from "../../shared/db-errors.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { requestApproval } from "../approvals/request-approval.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { idempotentTransaction } from "../idempotency/idempotent-transaction.ts";
import { requestFingerprint } from "../idempotency/request-fingerprint.ts";
import type { StoredResponse } from "../idempotency/stored-response.ts";
import type { ServiceContext } from "../service-context.ts";
import { REVERSAL_CHECKER_ROLE } from "./correction-roles.ts";
import { findCredit } from "./find-credit.ts";
import { toReversalCaseViews } from "./reversal-case-view.ts";
import { assertWithinReversalWindow } from "./reversal-window.ts";

export const OPEN_REVERSAL_OPERATION = "reversal_case_open";

export interface OpenReversalInput {
  /** The credit's 流水号 (rch_… or tup_…) or the used card's number. */
  ref: string;
  destination: ReversalDestination;
  toCustomerNo?: string;
  reason: string;
  evidence: string;
  idempotencyKey: string;
}

/**
 * Counter staff open a reversal case for a credit that went to the wrong 户号, after checking
 * the evidence. Nothing moves yet: a fund administrator (another person) approves it through the
 * approvals inbox, and only then is it executed (execute-reversal.ts). Refused when the credit
 * is older than the window, already has a case (pending or executed — the partial unique index
 * decides between concurrent openings), its value is no longer in the balance, or the right
 * customer is unknown, the same, or closed.
 */
export async function openReversalCase({
  ctx,
  input,
  windowDays,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: OpenReversalInput;
  windowDays: number;
}): Promise<StoredResponse> {
  const { actor, now } = ctx;
  const toCustomerNo = input.destination === "customer" ? (input.toCustomerNo ?? null) : null;
  const request = {
    clientId: actor.id,
    key: input.idempotencyKey,
    operation: OPEN_REVERSAL_OPERATION,
    requestHash: requestFingerprint(OPEN_REVERSAL_OPERATION, [
      ["ref", input.ref],
      ["destination", input.destination],
      ["toCustomerNo", toCustomerNo ?? ""],
      ["reason", input.reason],
      ["evidence", input.evidence],
    ]),
  };
  return idempotentTransaction(ctx, request, async (tx) => {
    const credit = await findCredit({ orm: tx }, actor, input.ref);
    assertWithinReversalWindow(credit.createdAt, now, windowDays);
    await assertNoOtherCase(tx, credit.creditId);
    if (input.destination === "customer") await assertOpenTarget(tx, credit.customerNo, toCustomerNo);
    const [account] = await tx
      .select({ balanceFen: accounts.balanceFen })
      .from(accounts)
      .where(eq(accounts.customerNo, credit.customerNo));
    if (!account || account.balanceFen < credit.amountFen) throw new DomainError("reversal_value_spent");

    const id = newId.reversalCase();
    const approvalId = newId.approval();
    const destinationText = toCustomerNo ? `to ${toCustomerNo}` : "back to its source";
    await requestApproval(
      { tx, requestId: ctx.requestId, now, actor },
      {
        id: approvalId,
        kind: "credit_reversal",
        objectType: "reversal_case",
        objectId: id,
        unitId: credit.unitId,
        summary: `冲正 Reverse ${credit.source} ${credit.creditId} of ${credit.amountFen} fen from ${credit.customerNo} ${destinationText}: ${input.reason}`,
        checkerRole: REVERSAL_CHECKER_ROLE,
        payload: { creditId: credit.creditId, amountFen: credit.amountFen },
      },
    );
    const row = await insertCase(tx, {
      id,
      source: credit.source,
      creditId: credit.creditId,
      cardNo: credit.cardNo,
      creditClientId: credit.clientId,
      fromCustomerNo: credit.customerNo,
      destination: input.destination,
      toCustomerNo,
      amountFen: credit.amountFen,
      reason: input.reason,
      evidence: input.evidence,
      unitId: credit.unitId,
      approvalId,
      state: "pending",
      openedBy: actor.id,
      createdAt: now,
    });
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      {
        action: "reversal_case.opened",
        objectType: "reversal_case",
        objectId: id,
        unitId: credit.unitId,
        after: {
          creditId: credit.creditId,
          amountFen: credit.amountFen,
          destination: input.destination,
          toCustomerNo,
        },
      },
    );
    const [view] = await toReversalCaseViews(tx, [row]);
    return { status: 201, body: JSON.stringify(view), resourceId: id };
  });
}

/** The right customer exists, is not the wrongly credited one, and is not closed. */
async function assertOpenTarget(tx: Orm, fromCustomerNo: string, toCustomerNo: string | null) {
  if (!toCustomerNo || toCustomerNo === fromCustomerNo) throw new DomainError("reversal_target_invalid");
  const [target] = await tx
    .select({ status: customers.status })
    .from(customers)
    .innerJoin(accounts, eq(accounts.customerNo, customers.customerNo))
    .where(eq(customers.customerNo, toCustomerNo));
  if (target?.status !== "normal") throw new DomainError("reversal_target_invalid");
}

/** Already reversed, or awaiting a decision: told first, as it is the reason that matters. */
async function assertNoOtherCase(tx: Orm, creditId: string) {
  const [existing] = await tx
    .select({ id: reversalCases.id })
    .from(reversalCases)
    .where(and(eq(reversalCases.creditId, creditId), ne(reversalCases.state, "rejected")));
  if (existing)
    throw new DomainError("reversal_case_exists", { detail: `Case ${existing.id} names this credit.` });
}

/** The case row; a case of the same credit opened concurrently meets the partial unique index. */
async function insertCase(tx: Orm, values: typeof reversalCases.$inferInsert) {
  try {
    // A savepoint, so the violation of a concurrent opening can be told as a refusal.
    const [row] = await tx.transaction((sp) => sp.insert(reversalCases).values(values).returning());
    if (!row) throw new Error("reversal case insert returned no row");
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("reversal_case_exists");
    throw error;
  }
}
