import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./card-sales.handlers.ts";
import * as routes from "./card-sales.routes.ts";

export function cardSalesRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.createCardSale, handlers.createCardSaleHandler(deps))
    .openapi(routes.listCardSales, handlers.listCardSalesHandler(deps))
    .openapi(routes.getCardSale, handlers.getCardSaleHandler(deps));
}
