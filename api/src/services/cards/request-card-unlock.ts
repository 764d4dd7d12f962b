import { cards, orgUnits } from "@powercard/db";
import { eq } from "drizzle-orm";
import { inScope, type UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { requestedApprovalView } from "../approvals/approval-view.ts";
import { requestApproval } from "../approvals/request-approval.ts";
import type { ServiceContext } from "../service-context.ts";

/**
 * A card locked by wrong PINs is unlocked by two card administrators: one asks (here), another
 * approves; the approval handler restores the card. Cards outside the caller's units are not found.
 */
export async function requestCardUnlock({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { cardNo: string; reason: string };
}) {
  const [card] = await ctx.db.orm
    .select({ state: cards.state, ownerUnitId: cards.ownerUnitId, unitPath: orgUnits.path })
    .from(cards)
    .innerJoin(orgUnits, eq(orgUnits.id, cards.ownerUnitId))
    .where(eq(cards.cardNo, input.cardNo));
  if (!card || !inScope(ctx.actor, card.unitPath)) throw new DomainError("card_not_found_for_staff");
  if (card.state !== "locked") throw new DomainError("card_not_locked");
  const approval = await ctx.db.orm.transaction((tx) =>
    requestApproval(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: ctx.actor },
      {
        kind: "card_unlock",
        objectType: "card",
        objectId: input.cardNo,
        unitId: card.ownerUnitId,
        summary: `Unlock card ${input.cardNo}: ${input.reason}`,
        checkerRole: "card_admin",
        payload: { cardNo: input.cardNo, reason: input.reason },
      },
    ),
  );
  return requestedApprovalView(approval, ctx.actor);
}
