import type { AppDeps } from "../../app-env.ts";
import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./reports.handlers.ts";
import * as routes from "./reports.routes.ts";

export function reportsRouter(deps: AppDeps) {
  return createRouter().openapi(routes.getRemittanceVariance, handlers.getRemittanceVarianceHandler(deps));
}
