import { z } from "@hono/zod-openapi";
import { CHANNELS, CLIENT_OPERATIONS } from "@powercard/db";

export const Operations = z.array(z.enum(CLIENT_OPERATIONS)).max(CLIENT_OPERATIONS.length);

export const KeySchema = z.object({
  kid: z.string(),
  alg: z.enum(["ES256", "EdDSA"]),
  status: z.enum(["active", "revoked"]),
});
export const ClientSchema = z
  .object({
    id: z.string().openapi({ example: "cli_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    name: z.string(),
    channel: z.enum(CHANNELS),
    partnerType: z.enum(["bank", "telco"]).nullable(),
    status: z.enum(["active", "suspended"]),
    unitId: z.string().nullable(),
    allowedOperations: Operations,
    rateLimitPerMinute: z.number().int(),
    webhookUrl: z.string().nullable(),
    apiKeyPrefix: z
      .string()
      .openapi({ description: "The first characters of the API key, to tell keys apart." }),
    keys: z.array(KeySchema),
    createdAt: z.string(),
  })
  .openapi("ChannelClient");

export const CreateChannelClientSchema = z
  .strictObject({
    name: z.string().min(1).max(100),
    channel: z.enum(CHANNELS),
    partnerType: z.enum(["bank", "telco"]).optional(),
    unitId: z.string().max(64).optional(),
    allowedOperations: Operations.optional().openapi({
      description:
        "What the client may do. A client gets only the operations listed here (none if omitted); " +
        "a recharge channel typically needs cards:verify, recharges:write, recharges:read, accounts:read.",
    }),
    rateLimitPerMinute: z.number().int().min(1).max(100_000).optional(),
  })
  .openapi("CreateChannelClient");

/** The created client, with the API key of one of our own channels (shown in this answer only). */
export const CreatedChannelClientSchema = ClientSchema.extend({
  apiKey: z
    .string()
    .nullable()
    .openapi({
      description:
        "The API key of one of our own channels, shown in this answer only. Null for partners: they " +
        "authenticate with a registered public key and `POST /v1/oauth/token`.",
    }),
});

export const UpdateChannelClientSchema = z.strictObject({
  status: z.enum(["active", "suspended"]).optional(),
  allowedOperations: Operations.optional(),
  rateLimitPerMinute: z.number().int().min(1).max(100_000).optional(),
});

export const RegisterClientKeySchema = z.strictObject({
  jwk: z.record(z.string(), z.unknown()).openapi({ description: "Public EC P-256 or OKP Ed25519 JWK." }),
});
