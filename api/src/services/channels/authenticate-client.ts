import { channelClients, type Db } from "@powercard/db";
import { eq, type SQL, sql } from "drizzle-orm";
import type { ClientPrincipal } from "../../shared/auth/principal.ts";
import { hashApiKey } from "./api-keys.ts";

export type AuthenticatedClient = ClientPrincipal;

/**
 * How long an instance keeps a channel client it has looked up (CLIENT_CACHE_MS). It is the bound
 * on every instance for a suspension, a changed grant, a revoked partner key or a rotated API key
 * to take effect: nothing tells the other instances, each simply looks again once its copy is this
 * old. 2 s costs one query per client per instance every 2 s; the recharge itself stays without a
 * round trip for authentication.
 */
export const DEFAULT_CLIENT_CACHE_MS = 2_000;

interface Entry {
  client: AuthenticatedClient | null;
  /** The partner keys (kid) of the client that are active: a token proved by another is refused. */
  activeKeyIds: readonly string[];
  expires: number;
}

/**
 * Resolves a channel client by its bearer API key or, for partner access tokens, by its id and the
 * key that proved the token. A cached answer comes at once, without a promise, so the recharge hot
 * path costs no extra round trip; requests that find the copy expired share one lookup.
 */
export function createClientAuthenticator(
  db: Db,
  { cacheMs = DEFAULT_CLIENT_CACHE_MS, maxEntries = 10_000 } = {},
) {
  const cache = new Map<string, Entry>();
  const loading = new Map<string, Promise<Entry>>();
  // A key's SHA-256 never changes, so it is computed once per key: only the client expires.
  const keyHashes = new Map<string, string>();

  function lookup(cacheKey: string, where: () => SQL): Entry | Promise<Entry> {
    const hit = cache.get(cacheKey);
    if (hit && hit.expires > Date.now()) return hit;
    let pending = loading.get(cacheKey);
    if (!pending) {
      pending = load(cacheKey, where()).finally(() => loading.delete(cacheKey));
      loading.set(cacheKey, pending);
    }
    return pending;
  }

  async function load(cacheKey: string, where: SQL): Promise<Entry> {
    const [row] = await db.orm
      .select({
        id: channelClients.id,
        name: channelClients.name,
        channel: channelClients.channel,
        unitId: channelClients.unitId,
        status: channelClients.status,
        operations: channelClients.allowedOperations,
        rateLimitPerMinute: channelClients.rateLimitPerMinute,
        activeKeyIds: sql<string[] | null>`(SELECT array_agg(k.kid) FROM client_keys k
          WHERE k.client_id = ${channelClients.id} AND k.status = 'active')`,
      })
      .from(channelClients)
      .where(where)
      .limit(1);
    const client =
      row && row.status === "active"
        ? {
            kind: "client" as const,
            id: row.id,
            name: row.name,
            channel: row.channel,
            unitId: row.unitId,
            operations: row.operations,
            rateLimitPerMinute: row.rateLimitPerMinute,
          }
        : null;
    const entry = { client, activeKeyIds: row?.activeKeyIds ?? [], expires: Date.now() + cacheMs };
    if (cache.size >= maxEntries) cache.clear();
    cache.set(cacheKey, entry);
    return entry;
  }

  function hashOf(apiKey: string): string {
    let keyHash = keyHashes.get(apiKey);
    if (keyHash === undefined) {
      keyHash = hashApiKey(apiKey);
      if (keyHashes.size >= maxEntries) keyHashes.clear();
      keyHashes.set(apiKey, keyHash);
    }
    return keyHash;
  }

  const clientOf = (entry: Entry) => entry.client;
  const clientProvedBy = (keyId: string) => (entry: Entry) =>
    entry.activeKeyIds.includes(keyId) ? entry.client : null;

  return {
    /** One of our own channels by its API key; a rotated-away key is refused once the copy expires. */
    byApiKey(apiKey: string): AuthenticatedClient | null | Promise<AuthenticatedClient | null> {
      const keyHash = hashOf(apiKey);
      const found = lookup(`key:${keyHash}`, () => eq(channelClients.apiKeyHash, keyHash));
      return found instanceof Promise ? found.then(clientOf) : clientOf(found);
    },
    /** A partner by the client id and the key id its access token was issued for (claim `client_key`). */
    byToken(clientId: string, keyId: string): Promise<AuthenticatedClient | null> {
      return Promise.resolve(lookup(`id:${clientId}`, () => eq(channelClients.id, clientId))).then(
        clientProvedBy(keyId),
      );
    },
  };
}

export type ClientAuthenticator = ReturnType<typeof createClientAuthenticator>;
