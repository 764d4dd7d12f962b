import { cardTransfers, orgUnits } from "@powercard/db";
import { and, eq, or } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { keysetPage } from "../pagination/keyset-page.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { toTransferView } from "./transfer-view.ts";

type Ctx = Pick<ServiceContext, "db"> & { actor: UserPrincipal };

/**
 * A transfer whose receiving unit is in the caller's subtree. The sending unit is that unit or
 * its parent, so whoever may see the sender's side sees the receiver's too.
 */
export async function getTransfer({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const [row] = await ctx.db.orm
    .select({ transfer: cardTransfers })
    .from(cardTransfers)
    .innerJoin(orgUnits, eq(orgUnits.id, cardTransfers.toUnitId))
    .where(and(eq(cardTransfers.id, input.id), withinUnit(orgUnits.path, ctx.actor.unitPath)));
  if (!row) throw new DomainError("transfer_not_found");
  return toTransferView(row.transfer);
}

/** Transfers sent from or to one unit (default: the caller's), newest first. */
export async function listTransfers({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { unitId?: string; state?: "sent" | "received"; limit: number; cursor?: string };
}) {
  const unit = await unitInScope(ctx.db, ctx.actor, input.unitId ?? ctx.actor.unitId);
  const { rows, nextCursor } = await keysetPage(
    input,
    { at: cardTransfers.sentAt, id: cardTransfers.id },
    (page) =>
      ctx.db.orm
        .select()
        .from(cardTransfers)
        .where(
          and(
            or(eq(cardTransfers.fromUnitId, unit.id), eq(cardTransfers.toUnitId, unit.id)),
            input.state ? eq(cardTransfers.state, input.state) : undefined,
            page.where,
          ),
        )
        .orderBy(...page.orderBy)
        .limit(page.limit),
    (transfer) => ({ at: transfer.sentAt, id: transfer.id }),
  );
  return { data: rows.map(toTransferView), nextCursor };
}
