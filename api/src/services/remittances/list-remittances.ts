import { orgUnits, type RemittanceState, remittances } from "@powercard/db";
import { and, desc, eq, lt, or } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { decodeCursor, encodeCursor } from "../../shared/cursor.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { type RemittanceView, toRemittanceView } from "./remittance-view.ts";

/**
 * Remittances of outlets in the caller's subtree, newest first, a page at a time (keyset on
 * created_at, id). Filtering by an outlet outside the subtree is a 404, like reading it.
 */
export async function listRemittances({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: {
    outletUnitId?: string;
    businessDate?: string;
    state?: RemittanceState;
    limit: number;
    cursor?: string;
  };
}): Promise<{ data: RemittanceView[]; nextCursor: string | null }> {
  if (input.outletUnitId) await unitInScope(ctx.db, ctx.actor, input.outletUnitId);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await ctx.db.orm
    .select({ remittance: remittances })
    .from(remittances)
    .innerJoin(orgUnits, eq(orgUnits.id, remittances.outletUnitId))
    .where(
      and(
        withinUnit(orgUnits.path, ctx.actor.unitPath),
        input.outletUnitId ? eq(remittances.outletUnitId, input.outletUnitId) : undefined,
        input.businessDate ? eq(remittances.businessDate, input.businessDate) : undefined,
        input.state ? eq(remittances.state, input.state) : undefined,
        after
          ? or(
              lt(remittances.createdAt, after.at),
              and(eq(remittances.createdAt, after.at), lt(remittances.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(remittances.createdAt), desc(remittances.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit).map((r) => r.remittance);
  const last = page[page.length - 1];
  return {
    data: page.map(toRemittanceView),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
