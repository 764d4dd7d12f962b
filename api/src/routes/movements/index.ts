import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { MovementFileSchema } from "../../services/movements/movement-file-view.ts";
import * as handlers from "./movements.handlers.ts";
import * as routes from "./movements.routes.ts";

export function movementsRouter(deps: AppDeps) {
  const router = createRouter()
    .openapi(routes.listMovements, handlers.listMovementsHandler(deps))
    .openapi(routes.getMovementFile, handlers.getMovementFileHandler(deps));
  router.openAPIRegistry.register("MovementFile", MovementFileSchema);
  return router;
}
