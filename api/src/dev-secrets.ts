import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type PinKeyring, parsePinKeys } from "@powercard/db";
import type { JWK } from "jose";
import type { Env } from "./env.ts";
import { generateSigningJwk, loadSigningKeyring, type SigningKeyring } from "./shared/auth/signing-keys.ts";

/**
 * The PIN HMAC keyring: from configuration when given (production), otherwise a development key
 * generated on first start and kept in the data folder, outside the repository.
 */
export function resolvePinKeys(env: Env): PinKeyring {
  if (env.PIN_HMAC_KEYS && env.PIN_HMAC_KEY_ID) return parsePinKeys(env.PIN_HMAC_KEYS, env.PIN_HMAC_KEY_ID);
  const dir = join(env.DATA_DIR, "secrets");
  const file = join(dir, "pin-hmac-keys.json");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const dev = { keyId: "dev1", keys: `dev1:${randomBytes(32).toString("base64")}` };
    writeFileSync(file, JSON.stringify(dev), { mode: 0o600 });
  }
  const { keyId, keys } = JSON.parse(readFileSync(file, "utf8")) as { keyId: string; keys: string };
  return parsePinKeys(keys, keyId);
}

/**
 * The Ed25519 keys that sign staff access tokens: from STAFF_SIGNING_KEYS_FILE (a JSON array of
 * private JWKs, the first signs) when set, otherwise a development key generated on first start
 * and kept in the data folder.
 */
export async function resolveSigningKeys(env: Env): Promise<SigningKeyring> {
  if (env.STAFF_SIGNING_KEYS_FILE) {
    return loadSigningKeyring(JSON.parse(readFileSync(env.STAFF_SIGNING_KEYS_FILE, "utf8")) as JWK[]);
  }
  const dir = join(env.DATA_DIR, "secrets");
  const file = join(dir, "staff-signing-keys.json");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, JSON.stringify([await generateSigningJwk()]), { mode: 0o600 });
  }
  return loadSigningKeyring(JSON.parse(readFileSync(file, "utf8")) as JWK[]);
}
