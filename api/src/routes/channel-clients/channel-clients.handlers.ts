import type { RouteHandler } from "@hono/zod-openapi";
import type { JWK } from "jose";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { staffContext } from "../../http/service-context.ts";
import {
  createClient,
  getClient,
  listClients,
  registerClientKey,
  revokeClientKey,
  updateClient,
} from "../../services/channels/manage-clients.ts";
import { rotateApiKey } from "../../services/channels/rotate-api-key.ts";
import type * as routes from "./channel-clients.routes.ts";

export const listChannelClientsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listChannelClients, AppEnv> =>
  async (c) =>
    c.json({ data: await listClients({ ctx: staffContext(c, deps) }) }, 200);

export const getChannelClientHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getChannelClient, AppEnv> =>
  async (c) =>
    c.json(await getClient({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200);

export const createChannelClientHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createChannelClient, AppEnv> =>
  async (c) =>
    c.json(await createClient({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 201);

export const updateChannelClientHandler =
  (deps: AppDeps): RouteHandler<typeof routes.updateChannelClient, AppEnv> =>
  async (c) =>
    c.json(
      await updateClient({
        ctx: staffContext(c, deps),
        input: { ...c.req.valid("param"), ...c.req.valid("json") },
      }),
      200,
    );

export const registerChannelClientKeyHandler =
  (deps: AppDeps): RouteHandler<typeof routes.registerChannelClientKey, AppEnv> =>
  async (c) =>
    c.json(
      await registerClientKey({
        ctx: staffContext(c, deps),
        input: { ...c.req.valid("param"), jwk: c.req.valid("json").jwk as JWK },
      }),
      201,
    );

export const revokeChannelClientKeyHandler =
  (deps: AppDeps): RouteHandler<typeof routes.revokeChannelClientKey, AppEnv> =>
  async (c) => {
    await revokeClientKey({ ctx: staffContext(c, deps), input: c.req.valid("param") });
    return c.body(null, 204);
  };

export const rotateChannelClientApiKeyHandler =
  (deps: AppDeps): RouteHandler<typeof routes.rotateChannelClientApiKey, AppEnv> =>
  async (c) =>
    c.json(await rotateApiKey({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 201);
