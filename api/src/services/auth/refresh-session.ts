import { refreshTokens, staffUsers } from "@powercard/db";
import { and, eq, isNull } from "drizzle-orm";
import { ACCESS_TOKEN_TTL_SECONDS, issueAccessToken } from "../../lib/auth/access-tokens.ts";
import { DomainError } from "../../lib/errors.ts";
import type { LoginContext, TokenPair } from "./login.ts";
import { createRefreshToken, hashRefreshToken } from "./refresh-tokens.ts";

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
    return { userId: user.id, refreshToken: await createRefreshToken(tx, user.id, spent.familyId, now) };
  });
  if (!result) {
    await revokeFamilyOf(ctx, tokenHash);
    throw new DomainError("invalid_credentials");
  }
  return {
    accessToken: await issueAccessToken(ctx.signingKeys, result.userId, now),
    tokenType: "Bearer",
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    refreshToken: result.refreshToken,
  };
}

/** Revokes every token of the family a (spent or unknown) refresh token belongs to. */
export async function revokeFamilyOf(
  ctx: Pick<LoginContext, "db" | "now">,
  tokenHash: string,
): Promise<boolean> {
  const [token] = await ctx.db.orm.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
  if (!token) return false;
  await ctx.db.orm
    .update(refreshTokens)
    .set({ revokedAt: ctx.now })
    .where(and(eq(refreshTokens.familyId, token.familyId), isNull(refreshTokens.revokedAt)));
  return true;
}
