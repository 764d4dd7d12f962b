import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { requireIdempotencyKey } from "../../http/idempotency-key.ts";
import { sendStoredResponse } from "../../http/send-stored-response.ts";
import { staffContext } from "../../http/service-context.ts";
import { confirmRemittance } from "../../services/remittances/confirm-remittance.ts";
import { declareRemittance } from "../../services/remittances/declare-remittance.ts";
import { getRemittance } from "../../services/remittances/get-remittance.ts";
import { listRemittances } from "../../services/remittances/list-remittances.ts";
import { rejectRemittance } from "../../services/remittances/reject-remittance.ts";
import type * as routes from "./remittances.routes.ts";

export const declareRemittanceHandler =
  (deps: AppDeps): RouteHandler<typeof routes.declareRemittance, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const input = { ...c.req.valid("json"), idempotencyKey };
    return sendStoredResponse(c, await declareRemittance({ ctx: staffContext(c, deps), input }));
  };

export const confirmRemittanceHandler =
  (deps: AppDeps): RouteHandler<typeof routes.confirmRemittance, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const input = { ...c.req.valid("param"), idempotencyKey };
    return sendStoredResponse(c, await confirmRemittance({ ctx: staffContext(c, deps), input }));
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
