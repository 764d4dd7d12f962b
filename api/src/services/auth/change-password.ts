import { refreshTokens, staffUsers } from "@powercard/db";
import { and, eq, isNull, ne } from "drizzle-orm";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "../../shared/auth/passwords.ts";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { auditFailure, countAttempt } from "./login.ts";

/**
 * Changes the caller's own password and ends their other sessions (refresh tokens): whoever else
 * held one is out, the session the change was made in goes on. A token that names no session
 * (none is issued any more) ends them all.
 */
export async function changePassword({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { currentPassword: string; newPassword: string };
}): Promise<void> {
  const { db, now, actor } = ctx;
  if (input.newPassword.length < MIN_PASSWORD_LENGTH || input.newPassword === input.currentPassword) {
    throw new DomainError("password_too_weak");
  }
  // The current password is guessed-at like a login: counted first, locked at the same limit.
  const attempt = await countAttempt(ctx, eq(staffUsers.id, actor.id));
  if (!attempt || !(await verifyPassword(input.currentPassword, attempt.passwordHash))) {
    if (attempt) await auditFailure(ctx, attempt);
    throw new DomainError("invalid_credentials");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.orm.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ passwordHash, passwordChangedAt: now, failedLogins: 0, lockedUntil: null, updatedAt: now })
      .where(eq(staffUsers.id, actor.id));
    await tx
      .update(refreshTokens)
      .set({ revokedAt: now })
      .where(
        and(
          eq(refreshTokens.userId, actor.id),
          isNull(refreshTokens.revokedAt),
          actor.sessionId ? ne(refreshTokens.familyId, actor.sessionId) : undefined,
        ),
      );
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      { action: "auth.password_changed", objectType: "staff_user", objectId: actor.id, unitId: actor.unitId },
    );
  });
}
