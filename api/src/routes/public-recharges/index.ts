import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { createPublicRechargeHandler } from "./public-recharges.handlers.ts";
import * as routes from "./public-recharges.routes.ts";

export function publicRechargesRouter(deps: AppDeps) {
  return createRouter().openapi(routes.createPublicRecharge, createPublicRechargeHandler(deps));
}
