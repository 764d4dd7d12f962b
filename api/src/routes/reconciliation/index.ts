import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { ReconciliationFileSchema } from "../../services/reconciliation/reconciliation-file-view.ts";
import * as handlers from "./reconciliation.handlers.ts";
import * as routes from "./reconciliation.routes.ts";

export function reconciliationRouter(deps: AppDeps) {
  const router = createRouter().openapi(
    routes.getReconciliation,
    handlers.getReconciliationFileHandler(deps),
  );
  router.openAPIRegistry.register("ReconciliationFile", ReconciliationFileSchema);
  return router;
}
