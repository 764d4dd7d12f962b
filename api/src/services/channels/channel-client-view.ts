import { z } from "@hono/zod-openapi";
import { CHANNELS, CLIENT_OPERATIONS, type channelClients, type clientKeys } from "@powercard/db";

export type ChannelClientRow = typeof channelClients.$inferSelect;
type ClientKeyRow = Pick<typeof clientKeys.$inferSelect, "kid" | "alg" | "status">;

/** The operations a client may perform; also what a sysadmin sends to grant them. */
export const ClientOperationsSchema = z.array(z.enum(CLIENT_OPERATIONS)).max(CLIENT_OPERATIONS.length);

export const ClientKeySchema = z.object({
  kid: z.string(),
  alg: z.enum(["ES256", "EdDSA"]),
  status: z.enum(["active", "revoked"]),
});
export type ClientKeyView = z.infer<typeof ClientKeySchema>;

export const ChannelClientSchema = z
  .object({
    id: z.string().openapi({ example: "cli_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    name: z.string(),
    channel: z.enum(CHANNELS),
    partnerType: z.enum(["bank", "telco"]).nullable(),
    status: z.enum(["active", "suspended"]),
    unitId: z.string().nullable(),
    allowedOperations: ClientOperationsSchema,
    rateLimitPerMinute: z.number().int(),
    webhookUrl: z.string().nullable(),
    apiKeyPrefix: z
      .string()
      .openapi({ description: "The first characters of the API key, to tell keys apart." }),
    keys: z.array(ClientKeySchema),
    createdAt: z.string(),
  })
  .openapi("ChannelClient");
export type ChannelClientView = z.infer<typeof ChannelClientSchema>;

/** The created client, with the API key of one of our own channels (shown in this answer only). */
export const CreatedChannelClientSchema = ChannelClientSchema.extend({
  apiKey: z
    .string()
    .nullable()
    .openapi({
      description:
        "The API key of one of our own channels, shown in this answer only. Null for partners: they " +
        "authenticate with a registered public key and `POST /v1/oauth/token`.",
    }),
});
export type CreatedChannelClientView = z.infer<typeof CreatedChannelClientSchema>;

export function toClientKeyView({ kid, alg, status }: ClientKeyRow): ClientKeyView {
  return { kid, alg, status };
}

export function toChannelClientView(row: ChannelClientRow, keys: ClientKeyRow[] = []): ChannelClientView {
  return {
    id: row.id,
    name: row.name,
    channel: row.channel,
    partnerType: row.partnerType,
    status: row.status,
    unitId: row.unitId,
    allowedOperations: row.allowedOperations,
    rateLimitPerMinute: row.rateLimitPerMinute,
    webhookUrl: row.webhookUrl,
    apiKeyPrefix: row.apiKeyPrefix,
    keys: keys.map(toClientKeyView),
    createdAt: row.createdAt.toISOString(),
  };
}
