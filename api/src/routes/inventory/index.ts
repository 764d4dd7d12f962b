import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./inventory.handlers.ts";
import * as routes from "./inventory.routes.ts";

export function inventoryRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.getInventory, handlers.getInventoryHandler(deps))
    .openapi(routes.checkCardConservation, handlers.checkCardConservationHandler(deps));
}
