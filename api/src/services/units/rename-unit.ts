import { orgUnits } from "@powercard/db";
import { eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "./scope.ts";

/**
 * Renames a unit of the sysadmin's subtree. Only the name: the code is the business key other
 * systems and printed receipts carry, and the kind and place in the tree decide who sees what.
 */
export async function renameUnit({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { unitId: string; name: string };
}) {
  const before = await unitInScope(ctx.db, ctx.actor, input.unitId);
  if (before.name === input.name) return before;
  const [renamed] = await ctx.db.orm.transaction(async (tx) => {
    const rows = await tx
      .update(orgUnits)
      .set({ name: input.name })
      .where(eq(orgUnits.id, before.id))
      .returning();
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: "unit.renamed",
        objectType: "org_unit",
        objectId: before.id,
        unitId: before.id,
        before: { name: before.name },
        after: { name: input.name },
      },
    );
    return rows;
  });
  return renamed ?? before;
}
