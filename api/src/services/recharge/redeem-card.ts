import { businessDate, pinHmacsForAllKeys } from "@powercard/db";
import { isUniqueViolation, withDeadlockRetry } from "../../shared/db-errors.ts";
import { newId } from "../../shared/ids.ts";
import { metrics } from "../../shared/metrics.ts";
import { payAfterCredit } from "../bills/pay-after-credit.ts";
import { IDEMPOTENCY_RETENTION_MS, requestFingerprint } from "../idempotency/request-fingerprint.ts";
import { FAILURE_LIMITS, FAILURE_OUTCOMES, failureClassOf, secondsLeft, windowOf } from "../limits/limits.ts";
import type { ServiceContext } from "../service-context.ts";
import { REDEEM_CARD_SQL } from "./redeem-card.sql.ts";
import { replayStoredResponse, responseForOutcome, type StoredResponse } from "./stored-response.ts";

/** Wrong PINs a card survives; the next one locks it until staff unlock it. */
export const MAX_PIN_ATTEMPTS = 5;
export const RECHARGE_OPERATION = "recharge";
/** The outcomes the statement counts against the customer ($25). */
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
  const { db, pinKeys, now, caller, requestId } = ctx;
  const { keyIds, hmacsHex } = pinHmacsForAllKeys(pinKeys, input.pin);
  // The fingerprint holds the PIN only as its keyed HMAC, never in a form that can be brute-forced.
  const requestHash = requestFingerprint(RECHARGE_OPERATION, [
    ["cardNo", input.cardNo],
    ["pin", hmacsHex[keyIds.indexOf(pinKeys.currentKeyId)] ?? ""],
    ["customerNo", input.customerNo],
  ]);
  const failureClass = failureClassOf(caller.channel);
  const customerWindow = windowOf(now, FAILURE_LIMITS.customer.windowSeconds);
  const params = [
    input.cardNo,
    input.customerNo,
    keyIds,
    hmacsHex,
    newId.recharge(),
    newId.ledgerTransaction(),
    now,
    now.toISOString(),
    businessDate(now),
    caller.channel,
    caller.id,
    input.idempotencyKey,
    requestHash,
    requestId,
    MAX_PIN_ATTEMPTS,
    new Date(now.getTime() + IDEMPOTENCY_RETENTION_MS),
    caller.clerkId,
    caller.outletUnitId,
    newId.auditEvent(),
    ctx.actor.kind,
    newId.webhookEvent(),
    failureClass ?? "",
    FAILURE_LIMITS.customer.max,
    customerWindow.start,
    FAILURE_OUTCOME_LIST,
  ];

  try {
    const [row] = await withDeadlockRetry(() =>
      db.query<{ outcome: string; response_body: string | null; open_bills: boolean }>(
        REDEEM_CARD_SQL,
        params,
      ),
    );
    if (!row) throw new Error("recharge statement returned no row");
    if (row.outcome === "rate_limited") {
      const limited = {
        limited: true as const,
        limit: "customer" as const,
        retryAfterSeconds: secondsLeft(customerWindow, now),
      };
      return { ...responseForOutcome(row.outcome, null, requestId, false), limited };
    }
    metrics.rechargeOutcome(caller.channel, row.outcome);
    if (row.outcome === "succeeded" && row.open_bills)
      await payAfterCredit(db, {
        customerNo: input.customerNo,
        now,
        actor: { type: ctx.actor.kind === "user" ? "user" : "client", id: caller.id },
        requestId,
        trigger: "recharge",
      });
    return responseForOutcome(row.outcome, row.response_body, requestId, false);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The key was taken first (by a retry or a concurrent duplicate): everything above rolled back.
    return replayStoredResponse(db, caller.id, input.idempotencyKey, RECHARGE_OPERATION, requestHash);
  }
}
