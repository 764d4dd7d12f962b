import { randomUUID } from "node:crypto";
import { type JWTPayload, jwtVerify, SignJWT } from "jose";
import { type SigningKeyring, TOKEN_ALG } from "./signing-keys.ts";

export const TOKEN_ISSUER = "powercard";
export const TOKEN_AUDIENCE = "powercard-api";
export const ACCESS_TOKEN_TYP = "at+jwt";
/** Staff access tokens live 10 minutes; the refresh token carries the session. */
export const ACCESS_TOKEN_TTL_SECONDS = 600;

export async function issueAccessToken(keys: SigningKeyring, userId: string, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: TOKEN_ALG, typ: ACCESS_TOKEN_TYP, kid: keys.current.kid })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(userId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .setJti(randomUUID())
    .sign(keys.current.privateKey);
}

/**
 * Verifies a staff access token: EdDSA only (so `none` and HS256 tricks fail), our `typ`, issuer
 * and audience, not expired, signed by a key we hold — looked up by `kid`, never fetched from a
 * URL in the token. Returns the user id, or null for any failure.
 */
export async function verifyAccessToken(
  keys: SigningKeyring,
  token: string,
  now: Date,
): Promise<string | null> {
  try {
    const { payload } = await jwtVerify<JWTPayload>(
      token,
      async (header) => {
        const key = header.kid ? keys.verify.get(header.kid) : undefined;
        if (!key) throw new Error("unknown kid");
        return key;
      },
      {
        algorithms: [TOKEN_ALG],
        typ: ACCESS_TOKEN_TYP,
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        currentDate: now,
        maxTokenAge: ACCESS_TOKEN_TTL_SECONDS,
        requiredClaims: ["sub", "exp", "iat", "jti"],
      },
    );
    return typeof payload.sub === "string" ? payload.sub : null;
  } catch {
    return null;
  }
}
