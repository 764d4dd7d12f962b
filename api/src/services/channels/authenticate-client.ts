import { channelClients, type Db } from "@powercard/db";
import { eq, type SQL } from "drizzle-orm";
import type { ClientPrincipal } from "../../shared/auth/principal.ts";
import { hashApiKey } from "./api-keys.ts";

export type AuthenticatedClient = ClientPrincipal;

/**
 * Resolves a channel client by its bearer API key or, for partner access tokens, by its id. Results
 * are cached for a short time so the recharge hot path costs no extra round trip; a suspended
 * client stops working within that time. A cached answer comes at once, without a promise.
 */
export function createClientAuthenticator(db: Db, { cacheMs = 30_000, maxEntries = 10_000 } = {}) {
  const cache = new Map<string, { client: AuthenticatedClient | null; expires: number }>();
  // A key's SHA-256 never changes, so it is computed once per key: only the client expires.
  const keyHashes = new Map<string, string>();

  function lookup(
    cacheKey: string,
    where: () => SQL,
  ): AuthenticatedClient | null | Promise<AuthenticatedClient | null> {
    const hit = cache.get(cacheKey);
    if (hit && hit.expires > Date.now()) return hit.client;
    return load(cacheKey, where());
  }

  async function load(cacheKey: string, where: SQL): Promise<AuthenticatedClient | null> {
    const [row] = await db.orm
      .select({
        id: channelClients.id,
        name: channelClients.name,
        channel: channelClients.channel,
        unitId: channelClients.unitId,
        status: channelClients.status,
        operations: channelClients.allowedOperations,
        rateLimitPerMinute: channelClients.rateLimitPerMinute,
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
    if (cache.size >= maxEntries) cache.clear();
    cache.set(cacheKey, { client, expires: Date.now() + cacheMs });
    return client;
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

  return {
    byApiKey(apiKey: string) {
      const keyHash = hashOf(apiKey);
      return lookup(`key:${keyHash}`, () => eq(channelClients.apiKeyHash, keyHash));
    },
    byId(clientId: string) {
      return lookup(`id:${clientId}`, () => eq(channelClients.id, clientId));
    },
  };
}

export type ClientAuthenticator = ReturnType<typeof createClientAuthenticator>;
