import { clientKeys, type Db, usedAssertionIds } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import { decodeProtectedHeader, importJWK, type JWK, type JWTPayload, jwtVerify } from "jose";
import { DomainError } from "../../shared/errors.ts";

/** Algorithms a partner may sign assertions with; each registered key is bound to one. */
export const ASSERTION_ALGORITHMS = ["ES256", "EdDSA"] as const;
/** `typ` values accepted on an assertion (absent is accepted too, as RFC 7523 allows). */
const ASSERTION_TYPES = new Set(["JWT", "client-authentication+jwt"]);
export const MAX_ASSERTION_LIFETIME_S = 300;
const MAX_FUTURE_IAT_S = 10;

const invalidClient = (why: string) =>
  new DomainError("invalid_client", { detail: `Client authentication failed: ${why}` });

/**
 * Verifies a private_key_jwt client assertion (RFC 7523) and returns the client and the key id. The key is
 * the partner's registered JWK for the header's `kid` — never one named by a URL in the token —
 * and the algorithm must be the one that key is registered for. `iss` = `sub` = the client,
 * `aud` = our token endpoint, `exp` at most 5 minutes ahead, `iat` not more than 10 s ahead,
 * and a `jti` that is recorded so it is never accepted twice, across restarts and instances.
 */
export async function verifyClientAssertion(
  db: Db,
  assertion: string,
  tokenEndpoint: string,
  now: Date,
): Promise<{ clientId: string; keyId: string }> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let claims: JWTPayload;
  try {
    header = decodeProtectedHeader(assertion);
    claims = JSON.parse(
      Buffer.from(assertion.split(".")[1] ?? "", "base64url").toString("utf8"),
    ) as JWTPayload;
  } catch {
    throw invalidClient("the assertion is not a JWS");
  }
  if (typeof claims.iss !== "string" || claims.iss !== claims.sub)
    throw invalidClient("iss and sub must both be your client id");
  if (!header.kid || typeof header.alg !== "string") throw invalidClient("kid and alg are required");
  if (header.typ !== undefined && !ASSERTION_TYPES.has(header.typ))
    throw invalidClient(`typ ${header.typ} is not a client assertion`);

  const [key] = await db.orm
    .select()
    .from(clientKeys)
    .where(
      and(
        eq(clientKeys.clientId, claims.iss),
        eq(clientKeys.kid, header.kid),
        eq(clientKeys.status, "active"),
      ),
    );
  if (!key || key.alg !== header.alg) throw invalidClient("unknown key or algorithm");

  const nowS = Math.floor(now.getTime() / 1000);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(assertion, await importJWK(key.publicJwk as JWK, key.alg), {
      algorithms: [key.alg],
      issuer: key.clientId,
      subject: key.clientId,
      audience: tokenEndpoint,
      currentDate: now,
      requiredClaims: ["exp", "iat", "jti"],
    }));
  } catch (error) {
    throw invalidClient((error as Error).message);
  }
  const exp = payload.exp as number;
  const iat = payload.iat as number;
  if (exp > nowS + MAX_ASSERTION_LIFETIME_S) throw invalidClient("exp may be at most 5 minutes ahead");
  if (iat > nowS + MAX_FUTURE_IAT_S) throw invalidClient("iat is in the future");
  if (iat < nowS - MAX_ASSERTION_LIFETIME_S) throw invalidClient("iat is too old");
  if (typeof payload.jti !== "string" || payload.jti.length === 0 || payload.jti.length > 200)
    throw invalidClient("jti");

  const recorded = await db.orm
    .insert(usedAssertionIds)
    .values({ clientId: key.clientId, jti: payload.jti, expiresAt: new Date(exp * 1000) })
    .onConflictDoNothing()
    .returning({ jti: usedAssertionIds.jti });
  if (recorded.length === 0) throw invalidClient("this assertion (jti) was already used");
  return { clientId: key.clientId, keyId: key.kid };
}
