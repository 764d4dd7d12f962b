import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { serviceContext } from "../../lib/service-context.ts";
import { verifyCard } from "../../services/cards/verify-card.ts";
import type * as routes from "./cards.routes.ts";

export const verifyCardHandler =
  (deps: AppDeps): RouteHandler<typeof routes.verifyCard, AppEnv> =>
  async (c) =>
    c.json(await verifyCard({ ctx: serviceContext(c, deps), input: c.req.valid("json") }), 200);
