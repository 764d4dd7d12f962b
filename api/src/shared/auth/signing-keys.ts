import { randomBytes } from "node:crypto";
import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from "jose";

/**
 * The keys that sign staff access tokens: one current Ed25519 key signs, every listed key
 * verifies (so a rotated-out key keeps working until its tokens expire). `kid` is the RFC 7638
 * thumbprint of the public key.
 */
export interface SigningKeyring {
  current: { kid: string; privateKey: CryptoKey };
  verify: ReadonlyMap<string, CryptoKey>;
  /** The public keys, as published at /.well-known/jwks.json. */
  jwks: { keys: JWK[] };
}

export const TOKEN_ALG = "EdDSA";

async function publicJwkWithKid(privateJwk: JWK): Promise<JWK> {
  const { d: _private, ...pub } = privateJwk;
  const kid = await calculateJwkThumbprint(pub);
  return { ...pub, kid, alg: TOKEN_ALG, use: "sig" };
}

/** Builds a keyring from private JWKs (the first signs) and extra public JWKs that only verify. */
export async function loadSigningKeyring(
  privateJwks: JWK[],
  retiredPublicJwks: JWK[] = [],
): Promise<SigningKeyring> {
  const [first] = privateJwks;
  if (!first) throw new Error("at least one signing key is required");
  if (first.kty !== "OKP" || first.crv !== "Ed25519" || !first.d)
    throw new Error("signing keys must be private Ed25519 JWKs");
  const publics = await Promise.all([
    ...privateJwks.map(publicJwkWithKid),
    ...retiredPublicJwks.map(async (k) => publicJwkWithKid(k)),
  ]);
  const verify = new Map<string, CryptoKey>();
  for (const jwk of publics) verify.set(jwk.kid as string, (await importJWK(jwk, TOKEN_ALG)) as CryptoKey);
  const currentKid = publics[0]?.kid as string;
  return {
    current: {
      kid: currentKid,
      privateKey: (await importJWK({ ...first, alg: TOKEN_ALG }, TOKEN_ALG)) as CryptoKey,
    },
    verify,
    jwks: { keys: publics },
  };
}

export async function generateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(TOKEN_ALG, { crv: "Ed25519", extractable: true });
  return exportJWK(privateKey);
}

/** A random opaque secret (refresh tokens). */
export const randomToken = (prefix: string) => `${prefix}_${randomBytes(32).toString("base64url")}`;
