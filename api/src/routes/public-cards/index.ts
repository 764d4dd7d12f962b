import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { getPublicCardStatusHandler } from "./public-cards.handlers.ts";
import * as routes from "./public-cards.routes.ts";

export function publicCardsRouter(deps: AppDeps) {
  return createRouter().openapi(routes.getPublicCardStatus, getPublicCardStatusHandler(deps));
}
