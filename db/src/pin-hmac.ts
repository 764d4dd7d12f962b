import { createHmac, randomInt } from "node:crypto";

export const PIN_LENGTH = 16;

/**
 * The server keys that turn a PIN into its stored HMAC-SHA-256. Several keys may be active
 * so they can rotate: new cards use `currentKeyId`, old cards keep the key id they were made with.
 */
export interface PinKeyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export function pinHmac(keyring: PinKeyring, pin: string, keyId = keyring.currentKeyId): Buffer {
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`unknown PIN key id ${keyId}`);
  return createHmac("sha256", key).update(pin, "utf8").digest();
}

/** The HMAC of one PIN under every active key, for matching a card whose key id is not yet known. */
export function pinHmacsForAllKeys(
  keyring: PinKeyring,
  pin: string,
): { keyIds: string[]; hmacsHex: string[] } {
  const keyIds = [...keyring.keys.keys()];
  return { keyIds, hmacsHex: keyIds.map((id) => pinHmac(keyring, pin, id).toString("hex")) };
}

/** A PIN of uniformly random digits from the operating system's CSPRNG. */
export function generatePin(length = PIN_LENGTH): string {
  let pin = "";
  for (let i = 0; i < length; i++) pin += String(randomInt(10));
  return pin;
}

/** Parses "k1:base64key,k2:base64key"; each key must be at least 32 bytes. */
export function parsePinKeys(spec: string, currentKeyId: string): PinKeyring {
  const keys = new Map<string, Buffer>();
  for (const part of spec.split(",").filter(Boolean)) {
    const [id, b64] = part.split(":");
    if (!id || !b64) throw new Error("PIN_HMAC_KEYS must look like kid:base64key[,kid:base64key]");
    const key = Buffer.from(b64, "base64");
    if (key.length < 32) throw new Error(`PIN key ${id} must be at least 32 bytes`);
    keys.set(id, key);
  }
  if (!keys.has(currentKeyId)) throw new Error(`PIN_HMAC_KEY_ID ${currentKeyId} is not among PIN_HMAC_KEYS`);
  return { currentKeyId, keys };
}
