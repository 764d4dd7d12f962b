import { type Db, staffUsers } from "@powercard/db";
import { eq, sql } from "drizzle-orm";
import { ACCESS_TOKEN_TTL_SECONDS, issueAccessToken } from "../../lib/auth/access-tokens.ts";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../../lib/auth/passwords.ts";
import type { SigningKeyring } from "../../lib/auth/signing-keys.ts";
import { DomainError } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { createRefreshToken } from "./refresh-tokens.ts";

export const MAX_FAILED_LOGINS = 10;
export const LOGIN_LOCK_MS = 30 * 60 * 1000;

export interface TokenPair {
  accessToken: string;
  tokenType: "Bearer";
  expiresIn: number;
  refreshToken: string;
}

export interface LoginContext {
  db: Db;
  signingKeys: SigningKeyring;
  now: Date;
  requestId: string;
}

/**
 * Password login. Every failure — unknown user, wrong password, locked or disabled account —
 * gets the same answer after the same amount of work, so the answer never tells whether the
 * user exists. The 10th failure in a row locks the account for 30 minutes.
 */
export async function login({
  ctx,
  input,
}: {
  ctx: LoginContext;
  input: { username: string; password: string };
}): Promise<TokenPair> {
  const { db, now } = ctx;
  const [user] = await db.orm
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.username, input.username.toLowerCase()));
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user) throw new DomainError("invalid_credentials");

  const locked = user.lockedUntil !== null && user.lockedUntil > now;
  if (!passwordOk || locked || user.status !== "active") {
    if (!locked) await recordFailedLogin(ctx, user.id);
    throw new DomainError("invalid_credentials");
  }

  return db.orm.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ failedLogins: 0, lockedUntil: null, updatedAt: now })
      .where(eq(staffUsers.id, user.id));
    const refreshToken = await createRefreshToken(tx, user.id, newId.refreshToken(), now);
    await recordAuditEvent(
      tx,
      { type: "user", id: user.id },
      ctx.requestId,
      { action: "auth.login", objectType: "staff_user", objectId: user.id, unitId: user.unitId },
      now,
    );
    return {
      accessToken: await issueAccessToken(ctx.signingKeys, user.id, now),
      tokenType: "Bearer" as const,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      refreshToken,
    };
  });
}

/** One more failure; at the limit the account locks (one statement, so concurrent failures all count). */
async function recordFailedLogin(ctx: LoginContext, userId: string) {
  const { db, now } = ctx;
  await db.orm.transaction(async (tx) => {
    const [row] = await tx
      .update(staffUsers)
      .set({
        failedLogins: sql`CASE WHEN ${staffUsers.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} THEN 0 ELSE ${staffUsers.failedLogins} + 1 END`,
        lockedUntil: sql`CASE WHEN ${staffUsers.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} THEN ${new Date(now.getTime() + LOGIN_LOCK_MS).toISOString()}::timestamptz ELSE ${staffUsers.lockedUntil} END`,
        updatedAt: now,
      })
      .where(eq(staffUsers.id, userId))
      .returning({ lockedUntil: staffUsers.lockedUntil, unitId: staffUsers.unitId });
    const lockedNow = row?.lockedUntil !== null && row?.lockedUntil !== undefined && row.lockedUntil > now;
    await recordAuditEvent(
      tx,
      { type: "user", id: userId },
      ctx.requestId,
      {
        action: lockedNow ? "auth.locked" : "auth.login_failed",
        objectType: "staff_user",
        objectId: userId,
        unitId: row?.unitId,
      },
      now,
    );
  });
}
