import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./approvals.handlers.ts";
import * as routes from "./approvals.routes.ts";

export function approvalsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.listApprovals, handlers.listApprovalsHandler(deps))
    .openapi(routes.getApproval, handlers.getApprovalHandler(deps))
    .openapi(routes.approveRequest, handlers.approveRequestHandler(deps))
    .openapi(routes.rejectRequest, handlers.rejectRequestHandler(deps));
}
