import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { channelClients, clientKeys, type Db } from "@powercard/db";
import { eq } from "drizzle-orm";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";

/**
 * DEVELOPMENT ONLY. The demo bank (`cli_demo_bank`) authenticates as every partner must: with a
 * private_key_jwt assertion. Its Ed25519 key pair is generated on first start into the data folder
 * (outside the repository, like the other development secrets) and its public half is registered
 * for the demo bank. Nothing here runs in production: server.ts calls it only with the demo world.
 */
export const DEMO_PARTNER_ID = "cli_demo_bank";
const ALG = "EdDSA";

export const demoPartnerKeyFile = (dataDir: string) => join(dataDir, "secrets", "demo-bank-signing-key.json");

/** Creates the demo bank's key if missing and registers its public half; the key's file, or null. */
export async function ensureDemoPartnerKey(db: Db, dataDir: string): Promise<string | null> {
  const [bank] = await db.orm
    .select({ id: channelClients.id })
    .from(channelClients)
    .where(eq(channelClients.id, DEMO_PARTNER_ID));
  if (!bank) return null;
  const file = demoPartnerKeyFile(dataDir);
  if (!existsSync(file)) {
    mkdirSync(join(dataDir, "secrets"), { recursive: true, mode: 0o700 });
    const { privateKey } = await generateKeyPair(ALG, { crv: "Ed25519", extractable: true });
    writeFileSync(file, JSON.stringify(await exportJWK(privateKey)), { mode: 0o600 });
  }
  const { d: _private, ...publicJwk } = JSON.parse(readFileSync(file, "utf8")) as JWK;
  const kid = await calculateJwkThumbprint(publicJwk);
  await db.orm
    .insert(clientKeys)
    .values({ clientId: DEMO_PARTNER_ID, kid, alg: ALG, publicJwk, createdAt: new Date() })
    .onConflictDoNothing();
  return file;
}

/** A client assertion for the demo bank, signed with its development key, for `tokenEndpoint`. */
export async function demoPartnerAssertion(dataDir: string, tokenEndpoint: string): Promise<string> {
  const jwk = JSON.parse(readFileSync(demoPartnerKeyFile(dataDir), "utf8")) as JWK;
  const { d: _private, ...publicJwk } = jwk;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: ALG, typ: "JWT", kid: await calculateJwkThumbprint(publicJwk) })
    .setIssuer(DEMO_PARTNER_ID)
    .setSubject(DEMO_PARTNER_ID)
    .setAudience(tokenEndpoint)
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .setJti(randomUUID())
    .sign(await importJWK({ ...jwk, alg: ALG }, ALG));
}
