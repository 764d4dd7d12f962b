import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./bills.handlers.ts";
import * as routes from "./bills.routes.ts";

export const BILLS_PATH = routes.importBills.path;
export const BILLS_CSV_PATH = routes.importBillsCsv.path;

export function billsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.importBills, handlers.importBillsHandler(deps))
    .openapi(routes.importBillsCsv, handlers.importBillsCsvHandler(deps))
    .openapi(routes.listCustomerBills, handlers.listCustomerBillsHandler(deps));
}
