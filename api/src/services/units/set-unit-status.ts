import { type OrgUnitStatus, orgUnits } from "@powercard/db";
import { eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "./scope.ts";
import { disablingRefusal } from "./unit-status.ts";

/**
 * Disables (停用) or enables a unit of the sysadmin's subtree. A unit is disabled only when
 * nobody works in it any more and it keeps no cards, so nothing is stranded in it; once disabled
 * it receives no cards and sells none (assertUnitActive). Their own unit is not theirs to disable.
 */
export async function setUnitStatus({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { unitId: string; status: OrgUnitStatus };
}) {
  const unit = await unitInScope(ctx.db, ctx.actor, input.unitId);
  if (unit.id === ctx.actor.unitId && input.status === "disabled")
    throw new DomainError("forbidden", { detail: "You cannot disable your own unit." });
  return ctx.db.orm.transaction(async (tx) => {
    // Locked first: a transfer, shipment or sale into the unit waits until this is decided.
    const [before] = await tx.select().from(orgUnits).where(eq(orgUnits.id, unit.id)).for("update");
    if (!before || before.status === input.status) return before ?? unit;
    if (input.status === "disabled") {
      const refusal = await disablingRefusal(tx, unit.id);
      if (refusal) throw refusal;
    }
    const [after] = await tx
      .update(orgUnits)
      .set({ status: input.status, disabledAt: input.status === "disabled" ? ctx.now : null })
      .where(eq(orgUnits.id, unit.id))
      .returning();
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: input.status === "disabled" ? "unit.disabled" : "unit.enabled",
        objectType: "org_unit",
        objectId: unit.id,
        unitId: unit.id,
        before: { status: before.status },
        after: { status: input.status },
      },
    );
    return after ?? before;
  });
}
