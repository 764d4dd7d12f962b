import { type Db, isValidCardNo } from "@powercard/db";
import type { Refusal } from "../limits/limiter.ts";
import { countLookup } from "../limits/lookup-limits.ts";
import type { CardStatusView } from "./card-status-view.ts";
import { findCardStatus } from "./find-card-status.ts";

/**
 * The public "is this card genuine?" check, by card number alone. A wrong check digit is told at
 * once and not counted (anyone can compute it); every look-up of a well-formed number counts
 * against the caller's address (lookup-limits.ts), found or not.
 */
export async function checkCardStatus({
  ctx,
  input,
}: {
  ctx: { db: Db; now: Date };
  input: { cardNo: string; addressKey: string };
}): Promise<{ limited: Refusal } | { limited: null; status: CardStatusView }> {
  if (isValidCardNo(input.cardNo)) {
    const verdict = await countLookup(ctx, [{ kind: "card_status_ip", value: input.addressKey }]);
    if (verdict.limited) return { limited: verdict };
  }
  return {
    limited: null,
    status: await findCardStatus({ ctx, input: { cardNo: input.cardNo, channel: "web" } }),
  };
}
