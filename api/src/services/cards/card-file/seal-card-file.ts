import { createHash } from "node:crypto";
import { FlattenedEncrypt, FlattenedSign, importJWK } from "jose";
import "./base64-polyfill.ts";
import type { SigningKeyring } from "../../../shared/auth/signing-keys.ts";
import {
  CARD_FILE_ENC,
  CARD_FILE_JWE_TYP,
  CARD_FILE_JWS_TYP,
  CARD_FILE_KEY_ALG,
  CARD_FILE_SIGNING_ALG,
} from "./headers.ts";
import type { CardFileManifest } from "./manifest.ts";
import { keyId, type LooseJwk, publicPart } from "./manufacturer-keys.ts";
import { joinPayload } from "./payload.ts";

export interface SealCardFileInput {
  /** The utility's keyring; `current` signs (a KMS-backed signer would stand in for its key). */
  signingKeys: Pick<SigningKeyring, "current">;
  manufacturer: { id: string; encryptionJwk: LooseJwk };
  manifest: CardFileManifest;
  printFile: Buffer;
}

/**
 * Signs, then encrypts: a compact JWE (ECDH-ES+A256KW, A256GCM) whose plaintext is a compact
 * JWS (EdDSA) of `manifest JSON LF print file`. Signing inside lets the manufacturer prove the
 * content came from the utility; encrypting outside hides even the manifest. No `zip`:
 * compression before encryption leaks content through length, and a decompressor is one more
 * thing to attack.
 *
 * Memory: a million cards make a ~66 MB print file and every stage (payload, base64url, signing
 * input, ciphertext, base64url) is of that size. jose's flattened classes are used and the
 * compact form (RFC 7515/7516 §7.1: the parts joined by ".") is assembled here, because that
 * skips the flat copy of the whole token that the compact classes make by joining strings.
 */
export async function sealCardFile({
  signingKeys,
  manufacturer,
  manifest,
  printFile,
}: SealCardFileInput): Promise<string> {
  if (manifest.manufacturerId !== manufacturer.id)
    throw new Error(`the manifest names manufacturer ${manifest.manufacturerId}, not ${manufacturer.id}`);
  const sha256 = createHash("sha256").update(printFile).digest("hex");
  if (sha256 !== manifest.printFile.sha256) throw new Error("the manifest's sha256 is not the print file's");

  const recipient = publicPart(manufacturer.encryptionJwk);
  const encryptionKey = await importJWK(recipient, CARD_FILE_KEY_ALG);
  const kid = await keyId(recipient);
  const jwe = await new FlattenedEncrypt(await signedBytes(signingKeys, manifest, printFile))
    .setProtectedHeader({
      alg: CARD_FILE_KEY_ALG,
      enc: CARD_FILE_ENC,
      typ: CARD_FILE_JWE_TYP,
      cty: CARD_FILE_JWS_TYP,
      kid,
    })
    .encrypt(encryptionKey);
  // Left as a rope of the five parts: whoever stores or sends it flattens it once, later.
  return `${jwe.protected}.${jwe.encrypted_key}.${jwe.iv}.${jwe.ciphertext}.${jwe.tag}`;
}

/**
 * The compact JWS as ASCII bytes, written part by part: joining the strings would first make a
 * flat ~90 MB string copy. The payload and its base64url die with this scope.
 */
async function signedBytes(
  signingKeys: SealCardFileInput["signingKeys"],
  manifest: CardFileManifest,
  printFile: Buffer,
): Promise<Buffer> {
  const jws = await new FlattenedSign(joinPayload(JSON.stringify(manifest), printFile))
    .setProtectedHeader({ alg: CARD_FILE_SIGNING_ALG, kid: signingKeys.current.kid, typ: CARD_FILE_JWS_TYP })
    .sign(signingKeys.current.privateKey);
  const parts = [jws.protected as string, jws.payload, jws.signature];
  const bytes = Buffer.allocUnsafe(parts.reduce((n, p) => n + p.length + 1, -1));
  let at = 0;
  for (const part of parts) {
    if (at > 0) bytes[at++] = 0x2e; // "."
    at += bytes.write(part, at, "latin1");
  }
  return bytes;
}
