import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./refund-cases.handlers.ts";
import * as routes from "./refund-cases.routes.ts";

export function refundCasesRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.openRefundCase, handlers.openRefundCaseHandler(deps))
    .openapi(routes.recordRefundPayout, handlers.recordRefundPayoutHandler(deps))
    .openapi(routes.listRefundCases, handlers.listRefundCasesHandler(deps))
    .openapi(routes.getRefundCase, handlers.getRefundCaseHandler(deps));
}
