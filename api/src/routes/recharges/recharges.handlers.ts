import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { requireIdempotencyKey } from "../../http/idempotency-key.ts";
import { rateLimited } from "../../http/rate-limit.ts";
import { sendStoredResponse } from "../../http/send-stored-response.ts";
import { serviceContext, staffContext } from "../../http/service-context.ts";
import { callerSubjects } from "../../services/limits/attempt-subjects.ts";
import { evaluateWithinLimits } from "../../services/limits/limiter.ts";
import { findRechargeByKey } from "../../services/recharge/find-recharge-by-key.ts";
import { getRecharge } from "../../services/recharge/get-recharge.ts";
import { listCounterRecharges } from "../../services/recharge/list-counter-recharges.ts";
import { redeemCard } from "../../services/recharge/redeem-card.ts";
import type * as routes from "./recharges.routes.ts";

export const createRechargeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createRecharge, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const ctx = serviceContext(c, deps);
    const input = { ...c.req.valid("json"), idempotencyKey };
    // The client's (or clerk's) limit costs no round trip while its attempts succeed; the
    // customer's is counted inside the recharge statement.
    const run = await evaluateWithinLimits(
      c.get("limits"),
      callerSubjects(ctx.actor),
      () => redeemCard({ ctx, input }),
      {
        result: (r) => (r.replayed ? null : r.outcome),
        error: () => null,
      },
    );
    if (run.limited) throw rateLimited(c, run.limited);
    return sendStoredResponse(c, run.result);
  };

export const getRechargeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getRecharge, AppEnv> =>
  async (c) =>
    c.json(await getRecharge({ ctx: serviceContext(c, deps), input: c.req.valid("param") }), 200);

export const getRechargeByKeyHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getRechargeByKey, AppEnv> =>
  async (c) =>
    c.json(await findRechargeByKey({ ctx: serviceContext(c, deps), input: c.req.valid("param") }), 200);

export const listCounterRechargesHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listCounterRecharges, AppEnv> =>
  async (c) =>
    c.json(await listCounterRecharges({ ctx: staffContext(c, deps), input: c.req.valid("query") }), 200);
