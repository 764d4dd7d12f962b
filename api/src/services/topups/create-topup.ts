import { businessDate } from "@powercard/db";
import { newId } from "../../shared/ids.ts";
import { requestFingerprint } from "../idempotency/request-fingerprint.ts";
import { responseForOutcome, type StoredResponse } from "../idempotency/stored-response.ts";
import { creditTailValues, runCreditStatement } from "../recharge/run-credit-statement.ts";
import type { ServiceContext } from "../service-context.ts";
import { CREATE_TOPUP_PARAMS, CREATE_TOPUP_SQL } from "./create-topup.sql.ts";

export const TOPUP_OPERATION = "topup" as const;

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
  const { now, requestId } = ctx;
  const requestHash = requestFingerprint(TOPUP_OPERATION, [
    ["customerNo", input.customerNo],
    ["amountFen", String(input.amountFen)],
    ["partnerReference", input.partnerReference],
  ]);
  const values = CREATE_TOPUP_PARAMS.values({
    ...creditTailValues(ctx, {
      customerNo: input.customerNo,
      idempotencyKey: input.idempotencyKey,
      requestHash,
    }),
    topupId: newId.topup(),
    transactionId: newId.ledgerTransaction(),
    nowIso: now.toISOString(),
    businessDate: businessDate(now),
    amountFen: input.amountFen,
    partnerReference: input.partnerReference,
  });
  const statement = {
    operation: TOPUP_OPERATION,
    text: CREATE_TOPUP_SQL,
    values,
    customerNo: input.customerNo,
    idempotencyKey: input.idempotencyKey,
    requestHash,
  };
  return runCreditStatement(ctx, statement, (row) =>
    responseForOutcome(row.outcome, row.response_body, requestId, false, 201, row.resource_id),
  );
}
