import {
  type Channel,
  type ClientOperation,
  channelClients,
  clientKeys,
  type Orm,
  orgUnits,
} from "@powercard/db";
import { and, asc, eq } from "drizzle-orm";
import { calculateJwkThumbprint, importJWK, type JWK } from "jose";
import { inScope, type UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { atTreeRoot } from "../units/unit-scope.ts";
import { apiKeyPrefix, generateApiKey, hashApiKey } from "./api-keys.ts";
import {
  type ChannelClientRow,
  type ChannelClientView,
  type ClientKeyView,
  type CreatedChannelClientView,
  toChannelClientView,
} from "./channel-client-view.ts";

type Ctx = ServiceContext & { actor: UserPrincipal };
/** A client the sysadmin may manage: unit-bound ones in their subtree, unit-less ones from the province. */
export async function clientInScope(ctx: Ctx, clientId: string): Promise<ChannelClientRow> {
  const [row] = await ctx.db.orm
    .select({ client: channelClients, unitPath: orgUnits.path })
    .from(channelClients)
    .leftJoin(orgUnits, eq(orgUnits.id, channelClients.unitId))
    .where(eq(channelClients.id, clientId));
  const visible = row && (row.unitPath ? inScope(ctx.actor, row.unitPath) : atTreeRoot(ctx.actor));
  if (!row || !visible) throw new DomainError("client_not_found");
  return row.client;
}

export async function listClients({ ctx }: { ctx: Ctx }): Promise<ChannelClientView[]> {
  const rows = await ctx.db.orm
    .select({ client: channelClients, unitPath: orgUnits.path })
    .from(channelClients)
    .leftJoin(orgUnits, eq(orgUnits.id, channelClients.unitId))
    .orderBy(asc(channelClients.name));
  const keys = await ctx.db.orm.select().from(clientKeys);
  return rows
    .filter((r) => (r.unitPath ? inScope(ctx.actor, r.unitPath) : atTreeRoot(ctx.actor)))
    .map((r) =>
      toChannelClientView(
        r.client,
        keys.filter((k) => k.clientId === r.client.id),
      ),
    );
}

export async function getClient({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { clientId: string };
}): Promise<ChannelClientView> {
  const client = await clientInScope(ctx, input.clientId);
  const keys = await ctx.db.orm.select().from(clientKeys).where(eq(clientKeys.clientId, client.id));
  return toChannelClientView(client, keys);
}

export interface CreateClientInput {
  name: string;
  channel: Channel;
  partnerType?: "bank" | "telco";
  unitId?: string;
  allowedOperations?: ClientOperation[];
  rateLimitPerMinute?: number;
}

/**
 * Registers a channel client; the API key of one of our own channels is shown in this answer only.
 * A partner gets none (it would be refused): the column needs a value, so it holds the hash of a
 * key nobody ever sees. Partners authenticate with their registered public key instead.
 */
export async function createClient({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: CreateClientInput;
}): Promise<CreatedChannelClientView> {
  if (input.unitId) await unitInScope(ctx.db, ctx.actor, input.unitId);
  else if (!atTreeRoot(ctx.actor))
    throw new DomainError("forbidden", { detail: "Only the province registers clients without a unit" });
  const apiKey = generateApiKey();
  const row: typeof channelClients.$inferInsert = {
    id: newId.channelClient(),
    name: input.name,
    channel: input.channel,
    partnerType: input.channel === "partner" ? (input.partnerType ?? "bank") : null,
    unitId: input.unitId ?? null,
    // Only what the sysadmin listed: a client that was given nothing may do nothing.
    allowedOperations: [...new Set(input.allowedOperations ?? [])],
    rateLimitPerMinute: input.rateLimitPerMinute ?? 600,
    apiKeyHash: hashApiKey(apiKey),
    apiKeyPrefix: apiKeyPrefix(apiKey),
    createdAt: ctx.now,
  };
  const [created] = await ctx.db.orm.transaction(async (tx) => {
    const inserted = await tx.insert(channelClients).values(row).returning();
    await audit(tx, ctx, "client.created", row.id as string, {
      name: input.name,
      channel: input.channel,
      operations: row.allowedOperations,
    });
    return inserted;
  });
  return {
    ...toChannelClientView(created as ChannelClientRow),
    apiKey: input.channel === "partner" ? null : apiKey,
  };
}

export interface UpdateClientInput {
  status?: "active" | "suspended";
  allowedOperations?: ClientOperation[];
  rateLimitPerMinute?: number;
}

export async function updateClient({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: UpdateClientInput & { clientId: string };
}): Promise<ChannelClientView> {
  const before = await clientInScope(ctx, input.clientId);
  const changes = {
    ...(input.status ? { status: input.status } : {}),
    ...(input.allowedOperations ? { allowedOperations: [...new Set(input.allowedOperations)] } : {}),
    ...(input.rateLimitPerMinute ? { rateLimitPerMinute: input.rateLimitPerMinute } : {}),
  };
  await ctx.db.orm.transaction(async (tx) => {
    await tx.update(channelClients).set(changes).where(eq(channelClients.id, before.id));
    await audit(tx, ctx, "client.updated", before.id, changes, {
      status: before.status,
      allowedOperations: before.allowedOperations,
      rateLimitPerMinute: before.rateLimitPerMinute,
    });
  });
  return getClient({ ctx, input });
}

/** Registers a partner's public key (ES256 on P-256, or EdDSA on Ed25519); kid = its thumbprint. */
export async function registerClientKey({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { clientId: string; jwk: JWK };
}): Promise<ClientKeyView> {
  const client = await clientInScope(ctx, input.clientId);
  const { jwk } = input;
  const alg: "ES256" | "EdDSA" | null =
    jwk.kty === "EC" && jwk.crv === "P-256"
      ? "ES256"
      : jwk.kty === "OKP" && jwk.crv === "Ed25519"
        ? "EdDSA"
        : null;
  if (!alg || "d" in jwk || (jwk.alg && jwk.alg !== alg)) {
    throw new DomainError("invalid_key", {
      detail: "Send a public EC P-256 (ES256) or OKP Ed25519 (EdDSA) JWK, without its private part",
    });
  }
  const publicJwk =
    alg === "ES256"
      ? { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y }
      : { kty: "OKP", crv: "Ed25519", x: jwk.x };
  try {
    await importJWK(publicJwk, alg);
  } catch {
    throw new DomainError("invalid_key", { detail: "The key does not parse" });
  }
  const kid = await calculateJwkThumbprint(publicJwk as JWK);
  await ctx.db.orm.transaction(async (tx) => {
    await tx
      .insert(clientKeys)
      .values({ clientId: client.id, kid, alg, publicJwk, createdAt: ctx.now })
      .onConflictDoUpdate({ target: [clientKeys.clientId, clientKeys.kid], set: { status: "active" } });
    await audit(tx, ctx, "client.key_registered", client.id, { kid, alg });
  });
  return { kid, alg, status: "active" };
}

export async function revokeClientKey({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { clientId: string; kid: string };
}) {
  const client = await clientInScope(ctx, input.clientId);
  const revoked = await ctx.db.orm.transaction(async (tx) => {
    const rows = await tx
      .update(clientKeys)
      .set({ status: "revoked" })
      .where(and(eq(clientKeys.clientId, client.id), eq(clientKeys.kid, input.kid)))
      .returning();
    if (rows.length > 0) await audit(tx, ctx, "client.key_revoked", client.id, { kid: input.kid });
    return rows.length;
  });
  if (revoked === 0) throw new DomainError("key_not_found");
}

function audit(tx: Orm, ctx: Ctx, action: string, clientId: string, after: unknown, before?: unknown) {
  return recordAuditEvent(
    { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
    { action, objectType: "channel_client", objectId: clientId, before, after },
  );
}
