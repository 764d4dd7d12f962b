import { refreshTokens, staffUsers } from "@powercard/db";
import { and, eq, isNull } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { getUser } from "./list-users.ts";
import type { StaffUserView } from "./staff-view.ts";

/**
 * Disables or re-enables a user of the sysadmin's subtree. Disabling ends their sessions at once:
 * every request loads the principal (only active users), and their refresh tokens are revoked.
 * Nobody disables themselves (the last sysadmin could lock everyone out).
 */
export async function setUserStatus({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { userId: string; status: "active" | "disabled" };
}): Promise<StaffUserView> {
  const before = await getUser({ ctx, input });
  if (input.userId === ctx.actor.id)
    throw new DomainError("forbidden", { detail: "Nobody disables or enables their own account" });
  if (before.status === input.status) return before;
  await ctx.db.orm.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ status: input.status, updatedAt: ctx.now })
      .where(eq(staffUsers.id, input.userId));
    if (input.status === "disabled") {
      await tx
        .update(refreshTokens)
        .set({ revokedAt: ctx.now })
        .where(and(eq(refreshTokens.userId, input.userId), isNull(refreshTokens.revokedAt)));
    }
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: input.status === "disabled" ? "user.disabled" : "user.enabled",
        objectType: "staff_user",
        objectId: input.userId,
        unitId: before.unitId,
        before: { status: before.status },
        after: { status: input.status },
      },
    );
  });
  return getUser({ ctx, input });
}
