import type { AppDeps } from "../../../http/app-env.ts";
import { createRouter } from "../../../http/create-router.ts";
import * as handlers from "./ivr.handlers.ts";
import * as routes from "./ivr.routes.ts";

/** The 95598 IVR: endpoints shaped for a phone menu, each answer with the words to speak. */
export function ivrRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.confirmCustomer, handlers.confirmCustomerHandler(deps))
    .openapi(routes.recharge, handlers.rechargeHandler(deps))
    .openapi(routes.balance, handlers.balanceHandler(deps));
}
