import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./well-known.handlers.ts";
import * as routes from "./well-known.routes.ts";

export function wellKnownRouter(deps: AppDeps) {
  return createRouter().openapi(routes.getJwks, handlers.getJwksHandler(deps));
}
