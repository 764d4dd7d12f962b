import { staffUsers } from "@powercard/db";
import { eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { getUser } from "./list-users.ts";
import type { StaffUserView } from "./staff-view.ts";

/** Lifts a login lock before its 30 minutes are over. */
export async function unlockUser({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { userId: string };
}): Promise<StaffUserView> {
  const before = await getUser({ ctx, input });
  await ctx.db.orm.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ failedLogins: 0, lockedUntil: null, updatedAt: ctx.now })
      .where(eq(staffUsers.id, input.userId));
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: "user.unlocked",
        objectType: "staff_user",
        objectId: input.userId,
        unitId: before.unitId,
        before: { lockedUntil: before.lockedUntil },
      },
    );
  });
  return getUser({ ctx, input });
}
