import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./metrics.handlers.ts";
import * as routes from "./metrics.routes.ts";

export function metricsRouter(deps: Pick<AppDeps, "metricsToken">) {
  return createRouter().openapi(routes.getMetrics, handlers.getMetricsHandler(deps));
}
