import type { ServiceContext } from "../../app-env.ts";
import { DomainError, type InternalCode, publicCode } from "../../lib/errors.ts";
import type { RechargeView } from "../recharge/recharge-view.ts";
import { type RedeemCardInput, redeemCard } from "../recharge/redeem-card.ts";

/** Every way a recharge can fail that a customer on the phone or by SMS is told about. */
export const RECHARGE_FAILURES = [
  "pin_incorrect",
  "card_already_used",
  "card_not_sold",
  "card_frozen",
  "card_locked",
  "customer_not_found",
  "idempotency_key_reused",
  "idempotency_in_progress",
  "rate_limited",
] as const;
export type RechargeFailure = (typeof RECHARGE_FAILURES)[number];

export type ChannelRechargeResult =
  | { ok: true; recharge: RechargeView; replayed: boolean }
  | {
      ok: false;
      /** The public code: an unknown card is `pin_incorrect`, as everywhere. */
      code: RechargeFailure;
      /** The real reason, for the request log only. */
      logCode: string;
      replayed: boolean;
      /** For rate_limited: seconds until the limit's window ends. */
      wait?: number;
    };

/**
 * The failure limits of the channel, seen from a service: the HTTP side builds it from the app's
 * limiter with the subjects it knows (the customer number, the sender's phone).
 */
export interface FailureGuard {
  /** Before an attempt: the seconds to wait when a subject is at its limit, else null. */
  check(customerNo: string): Promise<number | null>;
  /** After an evaluated attempt (not a replay), with its internal outcome. */
  record(customerNo: string, outcome: string): Promise<void>;
}

const isFailure = (code: string): code is RechargeFailure =>
  (RECHARGE_FAILURES as readonly string[]).includes(code);

/**
 * redeemCard for channels that answer every outcome in words (IVR, SMS): the stored response
 * turned back into a result, and idempotency conflicts returned instead of thrown.
 */
export async function rechargeForChannel({
  ctx,
  input,
  guard,
}: {
  ctx: ServiceContext;
  input: RedeemCardInput;
  guard?: FailureGuard;
}): Promise<ChannelRechargeResult> {
  const wait = await guard?.check(input.customerNo);
  if (wait != null)
    return { ok: false, code: "rate_limited", logCode: "rate_limited", replayed: false, wait };
  try {
    const result = await redeemCard({ ctx, input });
    if (!result.replayed) await guard?.record(input.customerNo, result.outcome);
    if (result.outcome === "succeeded")
      return { ok: true, recharge: JSON.parse(result.body) as RechargeView, replayed: result.replayed };
    const code = publicCode(result.outcome as InternalCode);
    if (!isFailure(code)) throw new Error(`recharge outcome ${result.outcome} has no channel answer`);
    return { ok: false, code, logCode: result.outcome, replayed: result.replayed };
  } catch (error) {
    if (error instanceof DomainError && isFailure(error.code))
      return { ok: false, code: error.code, logCode: error.code, replayed: false };
    throw error;
  }
}
