import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./remittances.handlers.ts";
import * as routes from "./remittances.routes.ts";

export function remittancesRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.declareRemittance, handlers.declareRemittanceHandler(deps))
    .openapi(routes.listRemittances, handlers.listRemittancesHandler(deps))
    .openapi(routes.getRemittance, handlers.getRemittanceHandler(deps))
    .openapi(routes.confirmRemittance, handlers.confirmRemittanceHandler(deps))
    .openapi(routes.rejectRemittance, handlers.rejectRemittanceHandler(deps));
}
