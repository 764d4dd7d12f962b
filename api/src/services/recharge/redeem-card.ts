import { businessDate, pinHmacsForAllKeys } from "@powercard/db";
import { newId } from "../../shared/ids.ts";
import { metrics } from "../../shared/metrics.ts";
import { MAX_PIN_ATTEMPTS } from "../cards/wrong-pin.sql.ts";
import { requestFingerprint } from "../idempotency/request-fingerprint.ts";
import { responseForOutcome, type StoredResponse } from "../idempotency/stored-response.ts";
import { FAILURE_LIMITS, FAILURE_OUTCOMES, failureClassOf, secondsLeft, windowOf } from "../limits/limits.ts";
import type { ServiceContext } from "../service-context.ts";
import { REDEEM_CARD_PARAMS, REDEEM_CARD_SQL } from "./redeem-card.sql.ts";
import { creditTailValues, runCreditStatement } from "./run-credit-statement.ts";

export const RECHARGE_OPERATION = "recharge" as const;
/** The outcomes the statement counts against the customer. */
const FAILURE_OUTCOME_LIST = [...FAILURE_OUTCOMES];

export interface RedeemCardInput {
  cardNo: string;
  pin: string;
  customerNo: string;
  idempotencyKey: string;
}

/**
 * Redeems a sold card into a customer's prepaid account: card used once, account credited,
 * one balanced ledger transaction, first result stored under the Idempotency-Key — all in one
 * statement. A retry with the same key gets the first response back, byte for byte. If the
 * customer has open bills, they are paid from the new balance right after the commit.
 * The statement also holds the customer's failure limit for the caller's channel class: beyond
 * it the answer is `limited` (429) and nothing was evaluated or stored.
 */
export async function redeemCard({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RedeemCardInput;
}): Promise<StoredResponse> {
  const { pinKeys, now, caller, requestId } = ctx;
  const { keyIds, hmacsHex } = pinHmacsForAllKeys(pinKeys, input.pin);
  // The fingerprint holds the PIN only as its keyed HMAC, never in a form that can be brute-forced.
  const requestHash = requestFingerprint(RECHARGE_OPERATION, [
    ["cardNo", input.cardNo],
    ["pin", hmacsHex[keyIds.indexOf(pinKeys.currentKeyId)] ?? ""],
    ["customerNo", input.customerNo],
  ]);
  const customerWindow = windowOf(now, FAILURE_LIMITS.customer.windowSeconds);
  const values = REDEEM_CARD_PARAMS.values({
    ...creditTailValues(ctx, {
      customerNo: input.customerNo,
      idempotencyKey: input.idempotencyKey,
      requestHash,
    }),
    cardNo: input.cardNo,
    pinKeyIds: keyIds,
    pinHmacsHex: hmacsHex,
    rechargeId: newId.recharge(),
    transactionId: newId.ledgerTransaction(),
    nowIso: now.toISOString(),
    businessDate: businessDate(now),
    channel: caller.channel,
    maxPinAttempts: MAX_PIN_ATTEMPTS,
    clerkId: caller.clerkId,
    outletUnitId: caller.outletUnitId,
    actorKind: ctx.actor.kind,
    failureClass: failureClassOf(caller.channel) ?? "",
    customerFailureLimit: FAILURE_LIMITS.customer.max,
    failureWindowStart: customerWindow.start,
    failureOutcomes: FAILURE_OUTCOME_LIST,
  });
  const statement = {
    operation: RECHARGE_OPERATION,
    text: REDEEM_CARD_SQL,
    values,
    customerNo: input.customerNo,
    idempotencyKey: input.idempotencyKey,
    requestHash,
  };
  return runCreditStatement(ctx, statement, (row) => {
    if (row.outcome === "rate_limited") {
      const limited = {
        limited: true as const,
        limit: "customer" as const,
        retryAfterSeconds: secondsLeft(customerWindow, now),
      };
      return { ...responseForOutcome(row.outcome, null, requestId, false), limited };
    }
    metrics.rechargeOutcome(caller.channel, row.outcome);
    return responseForOutcome(row.outcome, row.response_body, requestId, false);
  });
}
