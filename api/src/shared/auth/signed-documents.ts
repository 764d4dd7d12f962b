import { CompactSign } from "jose";
import { type SigningKeyring, TOKEN_ALG } from "./signing-keys.ts";

/** `typ` of the reconciliation file a partner downloads. */
export const RECONCILIATION_TYP = "powercard-reconciliation+jws";
/** `typ` of the marketing system's daily movement file. */
export const MOVEMENTS_TYP = "powercard-movements+jws";
/** `typ` of a webhook event body. */
export const EVENT_TYP = "powercard-event+jws";
export const JOSE_CONTENT_TYPE = "application/jose";

/**
 * A JSON document signed by Powercard as a compact JWS with the keyring's current key. The
 * receiver verifies it against /.well-known/jwks.json (by `kid`) and checks `typ`, so a document
 * of one kind can never pass for another, nor for an access token.
 */
export async function signDocument(keys: SigningKeyring, typ: string, payload: unknown): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: TOKEN_ALG, kid: keys.current.kid, typ })
    .sign(keys.current.privateKey);
}
