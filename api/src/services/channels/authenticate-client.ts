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
  loadedAt: number;
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

  function lookup(
    cacheKey: string,
    where: () => SQL,
    stale?: (hit: Entry) => boolean,
  ): Entry | Promise<Entry> {
    const hit = cache.get(cacheKey);
    if (hit && hit.expires > Date.now() && !stale?.(hit)) return hit;
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
    const loadedAt = Date.now();
    const entry = { client, activeKeyIds: row?.activeKeyIds ?? [], loadedAt, expires: loadedAt + cacheMs };
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
    /** A partner by the client id, the key its access token was issued for (claim `client_key`) and when. */
    byToken(clientId: string, keyId: string, issuedAtMs: number): Promise<AuthenticatedClient | null> {
      // A key this copy does not list may have been registered after the copy was made, if the
      // token is newer than the copy: then look again (iat has whole seconds, hence the second).
      // A token of a revoked key looks once, no more: the next copy is newer than the token.
      const unknownKey = (hit: Entry) =>
        !hit.activeKeyIds.includes(keyId) && hit.loadedAt < issuedAtMs + 1_000;
      return Promise.resolve(
        lookup(`id:${clientId}`, () => eq(channelClients.id, clientId), unknownKey),
      ).then(clientProvedBy(keyId));
    },
  };
}

export type ClientAuthenticator = ReturnType<typeof createClientAuthenticator>;
