import type { ProtectedHeaderParameters } from "jose";

export const CARD_FILE_JWE_TYP = "powercard-card-file+jwe";
export const CARD_FILE_JWS_TYP = "powercard-card-file+jws";
export const CARD_ACK_TYP = "powercard-card-ack+jws";

export const CARD_FILE_KEY_ALG = "ECDH-ES+A256KW";
export const CARD_FILE_ENC = "A256GCM";
/** The utility signs with its Ed25519 staff/document keyring (see shared/auth/signing-keys.ts). */
export const CARD_FILE_SIGNING_ALG = "EdDSA";

/**
 * Header members that point at a key (or a place to fetch one). The key that verifies or
 * decrypts a card file is always one we were given, never one the file names.
 */
const KEY_POINTERS = ["jku", "x5u", "jwk", "x5c"] as const;

/** RFC 8725 §3.11: `typ` compares case-insensitively, with or without "application/". */
const mediaType = (typ: unknown) =>
  typeof typ === "string" ? typ.toLowerCase().replace(/^application\//, "") : undefined;

/** Returns the first problem with a protected header, or null when it is acceptable. */
export function headerProblem(
  header: ProtectedHeaderParameters,
  expected: { what: string; typ: string; cty?: string; alg: readonly string[]; enc?: string },
): string | null {
  const { what } = expected;
  for (const name of KEY_POINTERS) {
    if (name in header) return `${what} names its own key ("${name}" header), which is never accepted`;
  }
  if ("zip" in header) return `${what} is compressed ("zip" header), which is not allowed`;
  if (typeof header.alg !== "string" || !expected.alg.includes(header.alg))
    return `${what} uses algorithm ${String(header.alg)}; expected ${expected.alg.join(" or ")}`;
  if (expected.enc !== undefined && header.enc !== expected.enc)
    return `${what} uses content encryption ${String(header.enc)}; expected ${expected.enc}`;
  if (mediaType(header.typ) !== expected.typ)
    return `${what} has typ ${String(header.typ)}; expected ${expected.typ}`;
  if (expected.cty !== undefined && mediaType(header.cty) !== expected.cty)
    return `${what} has cty ${String(header.cty)}; expected ${expected.cty}`;
  return null;
}
