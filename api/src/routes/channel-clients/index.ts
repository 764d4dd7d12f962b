import { z } from "@hono/zod-openapi";
import { CHANNELS, CLIENT_OPERATIONS } from "@powercard/db";
import type { JWK } from "jose";
import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { staffContext } from "../../http/service-context.ts";
import {
  createClient,
  getClient,
  listClients,
  registerClientKey,
  revokeClientKey,
  updateClient,
} from "../../services/channels/manage-clients.ts";

const tags = ["Channel clients"];
const access = { roles: ["sysadmin"] } as const;
const params = z.object({ clientId: z.string().max(64) });
const Operations = z.array(z.enum(CLIENT_OPERATIONS)).max(CLIENT_OPERATIONS.length);

const KeySchema = z.object({
  kid: z.string(),
  alg: z.enum(["ES256", "EdDSA"]),
  status: z.enum(["active", "revoked"]),
});
const ClientSchema = z
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

const list = defineRoute({
  access,
  method: "get",
  path: "/v1/channel-clients",
  operationId: "listChannelClients",
  tags,
  summary: "The channel clients you manage",
  responses: {
    200: jsonResponse(z.object({ data: z.array(ClientSchema) }), "Clients."),
    ...problemResponses("forbidden"),
  },
});

const get = defineRoute({
  access,
  method: "get",
  path: "/v1/channel-clients/{clientId}",
  operationId: "getChannelClient",
  tags,
  summary: "One channel client with its keys",
  request: { params },
  responses: {
    200: jsonResponse(ClientSchema, "The client."),
    ...problemResponses("client_not_found", "forbidden"),
  },
});

const create = defineRoute({
  access,
  method: "post",
  path: "/v1/channel-clients",
  operationId: "createChannelClient",
  tags,
  summary: "Register a channel client (its API key is shown once)",
  description:
    "API keys serve the utility's own gateways (counter terminals, IVR, SMS, the website). Partners " +
    "get none: register their public key (`POST /v1/channel-clients/{clientId}/keys`); they authenticate " +
    "with it at `POST /v1/oauth/token`.",
  request: {
    body: jsonBody(
      z
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
        .openapi("CreateChannelClient"),
      "The client.",
    ),
  },
  responses: {
    201: jsonResponse(
      ClientSchema.extend({
        apiKey: z
          .string()
          .nullable()
          .openapi({
            description:
              "The API key of one of our own channels, shown in this answer only. Null for partners: they " +
              "authenticate with a registered public key and `POST /v1/oauth/token`.",
          }),
      }),
      "Created; store the apiKey now.",
    ),
    ...problemResponses("unit_not_found", "forbidden"),
  },
});

const update = defineRoute({
  access,
  method: "patch",
  path: "/v1/channel-clients/{clientId}",
  operationId: "updateChannelClient",
  tags,
  summary: "Suspend or reactivate a client, change its operations or rate quota",
  request: {
    params,
    body: jsonBody(
      z.strictObject({
        status: z.enum(["active", "suspended"]).optional(),
        allowedOperations: Operations.optional(),
        rateLimitPerMinute: z.number().int().min(1).max(100_000).optional(),
      }),
      "The changes.",
    ),
  },
  responses: {
    200: jsonResponse(ClientSchema, "The client."),
    ...problemResponses("client_not_found", "forbidden"),
  },
});

const addKey = defineRoute({
  access,
  method: "post",
  path: "/v1/channel-clients/{clientId}/keys",
  operationId: "registerChannelClientKey",
  tags,
  summary: "Register a partner's public key (JWK) for signing client assertions",
  request: {
    params,
    body: jsonBody(
      z.strictObject({
        jwk: z
          .record(z.string(), z.unknown())
          .openapi({ description: "Public EC P-256 or OKP Ed25519 JWK." }),
      }),
      "The public key.",
    ),
  },
  responses: {
    201: jsonResponse(KeySchema, "Registered; kid is the RFC 7638 thumbprint."),
    ...problemResponses("client_not_found", "invalid_key", "forbidden"),
  },
});

const revokeKey = defineRoute({
  access,
  method: "delete",
  path: "/v1/channel-clients/{clientId}/keys/{kid}",
  operationId: "revokeChannelClientKey",
  tags,
  summary: "Revoke a partner key",
  request: { params: params.extend({ kid: z.string().max(100) }) },
  responses: {
    204: { description: "Revoked." },
    ...problemResponses("client_not_found", "key_not_found", "forbidden"),
  },
});

export function channelClientsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(list, async (c) => c.json({ data: await listClients({ ctx: staffContext(c, deps) }) }, 200))
    .openapi(get, async (c) =>
      c.json(await getClient({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200),
    )
    .openapi(create, async (c) =>
      c.json(await createClient({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 201),
    )
    .openapi(update, async (c) =>
      c.json(
        await updateClient({
          ctx: staffContext(c, deps),
          input: { ...c.req.valid("param"), ...c.req.valid("json") },
        }),
        200,
      ),
    )
    .openapi(addKey, async (c) =>
      c.json(
        await registerClientKey({
          ctx: staffContext(c, deps),
          input: { ...c.req.valid("param"), jwk: c.req.valid("json").jwk as JWK },
        }),
        201,
      ),
    )
    .openapi(revokeKey, async (c) => {
      await revokeClientKey({ ctx: staffContext(c, deps), input: c.req.valid("param") });
      return c.body(null, 204);
    });
}
