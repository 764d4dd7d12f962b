import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { requireIdempotencyKey } from "../../http/idempotency-key.ts";
import { sendStoredResponse } from "../../http/send-stored-response.ts";
import { staffContext } from "../../http/service-context.ts";
import { getRefundCase, listRefundCases } from "../../services/corrections/list-refund-cases.ts";
import { openRefundCase } from "../../services/corrections/open-refund-case.ts";
import { recordRefundPayout } from "../../services/corrections/record-refund-payout.ts";
import type * as routes from "./refund-cases.routes.ts";

export const openRefundCaseHandler =
  (deps: AppDeps): RouteHandler<typeof routes.openRefundCase, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const input = { ...c.req.valid("json"), idempotencyKey };
    return sendStoredResponse(c, await openRefundCase({ ctx: staffContext(c, deps), input }));
  };

export const recordRefundPayoutHandler =
  (deps: AppDeps): RouteHandler<typeof routes.recordRefundPayout, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const input = { ...c.req.valid("param"), ...c.req.valid("json"), idempotencyKey };
    return sendStoredResponse(c, await recordRefundPayout({ ctx: staffContext(c, deps), input }));
  };

export const listRefundCasesHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listRefundCases, AppEnv> =>
  async (c) =>
    c.json(await listRefundCases({ ctx: staffContext(c, deps), input: c.req.valid("query") }), 200);

export const getRefundCaseHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getRefundCase, AppEnv> =>
  async (c) =>
    c.json(await getRefundCase({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200);
