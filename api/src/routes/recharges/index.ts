import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./recharges.handlers.ts";
import * as routes from "./recharges.routes.ts";

export function rechargesRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.createRecharge, handlers.createRechargeHandler(deps))
    .openapi(routes.getRechargeByKey, handlers.getRechargeByKeyHandler(deps))
    .openapi(routes.getRecharge, handlers.getRechargeHandler(deps))
    .openapi(routes.listCounterRecharges, handlers.listCounterRechargesHandler(deps));
}
