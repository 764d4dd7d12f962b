import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";
import { CARD_FILE_KEY_ALG } from "./headers.ts";

/** A JWK as stored (jsonb) or read from a file: only `kty` is known to be there. */
export type LooseJwk = { kty?: unknown; [member: string]: unknown };

/**
 * The public members of the key types we use (EC, OKP); anything else (d, alg, use, and any
 * pointer to another key) is dropped, so a private key handed in by mistake is never used as one.
 */
export function publicPart(jwk: LooseJwk): JWK {
  const pick = (name: string) => (typeof jwk[name] === "string" ? (jwk[name] as string) : undefined);
  const y = pick("y");
  return { kty: pick("kty"), crv: pick("crv"), x: pick("x"), ...(y !== undefined ? { y } : {}) };
}

/** RFC 7638 thumbprint of the public key: the `kid` everyone computes the same way. */
export const keyId = (jwk: LooseJwk) => calculateJwkThumbprint(publicPart(jwk));

/** One algorithm per key, fixed by its curve: P-256 signs ES256, Ed25519 signs EdDSA. */
export function signingAlgFor(jwk: LooseJwk): "ES256" | "EdDSA" | null {
  if (jwk.kty === "EC" && jwk.crv === "P-256") return "ES256";
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519") return "EdDSA";
  return null;
}

export interface KeyPairJwks {
  privateJwk: JWK;
  publicJwk: JWK;
}

async function keyPair(alg: string, crv: string, use: "enc" | "sig"): Promise<KeyPairJwks> {
  const { privateKey } = await generateKeyPair(alg, { crv, extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const kid = await keyId(privateJwk);
  return {
    privateJwk: { ...privateJwk, kid, alg, use },
    publicJwk: { ...publicPart(privateJwk), kid, alg, use },
  };
}

/**
 * A manufacturer's two key pairs: card files are encrypted to the first (ECDH-ES on P-256), its
 * acknowledgements are signed with the second (ES256, which most HSMs offer). Separate keys,
 * so neither can be used for the other's job.
 */
export async function generateManufacturerKeys(): Promise<{ encryption: KeyPairJwks; signing: KeyPairJwks }> {
  return {
    encryption: await keyPair(CARD_FILE_KEY_ALG, "P-256", "enc"),
    signing: await keyPair("ES256", "P-256", "sig"),
  };
}
