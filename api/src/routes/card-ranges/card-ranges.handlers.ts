import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { staffContext } from "../../http/service-context.ts";
import { freezeCards } from "../../services/cards/freeze-cards.ts";
import { requestCardDestruction } from "../../services/cards/request-card-destruction.ts";
import { scrapCards } from "../../services/cards/scrap-cards.ts";
import { unfreezeCards } from "../../services/cards/unfreeze-cards.ts";
import type * as routes from "./card-ranges.routes.ts";

export const freezeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.freezeCardRange, AppEnv> =>
  async (c) =>
    c.json(await freezeCards({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 200);

export const unfreezeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.unfreezeCardRange, AppEnv> =>
  async (c) =>
    c.json(await unfreezeCards({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 200);

export const scrapHandler =
  (deps: AppDeps): RouteHandler<typeof routes.scrapCardRange, AppEnv> =>
  async (c) =>
    c.json(await scrapCards({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 200);

export const requestDestructionHandler =
  (deps: AppDeps): RouteHandler<typeof routes.requestCardDestruction, AppEnv> =>
  async (c) =>
    c.json(await requestCardDestruction({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 201);
