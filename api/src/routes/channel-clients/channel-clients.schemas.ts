import { z } from "@hono/zod-openapi";
import { CHANNELS } from "@powercard/db";
import { ClientOperationsSchema } from "../../services/channels/channel-client-view.ts";

export const CreateChannelClientSchema = z
  .strictObject({
    name: z.string().min(1).max(100),
    channel: z.enum(CHANNELS),
    partnerType: z.enum(["bank", "telco"]).optional(),
    unitId: z.string().max(64).optional(),
    allowedOperations: ClientOperationsSchema.optional().openapi({
      description:
        "What the client may do. A client gets only the operations listed here (none if omitted); " +
        "a recharge channel typically needs cards:verify, recharges:write, recharges:read, accounts:read.",
    }),
    rateLimitPerMinute: z.number().int().min(1).max(100_000).optional(),
  })
  .openapi("CreateChannelClient");

export const UpdateChannelClientSchema = z.strictObject({
  status: z.enum(["active", "suspended"]).optional(),
  allowedOperations: ClientOperationsSchema.optional(),
  rateLimitPerMinute: z.number().int().min(1).max(100_000).optional(),
});

export const RegisterClientKeySchema = z.strictObject({
  jwk: z.record(z.string(), z.unknown()).openapi({ description: "Public EC P-256 or OKP Ed25519 JWK." }),
});
