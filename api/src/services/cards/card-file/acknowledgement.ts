import { CompactSign, compactVerify, decodeProtectedHeader, importJWK, type JWK } from "jose";
import { DomainError } from "../../../shared/errors.ts";
import { CardFileError } from "./card-file-error.ts";
import { CARD_ACK_TYP, headerProblem } from "./headers.ts";
import { keyId, type LooseJwk, publicPart, signingAlgFor } from "./manufacturer-keys.ts";

/** What the manufacturer signs once it has checked a card file: this order, this many cards, this file. */
export interface CardFileAcknowledgement {
  orderId: string;
  cardCount: number;
  printFileSha256: string;
  /** Seconds since the epoch, when it was signed. */
  iat: number;
}

/** Signs with the manufacturer's private ES256 (P-256) or EdDSA (Ed25519) key. */
export async function signAcknowledgement({
  manufacturerSigningJwk,
  orderId,
  cardCount,
  printFileSha256,
}: {
  manufacturerSigningJwk: LooseJwk;
  orderId: string;
  cardCount: number;
  printFileSha256: string;
}): Promise<string> {
  const alg = signingAlgFor(manufacturerSigningJwk);
  if (!alg || typeof manufacturerSigningJwk.d !== "string")
    throw new CardFileError("the signing key must be a private P-256 (ES256) or Ed25519 (EdDSA) JWK");
  const key = await importJWK({ ...(manufacturerSigningJwk as JWK), alg }, alg);
  const ack: CardFileAcknowledgement = {
    orderId,
    cardCount,
    printFileSha256,
    iat: Math.floor(Date.now() / 1000),
  };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(ack)))
    .setProtectedHeader({ alg, typ: CARD_ACK_TYP, kid: await keyId(manufacturerSigningJwk) })
    .sign(key);
}

const invalid = (detail: string) =>
  new DomainError("acknowledgement_invalid", { detail: `The acknowledgement is not valid: ${detail}` });

/**
 * Checks an uploaded acknowledgement against the manufacturer's registered public key and the
 * order: signature, typ, and that it names this order, its card count and its print file's hash.
 * Throws DomainError `acknowledgement_invalid` naming the first thing that failed.
 */
export async function verifyAcknowledgement({
  jws,
  verificationJwk,
  expected,
}: {
  jws: string;
  verificationJwk: LooseJwk;
  expected: { orderId: string; cardCount: number; printFileSha256: string };
}): Promise<CardFileAcknowledgement> {
  const alg = signingAlgFor(verificationJwk);
  if (!alg) throw new Error("the manufacturer's registered verification key is not P-256 or Ed25519");
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    throw invalid("it is not a compact JWS");
  }
  const problem = headerProblem(header, { what: "it", typ: CARD_ACK_TYP, alg: [alg] });
  if (problem) throw invalid(problem);
  const registeredKid = await keyId(verificationJwk);
  if (header.kid !== undefined && header.kid !== registeredKid)
    throw invalid(`it is signed with key ${String(header.kid)}, not the manufacturer's registered key`);

  let payload: Uint8Array;
  try {
    const key = await importJWK({ ...publicPart(verificationJwk), alg }, alg);
    ({ payload } = await compactVerify(jws, key, { algorithms: [alg] }));
  } catch {
    throw invalid("the signature does not verify with the manufacturer's registered key");
  }
  let ack: Partial<CardFileAcknowledgement>;
  try {
    ack = JSON.parse(new TextDecoder().decode(payload)) as Partial<CardFileAcknowledgement>;
  } catch {
    throw invalid("its payload is not JSON");
  }
  if (ack.orderId !== expected.orderId) throw invalid(`it names order ${String(ack.orderId)}`);
  if (ack.cardCount !== expected.cardCount)
    throw invalid(`it counts ${String(ack.cardCount)} cards; the order has ${expected.cardCount}`);
  if (
    typeof ack.printFileSha256 !== "string" ||
    ack.printFileSha256.toLowerCase() !== expected.printFileSha256
  )
    throw invalid("its print-file SHA-256 is not the one of the file sent");
  if (typeof ack.iat !== "number" || !Number.isInteger(ack.iat))
    throw invalid("it has no signing time (iat)");
  return ack as CardFileAcknowledgement;
}
