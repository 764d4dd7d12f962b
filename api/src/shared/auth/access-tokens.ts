import { randomUUID } from "node:crypto";
import { type JWTPayload, jwtVerify, SignJWT } from "jose";
import { type SigningKeyring, TOKEN_ALG } from "./signing-keys.ts";

export const TOKEN_ISSUER = "powercard";
export const TOKEN_AUDIENCE = "powercard-api";
export const ACCESS_TOKEN_TYP = "at+jwt";
/** Staff access tokens live 10 minutes; the refresh token carries the session. */
export const ACCESS_TOKEN_TTL_SECONDS = 600;

/** What a token carries besides its subject: a staff token its session, a partner's its grant. */
export type TokenGrant =
  | { sessionId?: string }
  /** A partner's scopes, and the id (kid) of its registered key whose assertion got the token. */
  | { scope: readonly string[]; clientKeyId: string };

/**
 * Issues an access token for a staff user (sub usr_…, with `sid`: its session, the refresh-token
 * family, so a password change can keep it) or, with a scope, for a partner client (sub cli_…,
 * RFC 9068 style `client_id` and `scope` claims, and `client_key`: when that key is revoked, the
 * token stops working with it — services/channels/authenticate-client.ts).
 */
export async function issueAccessToken(
  keys: SigningKeyring,
  subject: string,
  now: Date,
  grant: TokenGrant = {},
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  const claims =
    "scope" in grant
      ? { client_id: subject, scope: grant.scope.join(" "), client_key: grant.clientKeyId }
      : grant.sessionId
        ? { sid: grant.sessionId }
        : {};
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

export interface VerifiedToken {
  subject: string;
  /** A partner token's scopes; null for a staff token. */
  scope: string[] | null;
  sessionId: string | null;
  /** The partner key that proved a partner token. */
  clientKeyId: string | null;
  /** When the token was issued (iat), in ms. */
  issuedAtMs: number;
}

/**
 * Verifies an access token: EdDSA only (so `none` and HS256 tricks fail), our `typ`, issuer
 * and audience, not expired, signed by a key we hold — looked up by `kid`, never fetched from a
 * URL in the token. Returns the subject (and a partner token's scopes), or null for any failure.
 */
export async function verifyAccessToken(
  keys: SigningKeyring,
  token: string,
  now: Date,
): Promise<VerifiedToken | null> {
  try {
    const { payload } = await jwtVerify<
      JWTPayload & { scope?: unknown; sid?: unknown; client_key?: unknown }
    >(
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
      clientKeyId: typeof payload.client_key === "string" ? payload.client_key : null,
      issuedAtMs: (payload.iat as number) * 1000,
    };
  } catch {
    return null;
  }
}
