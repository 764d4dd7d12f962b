import {
  compactDecrypt,
  compactVerify,
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  importJWK,
  type JSONWebKeySet,
  type JWK,
} from "jose";
import "./base64-polyfill.ts";
import { CardFileError } from "./card-file-error.ts";
import { checkPrintFile } from "./check-print-file.ts";
import {
  CARD_FILE_ENC,
  CARD_FILE_JWE_TYP,
  CARD_FILE_JWS_TYP,
  CARD_FILE_KEY_ALG,
  CARD_FILE_SIGNING_ALG,
  headerProblem,
} from "./headers.ts";
import { type CardFileManifest, cardFileManifestSchema } from "./manifest.ts";
import { keyId, type LooseJwk } from "./manufacturer-keys.ts";
import { splitPayload } from "./payload.ts";

export interface OpenCardFileInput {
  jwe: string;
  /** The manufacturer's private ECDH-ES key (the `encryption` key of generateManufacturerKeys). */
  manufacturerPrivateJwk: LooseJwk;
  /** The utility's published keys (/.well-known/jwks.json); the file's `kid` picks one. */
  utilityJwks: JSONWebKeySet;
}

/**
 * The manufacturer's side of sealCardFile: decrypts, verifies the utility's signature, and
 * checks the print file against the manifest. Any failure is a CardFileError saying which check
 * failed; nothing is returned unless every check passed.
 */
export async function openCardFile({
  jwe,
  manufacturerPrivateJwk,
  utilityJwks,
}: OpenCardFileInput): Promise<{ manifest: CardFileManifest; printFile: Buffer }> {
  // Nested calls, no names: each ~60–110 MB stage is garbage once the next one has it.
  const payload = await verify(latin1(await decrypt(jwe.trim(), manufacturerPrivateJwk)), utilityJwks);
  const { manifestJson, printFile } = splitPayload(payload);
  const manifest = parseManifest(manifestJson);
  checkPrintFile(printFile, manifest);
  return { manifest, printFile };
}

function readHeader(token: string, what: string) {
  try {
    return decodeProtectedHeader(token);
  } catch {
    throw new CardFileError(`${what} is not a compact JOSE object with a readable protected header`);
  }
}

async function decrypt(jwe: string, privateJwk: LooseJwk): Promise<Uint8Array> {
  const what = "the card file";
  const header = readHeader(jwe, what);
  const problem = headerProblem(header, {
    what,
    typ: CARD_FILE_JWE_TYP,
    cty: CARD_FILE_JWS_TYP,
    alg: [CARD_FILE_KEY_ALG],
    enc: CARD_FILE_ENC,
  });
  if (problem) throw new CardFileError(problem);
  // The kid says whose key the file is for: a clear message instead of "decryption failed".
  const ours = await keyId(privateJwk);
  if (header.kid !== ours)
    throw new CardFileError(
      `the card file is encrypted to key ${String(header.kid)}, not to this key (${ours})`,
    );
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK({ ...(privateJwk as JWK), alg: CARD_FILE_KEY_ALG }, CARD_FILE_KEY_ALG);
  } catch {
    throw new CardFileError("the manufacturer's decryption key is not a usable private ECDH-ES key");
  }
  try {
    const { plaintext } = await compactDecrypt(jwe, key, {
      keyManagementAlgorithms: [CARD_FILE_KEY_ALG],
      contentEncryptionAlgorithms: [CARD_FILE_ENC],
      maxDecompressedLength: 0, // and never decompress, whatever the header says
    });
    return plaintext;
  } catch (error) {
    throw new CardFileError(`the card file could not be decrypted: ${joseReason(error)}`);
  }
}

const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

async function verify(token: string, jwks: JSONWebKeySet): Promise<Uint8Array> {
  const what = "the signed content";
  const header = readHeader(token, what);
  const problem = headerProblem(header, { what, typ: CARD_FILE_JWS_TYP, alg: [CARD_FILE_SIGNING_ALG] });
  if (problem) throw new CardFileError(problem);
  if (typeof header.kid !== "string") throw new CardFileError(`${what} does not name its signing key (kid)`);
  try {
    const { payload } = await compactVerify(token, createLocalJWKSet(jwks), {
      algorithms: [CARD_FILE_SIGNING_ALG],
    });
    return payload;
  } catch (error) {
    if (error instanceof errors.JWKSNoMatchingKey)
      throw new CardFileError(
        `the card file is signed with key ${header.kid}, which is not in the utility's JWKS`,
      );
    throw new CardFileError(`the utility's signature is not valid: ${joseReason(error)}`);
  }
}

function parseManifest(json: string): CardFileManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new CardFileError("the manifest is not valid JSON");
  }
  const parsed = cardFileManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CardFileError(
      `the manifest is not valid: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/** jose's own message is specific ("signature verification failed", "decryption operation failed"). */
const joseReason = (error: unknown) =>
  error instanceof errors.JOSEError ? error.message : error instanceof Error ? error.message : String(error);
