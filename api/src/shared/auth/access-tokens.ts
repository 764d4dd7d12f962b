import { randomUUID } from "node:crypto";
import { type JWTPayload, jwtVerify, SignJWT } from "jose";
import { type SigningKeyring, TOKEN_ALG } from "./signing-keys.ts";

export const TOKEN_ISSUER = "powercard";
export const TOKEN_AUDIENCE = "powercard-api";
export const ACCESS_TOKEN_TYP = "at+jwt";
/** Staff access tokens live 10 minutes; the refresh token carries the session. */
export const ACCESS_TOKEN_TTL_SECONDS = 600;

/**
 * Issues an access token for a staff user (sub usr_…) or, with `scope`, for a partner client
 * (sub cli_…, RFC 9068 style `client_id` and `scope` claims).
 */
export async function issueAccessToken(
  keys: SigningKeyring,
  subject: string,
  now: Date,
  scope?: readonly string[],
  /** A staff token's session (its refresh-token family), so a password change can keep it. */
  sessionId?: string,
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  const claims = scope ? { client_id: subject, scope: scope.join(" ") } : sessionId ? { sid: sessionId } : {};
  return new SignJWT(claims)
    .setProtectedHeader({ alg: TOKEN_ALG, typ: ACCESS_TOKEN_TYP, kid: keys.current.kid })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(subject)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .setJti(randomUUID())
    .sign(keys.current.privateKey);
}

/**
 * Verifies a staff access token: EdDSA only (so `none` and HS256 tricks fail), our `typ`, issuer
 * and audience, not expired, signed by a key we hold — looked up by `kid`, never fetched from a
 * URL in the token. Returns the subject (and a partner token's scopes), or null for any failure.
 */
export async function verifyAccessToken(
  keys: SigningKeyring,
  token: string,
  now: Date,
): Promise<{ subject: string; scope: string[] | null; sessionId: string | null } | null> {
  try {
    const { payload } = await jwtVerify<JWTPayload & { scope?: unknown; sid?: unknown }>(
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
    if (typeof payload.sub !== "string") return null;
    return {
      subject: payload.sub,
      scope: typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : null,
      sessionId: typeof payload.sid === "string" ? payload.sid : null,
    };
  } catch {
    return null;
  }
}
