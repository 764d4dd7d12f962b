import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { moveRangeInScope } from "./move-range-in-scope.ts";
import type { RangeKey } from "./range-action-key.ts";

/** A frozen card remembers its state; `state` on the right of SET is the value before the UPDATE. */
export const FREEZE_SET = sql`state = 'frozen', state_before_freeze = state`;

/**
 * Freezes a range reported lost or stolen. Each card remembers its state, so unfreezing restores
 * exactly what it was (in stock, in transit, sold…). A frozen card cannot be sold, recharged
 * (`card_frozen`), transferred or shipped: no transition but unfreeze starts from `frozen`.
 */
export function freezeCards({
  ctx,
  input,
  key,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { firstCardNo: string; lastCardNo: string; reason: string };
  key?: RangeKey;
}) {
  return moveRangeInScope(ctx, { action: "freeze", input, set: FREEZE_SET }, key);
}
