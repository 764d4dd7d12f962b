import { sql } from "drizzle-orm";
import type { ApprovalRow } from "../approvals/approval-view.ts";
import type { TxContext } from "../tx-context.ts";
import { ownedUnderUnit } from "./card-custody.ts";
import { moveCardRange } from "./card-lifecycle.ts";
import { parseCardRange } from "./card-range.ts";
import { recordRangeAudit } from "./record-range-audit.ts";
import type { DestructionPayload } from "./request-card-destruction.ts";

export const DESTROY_SET = sql`state = 'destroyed'`;

/**
 * The approval handler of `card_destruction`, run in the deciding transaction: the range moves
 * scrapped → destroyed in one statement. If a card is no longer scrapped (or left the approval's
 * unit) moveCardRange throws card_range_not_eligible, the whole decision rolls back and the
 * request stays pending — it can still be rejected.
 */
export async function destroyApprovedCards(tc: TxContext, approval: ApprovalRow) {
  const { tx, now } = tc;
  const payload = approval.payload as DestructionPayload;
  const range = parseCardRange(payload.firstCardNo, payload.lastCardNo);
  const moved = await moveCardRange(tx, {
    action: "destroy",
    range,
    custody: ownedUnderUnit(approval.unitId),
    set: DESTROY_SET,
    now,
  });
  await recordRangeAudit(
    { ...tc, actor: { id: approval.checkerId ?? approval.makerId, unitId: approval.unitId } },
    {
      action: "cards.destroy",
      range,
      moved,
      details: { approvalId: approval.id, makerId: approval.makerId, reason: payload.reason },
    },
  );
}
