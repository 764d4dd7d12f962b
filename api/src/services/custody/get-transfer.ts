import { cardTransfers, orgUnits } from "@powercard/db";
import { and, desc, eq, lt, or } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { decodeCursor, encodeCursor } from "../../shared/cursor.ts";
import { DomainError } from "../../shared/errors.ts";
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
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await ctx.db.orm
    .select()
    .from(cardTransfers)
    .where(
      and(
        or(eq(cardTransfers.fromUnitId, unit.id), eq(cardTransfers.toUnitId, unit.id)),
        input.state ? eq(cardTransfers.state, input.state) : undefined,
        after
          ? or(
              lt(cardTransfers.sentAt, after.at),
              and(eq(cardTransfers.sentAt, after.at), lt(cardTransfers.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(cardTransfers.sentAt), desc(cardTransfers.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    data: page.map(toTransferView),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.sentAt, id: last.id }) : null,
  };
}
