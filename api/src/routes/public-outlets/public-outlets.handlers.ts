import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { listPublicOutlets } from "../../services/units/list-public-outlets.ts";
import { OUTLETS_MAX_AGE_SECONDS, type listPublicOutlets as route } from "./public-outlets.routes.ts";

export const listPublicOutletsHandler =
  (deps: AppDeps): RouteHandler<typeof route, AppEnv> =>
  async (c) => {
    c.header("Cache-Control", `public, max-age=${OUTLETS_MAX_AGE_SECONDS}`);
    return c.json(await listPublicOutlets({ ctx: { db: deps.db } }), 200);
  };
