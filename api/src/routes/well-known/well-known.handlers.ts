import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import type * as routes from "./well-known.routes.ts";

export const getJwksHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getJwks, AppEnv> =>
  (c) => {
    c.header("Cache-Control", "public, max-age=300");
    return c.json({ keys: deps.signingKeys.jwks.keys as Record<string, unknown>[] }, 200);
  };
