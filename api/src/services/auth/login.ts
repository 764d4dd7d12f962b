import { type Db, staffUsers } from "@powercard/db";
import { and, eq, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { ACCESS_TOKEN_TTL_SECONDS, issueAccessToken } from "../../shared/auth/access-tokens.ts";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../../shared/auth/passwords.ts";
import type { SigningKeyring } from "../../shared/auth/signing-keys.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { createRefreshToken } from "./refresh-tokens.ts";
import type { TokenPair } from "./token-pair-view.ts";

export const MAX_FAILED_LOGINS = 10;
export const LOGIN_LOCK_MS = 30 * 60 * 1000;

export interface LoginContext {
  db: Db;
  signingKeys: SigningKeyring;
  now: Date;
  requestId: string;
}

/**
 * Password login. Every failure — unknown user, wrong password, locked or disabled account —
 * gets the same answer after the same amount of work, so the answer never tells whether the
 * user exists.
 *
 * Each attempt is counted BEFORE its password is checked, in one conditional UPDATE; the 10th
 * counted attempt locks the account for 30 minutes. So however many guesses arrive at once, at
 * most 10 are ever compared with the hash per lock period. A success resets the count.
 */
export async function login({
  ctx,
  input,
}: {
  ctx: LoginContext;
  input: { username: string; password: string };
}): Promise<TokenPair> {
  const { db, now } = ctx;
  const attempt = await countAttempt(ctx, eq(staffUsers.username, input.username.toLowerCase()));
  const passwordOk = await verifyPassword(input.password, attempt?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!attempt || !passwordOk) {
    if (attempt) await auditFailure(ctx, attempt);
    throw new DomainError("invalid_credentials");
  }

  return db.orm.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ failedLogins: 0, lockedUntil: null, updatedAt: now })
      .where(eq(staffUsers.id, attempt.id));
    const sessionId = newId.refreshToken();
    const refreshToken = await createRefreshToken(
      { tx, requestId: ctx.requestId, now },
      attempt.id,
      sessionId,
    );
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: attempt.id } },
      { action: "auth.login", objectType: "staff_user", objectId: attempt.id, unitId: attempt.unitId },
    );
    return {
      accessToken: await issueAccessToken(ctx.signingKeys, attempt.id, now, { sessionId }),
      tokenType: "Bearer" as const,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      refreshToken,
    };
  });
}

/**
 * Counts one attempt of an active, unlocked user and locks the account at the limit — one
 * statement, so concurrent attempts each get their own number. No row: unknown, disabled or locked.
 */
export async function countAttempt(ctx: Pick<LoginContext, "db" | "now">, user: SQL) {
  const { db, now } = ctx;
  // An expired lock starts a fresh count (the WHERE below admits only unlocked or expired rows).
  const count = sql`(CASE WHEN ${staffUsers.lockedUntil} IS NULL THEN ${staffUsers.failedLogins} ELSE 0 END) + 1`;
  const reachesLimit = sql`${count} >= ${MAX_FAILED_LOGINS}`;
  const [row] = await db.orm
    .update(staffUsers)
    .set({
      failedLogins: count,
      lockedUntil: sql`CASE WHEN ${reachesLimit} THEN ${new Date(now.getTime() + LOGIN_LOCK_MS).toISOString()}::timestamptz ELSE NULL END`,
      updatedAt: now,
    })
    .where(
      and(
        user,
        eq(staffUsers.status, "active"),
        or(isNull(staffUsers.lockedUntil), lte(staffUsers.lockedUntil, now)),
      ),
    )
    .returning({
      id: staffUsers.id,
      unitId: staffUsers.unitId,
      passwordHash: staffUsers.passwordHash,
      lockedUntil: staffUsers.lockedUntil,
    });
  return row;
}

export async function auditFailure(
  ctx: LoginContext,
  attempt: { id: string; unitId: string; lockedUntil: Date | null },
) {
  await recordAuditEvent(
    { tx: ctx.db.orm, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: attempt.id } },
    {
      action: attempt.lockedUntil ? "auth.locked" : "auth.login_failed",
      objectType: "staff_user",
      objectId: attempt.id,
      unitId: attempt.unitId,
    },
  );
}
