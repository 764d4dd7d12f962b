import { createHash } from "node:crypto";
import { refreshTokens } from "@powercard/db";
import { randomToken } from "../../shared/auth/signing-keys.ts";
import { newId } from "../../shared/ids.ts";
import type { TxContext } from "../tx-context.ts";

/** A session lasts at most 12 hours of refreshing; each refresh token can be used once. */
export const REFRESH_TOKEN_TTL_MS = 12 * 60 * 60 * 1000;

export const hashRefreshToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a refresh token in a family (a new family at login, the same family on rotation). */
export async function createRefreshToken({ tx, now }: TxContext, userId: string, familyId: string) {
  const token = randomToken("rt");
  await tx.insert(refreshTokens).values({
    id: newId.refreshToken(),
    userId,
    familyId,
    tokenHash: hashRefreshToken(token),
    expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
    createdAt: now,
  });
  return token;
}
