import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { getCardHandler, requestCardUnlockHandler, verifyCardHandler } from "./cards.handlers.ts";
import * as routes from "./cards.routes.ts";

export function cardsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.verifyCard, verifyCardHandler(deps))
    .openapi(routes.requestCardUnlock, requestCardUnlockHandler(deps))
    .openapi(routes.getCard, getCardHandler(deps));
}
