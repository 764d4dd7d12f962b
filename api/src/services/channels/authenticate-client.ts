import { channelClients, type Db } from "@powercard/db";
import { eq } from "drizzle-orm";
import type { ClientPrincipal } from "../../lib/auth/principal.ts";
import { hashApiKey } from "./api-keys.ts";

export type AuthenticatedClient = ClientPrincipal;

/**
 * Resolves a bearer API key to an active channel client. Results are cached for a short time so
 * the recharge hot path costs no extra round trip; a suspended key stops working within that time.
 */
export function createClientAuthenticator(db: Db, { cacheMs = 30_000, maxEntries = 10_000 } = {}) {
  const cache = new Map<string, { client: AuthenticatedClient | null; expires: number }>();

  return async function authenticate(apiKey: string): Promise<AuthenticatedClient | null> {
    const keyHash = hashApiKey(apiKey);
    const hit = cache.get(keyHash);
    if (hit && hit.expires > Date.now()) return hit.client;

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
      .where(eq(channelClients.apiKeyHash, keyHash))
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
    cache.set(keyHash, { client, expires: Date.now() + cacheMs });
    return client;
  };
}

export type ClientAuthenticator = ReturnType<typeof createClientAuthenticator>;
