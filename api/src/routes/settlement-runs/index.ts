import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./settlement-runs.handlers.ts";
import * as routes from "./settlement-runs.routes.ts";

export function settlementRunsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.createSettlementRun, handlers.createSettlementRunHandler(deps))
    .openapi(routes.listSettlementRuns, handlers.listSettlementRunsHandler(deps))
    .openapi(routes.getSettlementRun, handlers.getSettlementRunHandler(deps));
}
