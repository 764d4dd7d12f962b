import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import {
  ChannelClientSchema,
  ClientKeySchema,
  CreatedChannelClientSchema,
} from "../../services/channels/channel-client-view.ts";
import {
  CreateChannelClientSchema,
  RegisterClientKeySchema,
  UpdateChannelClientSchema,
} from "./channel-clients.schemas.ts";

const tags = ["Channel clients"];
const access = { roles: ["sysadmin"] } as const;
const params = z.object({ clientId: z.string().max(64) });

export const listChannelClients = defineRoute({
  access,
  method: "get",
  path: "/v1/channel-clients",
  operationId: "listChannelClients",
  tags,
  summary: "The channel clients you manage",
  responses: {
    200: jsonResponse(z.object({ data: z.array(ChannelClientSchema) }), "Clients."),
    ...problemResponses("forbidden"),
  },
});

export const getChannelClient = defineRoute({
  access,
  method: "get",
  path: "/v1/channel-clients/{clientId}",
  operationId: "getChannelClient",
  tags,
  summary: "One channel client with its keys",
  request: { params },
  responses: {
    200: jsonResponse(ChannelClientSchema, "The client."),
    ...problemResponses("client_not_found", "forbidden"),
  },
});

export const createChannelClient = defineRoute({
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
    body: jsonBody(CreateChannelClientSchema, "The client."),
  },
  responses: {
    201: jsonResponse(CreatedChannelClientSchema, "Created; store the apiKey now."),
    ...problemResponses("unit_not_found", "forbidden"),
  },
});

export const updateChannelClient = defineRoute({
  access,
  method: "patch",
  path: "/v1/channel-clients/{clientId}",
  operationId: "updateChannelClient",
  tags,
  summary: "Suspend or reactivate a client, change its operations or rate quota",
  request: {
    params,
    body: jsonBody(UpdateChannelClientSchema, "The changes."),
  },
  responses: {
    200: jsonResponse(ChannelClientSchema, "The client."),
    ...problemResponses("client_not_found", "forbidden"),
  },
});

export const registerChannelClientKey = defineRoute({
  access,
  method: "post",
  path: "/v1/channel-clients/{clientId}/keys",
  operationId: "registerChannelClientKey",
  tags,
  summary: "Register a partner's public key (JWK) for signing client assertions",
  request: {
    params,
    body: jsonBody(RegisterClientKeySchema, "The public key."),
  },
  responses: {
    201: jsonResponse(ClientKeySchema, "Registered; kid is the RFC 7638 thumbprint."),
    ...problemResponses("client_not_found", "invalid_key", "forbidden"),
  },
});

export const revokeChannelClientKey = defineRoute({
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

export const rotateChannelClientApiKey = defineRoute({
  access,
  method: "post",
  path: "/v1/channel-clients/{clientId}/api-key",
  operationId: "rotateChannelClientApiKey",
  tags,
  summary: "Replace the API key of one of our own channels (the new key is shown once)",
  description:
    "The old key is refused from then on (within CLIENT_CACHE_MS, 2 seconds, on every API instance). Partners have no " +
    "API key: register or revoke their public keys instead.",
  request: { params },
  responses: {
    201: jsonResponse(CreatedChannelClientSchema, "The client with its new apiKey; store it now."),
    ...problemResponses("client_not_found", "client_has_no_api_key", "forbidden"),
  },
});
