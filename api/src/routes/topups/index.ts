import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./topups.handlers.ts";
import * as routes from "./topups.routes.ts";

export function topupsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.createTopup, handlers.createTopupHandler(deps))
    .openapi(routes.getTopup, handlers.getTopupHandler(deps));
}
