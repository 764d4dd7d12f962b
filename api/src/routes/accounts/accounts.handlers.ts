import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { serviceContext } from "../../http/service-context.ts";
import { readStale } from "../../http/stale-reads.ts";
import { getAccount } from "../../services/accounts/get-account.ts";
import { listAccountTransactions } from "../../services/accounts/list-account-transactions.ts";
import type * as routes from "./accounts.routes.ts";

export const getAccountHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getAccount, AppEnv> =>
  async (c) =>
    c.json(await getAccount({ ctx: serviceContext(c, deps), input: c.req.valid("param") }), 200);

export const listAccountTransactionsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listAccountTransactions, AppEnv> =>
  async (c) =>
    c.json(
      await readStale(c, serviceContext(c, deps), (ctx) =>
        listAccountTransactions({ ctx, input: { ...c.req.valid("param"), ...c.req.valid("query") } }),
      ),
      200,
    );
