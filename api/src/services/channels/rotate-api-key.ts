import { channelClients } from "@powercard/db";
import { eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { apiKeyPrefix, generateApiKey, hashApiKey } from "./api-keys.ts";
import type { CreatedChannelClientView } from "./channel-client-view.ts";
import { clientInScope, getClient } from "./manage-clients.ts";

/**
 * Replaces the API key of one of our own channels: the new key is in this answer only (its
 * SHA-256 is stored), the old one is refused from now on — within CLIENT_CACHE_MS (2 s) on
 * instances that used it a moment ago. Partners have no API key.
 */
export async function rotateApiKey({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { clientId: string };
}): Promise<CreatedChannelClientView> {
  const client = await clientInScope(ctx, input.clientId);
  if (client.channel === "partner") throw new DomainError("client_has_no_api_key");
  const apiKey = generateApiKey();
  const prefix = apiKeyPrefix(apiKey);
  await ctx.db.orm.transaction(async (tx) => {
    await tx
      .update(channelClients)
      .set({ apiKeyHash: hashApiKey(apiKey), apiKeyPrefix: prefix })
      .where(eq(channelClients.id, client.id));
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: "client.api_key_rotated",
        objectType: "channel_client",
        objectId: client.id,
        unitId: client.unitId,
        before: { apiKeyPrefix: client.apiKeyPrefix },
        after: { apiKeyPrefix: prefix },
      },
    );
  });
  const view = await getClient({ ctx, input });
  return { ...view, apiKey };
}
