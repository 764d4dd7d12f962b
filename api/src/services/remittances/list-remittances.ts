import { orgUnits, type RemittanceState, remittances } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { keysetPage } from "../pagination/keyset-page.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { type RemittanceView, toRemittanceViews } from "./remittance-view.ts";

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
  const { rows, nextCursor } = await keysetPage(
    input,
    { at: remittances.createdAt, id: remittances.id },
    (page) =>
      ctx.db.orm
        .select({ remittance: remittances })
        .from(remittances)
        .innerJoin(orgUnits, eq(orgUnits.id, remittances.outletUnitId))
        .where(
          and(
            withinUnit(orgUnits.path, ctx.actor.unitPath),
            input.outletUnitId ? eq(remittances.outletUnitId, input.outletUnitId) : undefined,
            input.businessDate ? eq(remittances.businessDate, input.businessDate) : undefined,
            input.state ? eq(remittances.state, input.state) : undefined,
            page.where,
          ),
        )
        .orderBy(...page.orderBy)
        .limit(page.limit),
    ({ remittance }) => ({ at: remittance.createdAt, id: remittance.id }),
  );
  return {
    data: await toRemittanceViews(
      ctx.db.orm,
      rows.map((r) => r.remittance),
    ),
    nextCursor,
  };
}
