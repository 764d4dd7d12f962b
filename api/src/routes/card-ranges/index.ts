import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./card-ranges.handlers.ts";
import * as routes from "./card-ranges.routes.ts";

export function cardRangesRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.freezeCardRange, handlers.freezeHandler(deps))
    .openapi(routes.unfreezeCardRange, handlers.unfreezeHandler(deps))
    .openapi(routes.scrapCardRange, handlers.scrapHandler(deps))
    .openapi(routes.requestCardDestruction, handlers.requestDestructionHandler(deps));
}
