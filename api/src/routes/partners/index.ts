import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./partners.handlers.ts";
import * as routes from "./partners.routes.ts";

export function partnersRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.getDailyNet, handlers.getDailyNetHandler(deps))
    .openapi(routes.setWebhook, handlers.setWebhookHandler(deps))
    .openapi(routes.listWebhookEvents, handlers.listWebhookEventsHandler(deps));
}
