import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Db, DEMO_MANUFACTURER, manufacturers, orgUnits, type PublicJwk } from "@powercard/db";
import { eq } from "drizzle-orm";
import type { JWK } from "jose";
import { generateManufacturerKeys, keyId, publicPart } from "./services/cards/card-file/index.ts";

/**
 * DEVELOPMENT ONLY. The demo card manufacturer (`mfr_demo`, named as demo keys): its two key
 * pairs are generated on first start into the data folder, in the layout of
 * `npm run manufacturer -- keygen` (so `npm run manufacturer -- open --keys <dir>` opens the demo
 * card files), and its public halves are registered. A data folder with other keys re-registers
 * them. Nothing here runs in production: server.ts calls it only with the demo world.
 */
export const demoManufacturerDir = (dataDir: string) => join(dataDir, "secrets", "demo-manufacturer");

const FILES = { encryption: "encryption-private.jwk.json", signing: "signing-private.jwk.json" };

/** Creates the demo manufacturer's keys if missing and registers them; the key folder, or null. */
export async function ensureDemoManufacturer(db: Db, dataDir: string): Promise<string | null> {
  const [province] = await db.orm
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(eq(orgUnits.id, "unt_demo_zj"));
  if (!province) return null;
  const dir = demoManufacturerDir(dataDir);
  const file = (name: string) => join(dir, name);
  if (!existsSync(file(FILES.encryption)) || !existsSync(file(FILES.signing))) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const keys = await generateManufacturerKeys();
    writeFileSync(file(FILES.encryption), JSON.stringify(keys.encryption.privateJwk, null, 2), {
      mode: 0o600,
    });
    writeFileSync(file(FILES.signing), JSON.stringify(keys.signing.privateJwk, null, 2), { mode: 0o600 });
    const registration = {
      encryptionJwk: keys.encryption.publicJwk,
      verificationJwk: keys.signing.publicJwk,
    };
    writeFileSync(file("registration.json"), `${JSON.stringify(registration, null, 2)}\n`, { mode: 0o644 });
  }
  const registered = async (name: string) => {
    const jwk = JSON.parse(readFileSync(file(name), "utf8")) as JWK;
    return { ...publicPart(jwk), kid: await keyId(jwk) } as PublicJwk;
  };
  const keys = {
    encryptionJwk: await registered(FILES.encryption),
    verificationJwk: await registered(FILES.signing),
  };
  await db.orm
    .insert(manufacturers)
    .values({
      id: DEMO_MANUFACTURER.id,
      name: DEMO_MANUFACTURER.name,
      ...keys,
      createdBy: DEMO_MANUFACTURER.registeredBy,
      createdAt: new Date(),
    })
    .onConflictDoUpdate({ target: manufacturers.id, set: keys });
  return dir;
}
