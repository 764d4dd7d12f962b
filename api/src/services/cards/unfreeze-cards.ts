import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { moveRangeInScope } from "./move-range-in-scope.ts";
import type { RangeKey } from "./range-action-key.ts";

export const UNFREEZE_SET = sql`state = state_before_freeze, state_before_freeze = NULL`;

/** Unfreezes a range found again: every card returns to the state it had when frozen. */
export function unfreezeCards({
  ctx,
  input,
  key,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { firstCardNo: string; lastCardNo: string; reason: string };
  key?: RangeKey;
}) {
  return moveRangeInScope(ctx, { action: "unfreeze", input, set: UNFREEZE_SET }, key);
}
