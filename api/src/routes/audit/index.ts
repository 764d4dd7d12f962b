import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./audit.handlers.ts";
import * as routes from "./audit.routes.ts";

export function auditRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.listAuditEvents, handlers.listAuditEventsHandler(deps))
    .openapi(routes.verifyAuditChain, handlers.verifyAuditChainHandler(deps));
}
