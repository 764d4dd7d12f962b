import { businessDate } from "@powercard/db";
import { isUniqueViolation, withDeadlockRetry } from "../../shared/db-errors.ts";
import { newId } from "../../shared/ids.ts";
import { payAfterCredit } from "../bills/pay-after-credit.ts";
import { IDEMPOTENCY_RETENTION_MS, requestFingerprint } from "../idempotency/request-fingerprint.ts";
import {
  replayStoredResponse,
  responseForOutcome,
  type StoredResponse,
} from "../recharge/stored-response.ts";
import type { ServiceContext } from "../service-context.ts";
import { CREATE_TOPUP_SQL } from "./create-topup.sql.ts";

export const TOPUP_OPERATION = "topup";

/** The most one top-up may credit: 500,000 yuan. */
export const MAX_TOPUP_FEN = 50_000_000;

export interface CreateTopupInput {
  customerNo: string;
  amountFen: number;
  partnerReference: string;
  idempotencyKey: string;
}

/**
 * Credits a customer's prepaid account with money a partner took itself: account credited, one
 * balanced ledger transaction (the partner's receivable against the prepaid account), the top-up,
 * its webhook event and audit record, and the first result under the Idempotency-Key — all in one
 * statement. A retry with the same key gets the first response back, byte for byte; a
 * partnerReference already used with another key books nothing and answers 409
 * partner_reference_reused naming the first top-up. If the
 * customer has open bills, they are paid from the new balance right after the commit.
 */
export async function createTopup({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateTopupInput;
}): Promise<StoredResponse> {
  const { db, now, caller, requestId } = ctx;
  const requestHash = requestFingerprint(TOPUP_OPERATION, [
    ["customerNo", input.customerNo],
    ["amountFen", String(input.amountFen)],
    ["partnerReference", input.partnerReference],
  ]);
  const params = [
    input.customerNo,
    newId.topup(),
    newId.ledgerTransaction(),
    now,
    now.toISOString(),
    businessDate(now),
    caller.id,
    input.amountFen,
    input.partnerReference,
    input.idempotencyKey,
    requestHash,
    requestId,
    new Date(now.getTime() + IDEMPOTENCY_RETENTION_MS),
    newId.auditEvent(),
    newId.webhookEvent(),
  ];

  try {
    const [row] = await withDeadlockRetry(() =>
      db.query<{
        outcome: string;
        response_body: string | null;
        resource_id: string | null;
        open_bills: boolean;
      }>(CREATE_TOPUP_SQL, params),
    );
    if (!row) throw new Error("top-up statement returned no row");
    if (row.outcome === "succeeded" && row.open_bills)
      await payAfterCredit(db, {
        customerNo: input.customerNo,
        now,
        actor: { type: "client", id: caller.id },
        requestId,
        trigger: "topup",
      });
    return responseForOutcome(row.outcome, row.response_body, requestId, false, 201, row.resource_id);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The key was taken first (by a retry or a concurrent duplicate): everything above rolled back.
    return replayStoredResponse(db, caller.id, input.idempotencyKey, TOPUP_OPERATION, requestHash);
  }
}
