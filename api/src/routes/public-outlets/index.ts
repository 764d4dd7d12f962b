import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { listPublicOutletsHandler } from "./public-outlets.handlers.ts";
import * as routes from "./public-outlets.routes.ts";

export function publicOutletsRouter(deps: AppDeps) {
  return createRouter().openapi(routes.listPublicOutlets, listPublicOutletsHandler(deps));
}
