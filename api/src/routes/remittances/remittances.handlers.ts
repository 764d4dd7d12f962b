import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { requireIdempotencyKey } from "../../lib/idempotency.ts";
import { staffContext } from "../../lib/service-context.ts";
import type { StoredResponse } from "../../services/recharge/stored-response.ts";
import { confirmRemittance } from "../../services/remittances/confirm-remittance.ts";
import { declareRemittance } from "../../services/remittances/declare-remittance.ts";
import { getRemittance } from "../../services/remittances/get-remittance.ts";
import { listRemittances } from "../../services/remittances/list-remittances.ts";
import { rejectRemittance } from "../../services/remittances/reject-remittance.ts";
import type * as routes from "./remittances.routes.ts";

/** The body is sent exactly as stored, so a replay is byte-for-byte the first answer. */
function sendStored(c: Context<AppEnv>, result: StoredResponse) {
  if (result.outcome !== "succeeded") c.set("errorCode", result.outcome);
  if (result.replayed) c.header("Idempotent-Replayed", "true");
  return c.body(result.body, result.status as 200, { "Content-Type": result.contentType }) as never;
}

export const declareRemittanceHandler =
  (deps: AppDeps): RouteHandler<typeof routes.declareRemittance, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const input = { ...c.req.valid("json"), idempotencyKey };
    return sendStored(c, await declareRemittance({ ctx: staffContext(c, deps), input }));
  };

export const confirmRemittanceHandler =
  (deps: AppDeps): RouteHandler<typeof routes.confirmRemittance, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const input = { ...c.req.valid("param"), idempotencyKey };
    return sendStored(c, await confirmRemittance({ ctx: staffContext(c, deps), input }));
  };

export const rejectRemittanceHandler =
  (deps: AppDeps): RouteHandler<typeof routes.rejectRemittance, AppEnv> =>
  async (c) => {
    const input = { ...c.req.valid("param"), ...c.req.valid("json") };
    return c.json(await rejectRemittance({ ctx: staffContext(c, deps), input }), 200);
  };

export const getRemittanceHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getRemittance, AppEnv> =>
  async (c) =>
    c.json(await getRemittance({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200);

export const listRemittancesHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listRemittances, AppEnv> =>
  async (c) =>
    c.json(await listRemittances({ ctx: staffContext(c, deps), input: c.req.valid("query") }), 200);
