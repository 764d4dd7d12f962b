import { manufacturers, type PublicJwk } from "@powercard/db";
import { asc } from "drizzle-orm";
import { calculateJwkThumbprint, importJWK, type JWK } from "jose";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import type { ManufacturerView } from "./manufacturer-view.ts";

type Ctx = ServiceContext & { actor: UserPrincipal };

/** Card files are encrypted to this kind of key (ECDH-ES key agreement). */
const ENCRYPTION_CURVES = new Set(["EC:P-256", "EC:P-384", "OKP:X25519"]);
/** Acknowledgements are signed with one of these (ES256 or EdDSA). */
const SIGNING_CURVES = new Map([
  ["EC:P-256", "ES256"],
  ["OKP:Ed25519", "EdDSA"],
]);

async function checkPublicJwk(jwk: JWK, allowed: (curve: string) => string | null, field: string) {
  const curve = `${jwk.kty}:${jwk.crv}`;
  const alg = allowed(curve);
  const invalid = (message: string) =>
    new DomainError("validation_failed", { detail: `Invalid ${field}`, fieldErrors: [{ field, message }] });
  if (!alg) throw invalid(`unsupported key type ${curve}`);
  if ("d" in jwk) throw invalid("a private key was sent: register only the public key");
  try {
    await importJWK(jwk, alg);
  } catch {
    throw invalid("not a valid public key");
  }
  const { kty, crv, x, y } = jwk;
  const pub = { kty, crv, x, ...(y ? { y } : {}) } as PublicJwk;
  return { ...pub, kid: await calculateJwkThumbprint(pub as JWK) } as PublicJwk;
}

/** Registers a card manufacturer with its two public keys (the issuer does this once per manufacturer). */
export async function registerManufacturer({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { name: string; encryptionJwk: JWK; verificationJwk: JWK };
}) {
  const encryptionJwk = await checkPublicJwk(
    input.encryptionJwk,
    (c) => (ENCRYPTION_CURVES.has(c) ? "ECDH-ES+A256KW" : null),
    "body.encryptionJwk",
  );
  const verificationJwk = await checkPublicJwk(
    input.verificationJwk,
    (c) => SIGNING_CURVES.get(c) ?? null,
    "body.verificationJwk",
  );
  const row = {
    id: newId.manufacturer(),
    name: input.name,
    encryptionJwk,
    verificationJwk,
    createdBy: ctx.actor.id,
    createdAt: ctx.now,
  };
  await ctx.db.orm.transaction(async (tx) => {
    await tx.insert(manufacturers).values(row);
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: "manufacturer.registered",
        objectType: "manufacturer",
        objectId: row.id,
        unitId: ctx.actor.unitId,
        after: { name: row.name, encryptionKid: encryptionJwk.kid, verificationKid: verificationJwk.kid },
      },
    );
  });
  return toManufacturerView(row);
}

export async function listManufacturers({ ctx }: { ctx: Ctx }) {
  const rows = await ctx.db.orm.select().from(manufacturers).orderBy(asc(manufacturers.name));
  return rows.map(toManufacturerView);
}

export function toManufacturerView(row: typeof manufacturers.$inferSelect): ManufacturerView {
  return {
    id: row.id,
    name: row.name,
    encryptionJwk: row.encryptionJwk,
    verificationJwk: row.verificationJwk,
    createdAt: row.createdAt.toISOString(),
  };
}
