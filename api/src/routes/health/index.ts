import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import type { DatabaseWatch } from "../../http/database-watch.ts";
import * as handlers from "./health.handlers.ts";
import * as routes from "./health.routes.ts";

export function healthRouter(deps: AppDeps, database: DatabaseWatch) {
  return createRouter()
    .openapi(routes.getLiveness, handlers.getLivenessHandler())
    .openapi(routes.getReadiness, handlers.getReadinessHandler(deps, database))
    .openapi(routes.getHealth, handlers.getHealthHandler(deps, database));
}
