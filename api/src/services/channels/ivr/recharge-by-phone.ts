import { createHash } from "node:crypto";
import { isValidCardNo, pinHmac } from "@powercard/db";
import type { ServiceContext } from "../../service-context.ts";
import { type FailureGuard, rechargeForChannel } from "../channel-recharge.ts";
import { isCustomerNo } from "./find-account.ts";
import type { IvrRechargeAnswerView } from "./ivr-answer-view.ts";
import { type IvrFailure, speakFailure, speakRecharged } from "./speak-texts.ts";

export interface IvrRechargeInput {
  customerNo: string;
  cardNo: string;
  pin: string;
  callId: string;
  /** The Idempotency-Key header, when the IVR sends one; otherwise it is derived from the call. */
  idempotencyKey?: string;
}

/** The answer, and for the handler: whether it is a replay, and the internal code to log. */
export type IvrRechargeAnswer = (
  | (IvrRechargeAnswerView & { ok: true; amountFen: number; balanceFen: number })
  | (IvrRechargeAnswerView & { ok: false; code: IvrFailure; logCode?: string })
) & { replayed: boolean };

/**
 * One call may recharge several cards and retry a mistyped PIN, so the derived key is the call
 * plus everything keyed in: a resent request is the same key, a new attempt a new one. The PIN
 * enters only as its keyed HMAC, so the stored key cannot be brute-forced back to a PIN.
 */
function derivedKey(ctx: ServiceContext, input: IvrRechargeInput): string {
  const pin = pinHmac(ctx.pinKeys, input.pin).toString("hex");
  const parts = [input.callId, input.customerNo, input.cardNo, pin].join("\u0000");
  return `ivr-call-${createHash("sha256").update(parts).digest("hex")}`;
}

const failed = (code: IvrFailure): IvrRechargeAnswer => ({
  ok: false,
  code,
  speak: speakFailure(code),
  replayed: false,
});

/** A recharge keyed in on the phone: the same redeemCard every channel uses, answered in words. */
export async function ivrRecharge({
  ctx,
  input,
  guard,
}: {
  ctx: ServiceContext;
  input: IvrRechargeInput;
  guard?: FailureGuard;
}): Promise<IvrRechargeAnswer> {
  if (!isCustomerNo(input.customerNo)) return failed("customer_no_invalid");
  if (!/^[0-9]{16}$/.test(input.cardNo) || !isValidCardNo(input.cardNo)) return failed("card_no_invalid");
  if (!/^[0-9]{16}$/.test(input.pin)) return failed("pin_invalid");

  const result = await rechargeForChannel({
    ctx,
    input: {
      customerNo: input.customerNo,
      cardNo: input.cardNo,
      pin: input.pin,
      idempotencyKey: input.idempotencyKey ?? derivedKey(ctx, input),
    },
    guard,
  });
  if (!result.ok)
    return {
      ok: false,
      code: result.code,
      speak: speakFailure(result.code, result.wait),
      logCode: result.logCode,
      replayed: result.replayed,
    };
  const { amountFen, balanceFen } = result.recharge;
  return {
    ok: true,
    amountFen,
    balanceFen,
    speak: speakRecharged(amountFen, balanceFen),
    replayed: result.replayed,
  };
}
