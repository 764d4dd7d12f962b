import { cardTransfers, orgUnits, staffRoles, staffUsers } from "@powercard/db";
import { and, eq, sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { moveCardRange } from "../cards/card-lifecycle.ts";
import { parseCardRange } from "../cards/card-range.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { assertUnitActive } from "../units/unit-status.ts";
import { type TransferRow, toTransferView } from "./transfer-view.ts";

export interface SendCardsInput {
  fromUnitId: string;
  toUnitId: string;
  toUserId?: string;
  firstCardNo: string;
  lastCardNo: string;
}

type Ctx = ServiceContext & { actor: UserPrincipal };

/**
 * Distribution, step one (分发): a range in the unit's own stock (no clerk holds it) goes to a
 * direct child unit, or to a clerk of the unit or of a child unit. The cards are `in_transfer`
 * under the new transfer until the receiver confirms, so custody is never with nobody.
 */
export async function sendCards({ ctx, input }: { ctx: Ctx; input: SendCardsInput }) {
  const { actor, now } = ctx;
  const from = await unitInScope(ctx.db, actor, input.fromUnitId);
  await checkTarget(ctx, from, input);
  const range = parseCardRange(input.firstCardNo, input.lastCardNo);
  const id = newId.cardTransfer();
  return ctx.db.orm.transaction(async (tx) => {
    await assertUnitActive(tx, input.toUnitId);
    const moved = await moveCardRange(tx, {
      action: "send",
      range,
      custody: sql`owner_unit_id = ${from.id} AND holder_user_id IS NULL`,
      set: sql`state = 'in_transfer', transfer_id = ${id}`,
      now,
    });
    const row: TransferRow = {
      id,
      fromUnitId: from.id,
      toUnitId: input.toUnitId,
      toUserId: input.toUserId ?? null,
      firstCardNo: range.firstCardNo,
      lastCardNo: range.lastCardNo,
      cardCount: moved.count,
      valueFen: moved.valueFen,
      state: "sent",
      sentBy: actor.id,
      receivedBy: null,
      sentAt: now,
      receivedAt: null,
    };
    await tx.insert(cardTransfers).values(row);
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      {
        action: "card_transfer.sent",
        objectType: "card_transfer",
        objectId: id,
        unitId: from.id,
        after: {
          toUnitId: row.toUnitId,
          toUserId: row.toUserId,
          range: [row.firstCardNo, row.lastCardNo],
          cardCount: row.cardCount,
          valueFen: row.valueFen,
        },
      },
    );
    return toTransferView(row);
  });
}

async function checkTarget(ctx: Ctx, from: { id: string; name: string }, input: SendCardsInput) {
  const invalid = (detail: string) => new DomainError("transfer_target_invalid", { detail });
  const [to] = await ctx.db.orm
    .select({ id: orgUnits.id, parentId: orgUnits.parentId })
    .from(orgUnits)
    .where(eq(orgUnits.id, input.toUnitId));
  const isSelf = to?.id === from.id;
  if (!to || (!isSelf && to.parentId !== from.id))
    throw invalid(`${input.toUnitId} is not a direct child unit of ${from.name} (${from.id}).`);
  if (isSelf && !input.toUserId)
    throw invalid("Cards stay within the unit only when given to a clerk: name the clerk in toUserId.");
  if (!input.toUserId) return;
  if (input.toUserId === ctx.actor.id)
    throw invalid("You cannot send cards to yourself: the receiver must be another person.");
  const [clerk] = await ctx.db.orm
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .innerJoin(staffRoles, and(eq(staffRoles.userId, staffUsers.id), eq(staffRoles.role, "clerk")))
    .where(
      and(
        eq(staffUsers.id, input.toUserId),
        eq(staffUsers.unitId, input.toUnitId),
        eq(staffUsers.status, "active"),
      ),
    );
  if (!clerk) throw invalid(`${input.toUserId} is not an active clerk of unit ${input.toUnitId}.`);
}
