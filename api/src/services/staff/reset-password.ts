import { refreshTokens, staffUsers } from "@powercard/db";
import { and, eq, isNull } from "drizzle-orm";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../../shared/auth/passwords.ts";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { getUser } from "./list-users.ts";
import type { StaffUserView } from "./staff-view.ts";

/**
 * A sysadmin sets a new initial password for a user who forgot theirs: the login lock is lifted
 * and every session of the user ends. The password is neither returned nor audited (the audit
 * event says only that it was reset). One's own password is changed with the current one instead
 * (`POST /v1/auth/password`).
 */
export async function resetPassword({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { userId: string; password: string };
}): Promise<StaffUserView> {
  const before = await getUser({ ctx, input });
  if (input.userId === ctx.actor.id)
    throw new DomainError("forbidden", { detail: "Change your own password with your current one" });
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new DomainError("password_too_weak");
  const passwordHash = await hashPassword(input.password);
  await ctx.db.orm.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({
        passwordHash,
        passwordChangedAt: ctx.now,
        failedLogins: 0,
        lockedUntil: null,
        updatedAt: ctx.now,
      })
      .where(eq(staffUsers.id, input.userId));
    await tx
      .update(refreshTokens)
      .set({ revokedAt: ctx.now })
      .where(and(eq(refreshTokens.userId, input.userId), isNull(refreshTokens.revokedAt)));
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: "user.password_reset",
        objectType: "staff_user",
        objectId: input.userId,
        unitId: before.unitId,
      },
    );
  });
  return getUser({ ctx, input: { userId: input.userId } });
}
