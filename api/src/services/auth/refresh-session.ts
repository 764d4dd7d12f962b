import { refreshTokens, staffUsers } from "@powercard/db";
import { and, eq, isNull } from "drizzle-orm";
import { ACCESS_TOKEN_TTL_SECONDS, issueAccessToken } from "../../shared/auth/access-tokens.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { LoginContext } from "./login.ts";
import { createRefreshToken, hashRefreshToken } from "./refresh-tokens.ts";
import type { TokenPair } from "./token-pair-view.ts";

/**
 * Trades a refresh token for a new pair. The old token is spent in the same compare-and-set;
 * presenting a spent token again means it was stolen (or replayed), so its whole family is revoked.
 */
export async function refreshSession({
  ctx,
  input,
}: {
  ctx: LoginContext;
  input: { refreshToken: string };
}): Promise<TokenPair> {
  const { db, now } = ctx;
  const tokenHash = hashRefreshToken(input.refreshToken);
  const result = await db.orm.transaction(async (tx) => {
    const [spent] = await tx
      .update(refreshTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(refreshTokens.tokenHash, tokenHash),
          isNull(refreshTokens.usedAt),
          isNull(refreshTokens.revokedAt),
        ),
      )
      .returning();
    if (!spent) return null;
    const [user] = await tx.select().from(staffUsers).where(eq(staffUsers.id, spent.userId));
    if (spent.expiresAt <= now || !user || user.status !== "active") return null;
    const refreshToken = await createRefreshToken(
      { tx, requestId: ctx.requestId, now },
      user.id,
      spent.familyId,
    );
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: user.id } },
      { action: "auth.refreshed", objectType: "staff_user", objectId: user.id, unitId: user.unitId },
    );
    return { userId: user.id, refreshToken, sessionId: spent.familyId };
  });
  if (!result) {
    await revokeFamilyOf(ctx, tokenHash, "auth.session_revoked");
    throw new DomainError("invalid_credentials");
  }
  return {
    accessToken: await issueAccessToken(ctx.signingKeys, result.userId, now, { sessionId: result.sessionId }),
    tokenType: "Bearer",
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    refreshToken: result.refreshToken,
  };
}

/**
 * Revokes every token of the family a refresh token belongs to (a logout, or a spent token shown
 * again — a sign of theft), and audits it. False when the token is unknown.
 */
export async function revokeFamilyOf(
  ctx: Pick<LoginContext, "db" | "now" | "requestId">,
  tokenHash: string,
  action: "auth.logout" | "auth.session_revoked",
): Promise<boolean> {
  const [token] = await ctx.db.orm.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
  if (!token) return false;
  await ctx.db.orm.transaction(async (tx) => {
    const revoked = await tx
      .update(refreshTokens)
      .set({ revokedAt: ctx.now })
      .where(and(eq(refreshTokens.familyId, token.familyId), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    if (revoked.length === 0) return;
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: token.userId } },
      {
        action,
        objectType: "staff_user",
        objectId: token.userId,
        after: { familyId: token.familyId, tokens: revoked.length },
      },
    );
  });
  return true;
}
