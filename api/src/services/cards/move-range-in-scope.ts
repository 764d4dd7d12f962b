import type { Orm } from "@powercard/db";
import type { SQL } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { ownedInSubtree } from "./card-custody.ts";
import { moveCardRange } from "./card-lifecycle.ts";
import { parseCardRange } from "./card-range.ts";
import type { CardRangeResultView, RangeAction } from "./card-range-result-view.ts";
import { type RangeKey, underOptionalKey } from "./range-action-key.ts";
import { recordRangeAudit } from "./record-range-audit.ts";

/**
 * A card administrator's range operation (freeze, unfreeze, scrap): every card of the range,
 * owned by a unit of the caller's subtree, makes the move in one statement with its one audit
 * event, or nothing happens. Cards of other units count as not eligible, whatever their state.
 * With an Idempotency-Key the operation runs once under it and a retry gets the first answer.
 */
export function moveRangeInScope<A extends RangeAction>(
  ctx: ServiceContext & { actor: UserPrincipal },
  op: {
    action: A;
    input: { firstCardNo: string; lastCardNo: string; reason: string };
    set: SQL;
  },
  key?: RangeKey,
) {
  const range = parseCardRange(op.input.firstCardNo, op.input.lastCardNo);
  return underOptionalKey(
    ctx,
    key && { ...key, operation: `cards.${op.action}`, input: op.input, status: 200 },
    async (tx: Orm): Promise<CardRangeResultView & { action: A }> => {
      const moved = await moveCardRange(tx, {
        action: op.action,
        range,
        custody: ownedInSubtree(ctx.actor.unitPath),
        set: op.set,
        now: ctx.now,
      });
      await recordRangeAudit(
        { tx, requestId: ctx.requestId, now: ctx.now, actor: ctx.actor },
        { action: `cards.${op.action}`, range, moved, details: { reason: op.input.reason } },
      );
      return {
        action: op.action,
        firstCardNo: range.firstCardNo,
        lastCardNo: range.lastCardNo,
        cardCount: moved.count,
        valueFen: moved.valueFen,
      };
    },
    (view) => `${view.firstCardNo}-${view.lastCardNo}`,
  );
}
