import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./accounts.handlers.ts";
import * as routes from "./accounts.routes.ts";

export function accountsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.getAccount, handlers.getAccountHandler(deps))
    .openapi(routes.listAccountTransactions, handlers.listAccountTransactionsHandler(deps));
}
