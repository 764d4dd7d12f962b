import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./reversal-cases.handlers.ts";
import * as routes from "./reversal-cases.routes.ts";

export function reversalCasesRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.previewReversal, handlers.previewReversalHandler(deps))
    .openapi(routes.openReversalCase, handlers.openReversalCaseHandler(deps))
    .openapi(routes.listReversalCases, handlers.listReversalCasesHandler(deps))
    .openapi(routes.getReversalCase, handlers.getReversalCaseHandler(deps));
}
