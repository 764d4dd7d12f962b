import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { decideRemittance } from "./decide-remittance.ts";
import { type RemittanceView, toRemittanceView } from "./remittance-view.ts";

/**
 * The money is not on the bank statement: the declaration is rejected with a reason. Nothing was
 * booked, so nothing is reversed; the amount becomes declarable again.
 */
export async function rejectRemittance({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "now" | "requestId"> & { actor: UserPrincipal };
  input: { id: string; reason: string };
}): Promise<RemittanceView> {
  const { actor, now } = ctx;
  return ctx.db.orm.transaction(async (tx) => {
    const row = await decideRemittance({ tx, requestId: ctx.requestId, now, actor }, input.id, {
      state: "rejected",
      rejectReason: input.reason,
    });
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      {
        action: "remittance.rejected",
        objectType: "remittance",
        objectId: row.id,
        unitId: row.outletUnitId,
        before: { state: "declared" },
        after: { state: "rejected", reason: input.reason },
      },
    );
    return toRemittanceView(tx, row);
  });
}
