import { type Orm, resultRows, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { type ApprovalView, requestedApprovalView } from "../approvals/approval-view.ts";
import { requestApproval } from "../approvals/request-approval.ts";
import type { ServiceContext } from "../service-context.ts";
import { ownedInSubtree } from "./card-custody.ts";
import { type CardRange, parseCardRange } from "./card-range.ts";
import { type RangeAnswer, type RangeKey, underOptionalKey } from "./range-action-key.ts";

export const CARD_DESTRUCTION = "card_destruction";

/** What a destruction approval carries; destroy-approved-cards.ts reads it back. */
export interface DestructionPayload {
  firstCardNo: string;
  lastCardNo: string;
  cardCount: number;
  valueFen: number;
  reason: string;
}

/**
 * Asks for a scrapped range to be destroyed. Destruction is irreversible, so a second card
 * administrator (not the maker, covering the cards' unit) must approve; the approval handler
 * moves the range scrapped → destroyed inside the deciding transaction. The range is checked
 * now, so a request for cards that are not all scrapped in the caller's units is refused at once.
 */
export async function requestCardDestruction({
  ctx,
  input,
  key,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { firstCardNo: string; lastCardNo: string; reason: string };
  key?: RangeKey;
}): Promise<RangeAnswer<ApprovalView>> {
  const range = parseCardRange(input.firstCardNo, input.lastCardNo);
  return underOptionalKey(
    ctx,
    key && { ...key, operation: CARD_DESTRUCTION, input, status: 201 },
    async (tx) => {
      const scrapped = await scrappedInScope(tx, ctx.actor, range);
      const payload: DestructionPayload = {
        firstCardNo: range.firstCardNo,
        lastCardNo: range.lastCardNo,
        cardCount: scrapped.count,
        valueFen: scrapped.valueFen,
        reason: input.reason,
      };
      const approval = await requestApproval(
        { tx, requestId: ctx.requestId, now: ctx.now, actor: ctx.actor },
        {
          kind: CARD_DESTRUCTION,
          objectType: "card_range",
          objectId: `${range.firstCardNo}-${range.lastCardNo}`,
          // The checker must cover the cards' unit; a range spread over units needs the maker's.
          unitId: scrapped.unitId ?? ctx.actor.unitId,
          summary: `Destroy ${scrapped.count} scrapped cards ${range.firstCardNo}–${range.lastCardNo} (${scrapped.valueFen} fen): ${input.reason}`,
          checkerRole: "card_admin",
          payload: { ...payload },
        },
      );
      return requestedApprovalView(approval, ctx.actor);
    },
    (view) => view.id,
  );
}

/** Every card of the range must be scrapped and in the caller's units; one grouped read. */
async function scrappedInScope(tx: Orm, actor: UserPrincipal, range: CardRange) {
  const [row] = resultRows<{
    n: number;
    value_fen: unknown;
    units: number;
    unit_id: string | null;
  }>(
    await tx.execute(sql`
      SELECT count(*)::int AS n, coalesce(sum(face_value_fen), 0)::bigint AS value_fen,
             count(DISTINCT owner_unit_id)::int AS units, min(owner_unit_id) AS unit_id
        FROM cards
       WHERE card_no BETWEEN ${range.firstCardNo} AND ${range.lastCardNo}
         AND state = 'scrapped' AND ${ownedInSubtree(actor.unitPath)}`),
  );
  const count = Number(row?.n ?? 0);
  if (count !== range.count) {
    throw new DomainError("card_range_not_eligible", {
      detail: `Only ${count} of the ${range.count} cards ${range.firstCardNo}–${range.lastCardNo} are scrapped in your units; every card must be. Nothing was requested.`,
    });
  }
  return {
    count,
    valueFen: toFen(row?.value_fen ?? 0),
    unitId: Number(row?.units) === 1 ? (row?.unit_id ?? null) : null,
  };
}
