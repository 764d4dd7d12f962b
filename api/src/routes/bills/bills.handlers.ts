import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { requireIdempotencyKey } from "../../lib/idempotency.ts";
import { staffContext } from "../../lib/service-context.ts";
import { importBills } from "../../services/bills/import-bills.ts";
import { listCustomerBills } from "../../services/bills/list-customer-bills.ts";
import type * as routes from "./bills.routes.ts";
import { parseBillsCsv } from "./parse-bills-csv.ts";

/** The body is sent exactly as stored, so a replay is byte-for-byte the first answer. */
function sendStored(c: Context<AppEnv>, result: Awaited<ReturnType<typeof importBills>>) {
  if (result.outcome !== "succeeded") c.set("errorCode", result.outcome);
  if (result.replayed) c.header("Idempotent-Replayed", "true");
  return c.body(result.body, result.status as 200, { "Content-Type": result.contentType }) as never;
}

export const importBillsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.importBills, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const input = { ...c.req.valid("json"), idempotencyKey };
    return sendStored(c, await importBills({ ctx: staffContext(c, deps), input }));
  };

export const importBillsCsvHandler =
  (deps: AppDeps): RouteHandler<typeof routes.importBillsCsv, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const bills = parseBillsCsv(await c.req.text());
    const input = { source: c.req.valid("query").source, bills, idempotencyKey };
    return sendStored(c, await importBills({ ctx: staffContext(c, deps), input }));
  };

export const listCustomerBillsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listCustomerBills, AppEnv> =>
  async (c) => {
    const input = { ...c.req.valid("param"), ...c.req.valid("query") };
    return c.json(await listCustomerBills({ ctx: staffContext(c, deps), input }), 200);
  };
