import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { requireIdempotencyKey } from "../../http/idempotency-key.ts";
import { sendStoredResponse } from "../../http/send-stored-response.ts";
import { staffContext } from "../../http/service-context.ts";
import { importBills } from "../../services/bills/import-bills.ts";
import { listCustomerBills } from "../../services/bills/list-customer-bills.ts";
import type * as routes from "./bills.routes.ts";
import { parseBillsCsv } from "./parse-bills-csv.ts";

export const importBillsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.importBills, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const input = { ...c.req.valid("json"), idempotencyKey };
    return sendStoredResponse(c, await importBills({ ctx: staffContext(c, deps), input }));
  };

export const importBillsCsvHandler =
  (deps: AppDeps): RouteHandler<typeof routes.importBillsCsv, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const bills = parseBillsCsv(await c.req.text());
    const input = { source: c.req.valid("query").source, bills, idempotencyKey };
    return sendStoredResponse(c, await importBills({ ctx: staffContext(c, deps), input }));
  };

export const listCustomerBillsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listCustomerBills, AppEnv> =>
  async (c) => {
    const input = { ...c.req.valid("param"), ...c.req.valid("query") };
    return c.json(await listCustomerBills({ ctx: staffContext(c, deps), input }), 200);
  };
