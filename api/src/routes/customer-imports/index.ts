import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./customer-imports.handlers.ts";
import * as routes from "./customer-imports.routes.ts";

export const CUSTOMER_IMPORTS_PATH = routes.importCustomers.path;
export const CUSTOMER_IMPORTS_CSV_PATH = routes.importCustomersCsv.path;

export function customerImportsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.importCustomers, handlers.importCustomersHandler(deps))
    .openapi(routes.importCustomersCsv, handlers.importCustomersCsvHandler(deps));
}
