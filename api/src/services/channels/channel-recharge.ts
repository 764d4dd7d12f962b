import { DomainError, type InternalCode, publicCode } from "../../shared/errors.ts";
import { metrics } from "../../shared/metrics.ts";
import type { StoredResponse } from "../idempotency/stored-response.ts";
import type { AttemptStart, Refusal } from "../limits/limiter.ts";
import { limitName } from "../limits/limits.ts";
import type { RechargeView } from "../recharge/recharge-schema.ts";
import { type RedeemCardInput, redeemCard } from "../recharge/redeem-card.ts";
import type { ServiceContext } from "../service-context.ts";

/** Every way a recharge can fail that a customer on the phone or by SMS is told about. */
export const RECHARGE_FAILURES = [
  "pin_incorrect",
  "card_already_used",
  "card_not_sold",
  "card_frozen",
  "card_locked",
  "customer_not_found",
  "account_closed",
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
 * limiter with the subjects it knows (the client, the caller's phone). The customer number's
 * limit is counted by the recharge statement itself.
 */
export interface FailureGuard {
  /** Holds the attempt's units of every limit, or says how long to wait. */
  begin(): Promise<AttemptStart>;
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
  const start = guard ? await guard.begin() : null;
  if (start?.limited) return limitedAnswer(start.limited);
  let result: StoredResponse;
  try {
    result = await redeemCard({ ctx, input });
  } catch (error) {
    await start?.attempt.finish(null);
    if (error instanceof DomainError && isFailure(error.code))
      return { ok: false, code: error.code, logCode: error.code, replayed: false };
    throw error;
  }
  await start?.attempt.finish(result.replayed ? null : result.outcome);
  if (result.limited) return limitedAnswer(result.limited);
  if (result.outcome === "succeeded")
    return { ok: true, recharge: JSON.parse(result.body) as RechargeView, replayed: result.replayed };
  const code = publicCode(result.outcome as InternalCode);
  if (!isFailure(code)) throw new Error(`recharge outcome ${result.outcome} has no channel answer`);
  return { ok: false, code, logCode: result.outcome, replayed: result.replayed };
}

function limitedAnswer(refusal: Refusal): ChannelRechargeResult {
  metrics.rateLimited(limitName(refusal.limit));
  return {
    ok: false,
    code: "rate_limited",
    logCode: "rate_limited",
    replayed: false,
    wait: refusal.retryAfterSeconds,
  };
}
