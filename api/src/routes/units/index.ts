import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./units.handlers.ts";
import * as routes from "./units.routes.ts";

export function unitsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.listUnits, handlers.listUnitsHandler(deps))
    .openapi(routes.getUnit, handlers.getUnitHandler(deps))
    .openapi(routes.createUnit, handlers.createUnitHandler(deps))
    .openapi(routes.renameUnit, handlers.renameUnitHandler(deps))
    .openapi(routes.setUnitStatus, handlers.setUnitStatusHandler(deps));
}
