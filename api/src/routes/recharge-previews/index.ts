import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./recharge-previews.handlers.ts";
import * as routes from "./recharge-previews.routes.ts";

/** Step 1 of a recharge on every channel: the public page, the counter, the partner API. */
export function rechargePreviewsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.createPublicRechargePreview, handlers.createPublicRechargePreviewHandler(deps))
    .openapi(routes.createRechargePreview, handlers.createRechargePreviewHandler(deps));
}
