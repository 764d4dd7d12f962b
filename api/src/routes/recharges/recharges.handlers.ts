import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { requireIdempotencyKey } from "../../lib/idempotency.ts";
import { channelFailureSubjects, enforceFailureLimits, recordFailureOutcome } from "../../lib/rate-limit.ts";
import { sendStoredResponse } from "../../lib/send-stored-response.ts";
import { serviceContext } from "../../lib/service-context.ts";
import { findRechargeByKey } from "../../services/recharge/find-recharge-by-key.ts";
import { getRecharge } from "../../services/recharge/get-recharge.ts";
import { redeemCard } from "../../services/recharge/redeem-card.ts";
import type * as routes from "./recharges.routes.ts";

export const createRechargeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createRecharge, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const ctx = serviceContext(c, deps);
    const input = { ...c.req.valid("json"), idempotencyKey };
    // Failure limits cost no round trip while this instance has seen no failure for them.
    const limitSubjects = channelFailureSubjects(ctx.actor, input.customerNo);
    await enforceFailureLimits(c, limitSubjects);
    const result = await redeemCard({ ctx, input });
    if (!result.replayed) await recordFailureOutcome(c, limitSubjects, result.outcome);
    return sendStoredResponse(c, result);
  };

export const getRechargeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getRecharge, AppEnv> =>
  async (c) =>
    c.json(await getRecharge({ ctx: serviceContext(c, deps), input: c.req.valid("param") }), 200);

export const getRechargeByKeyHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getRechargeByKey, AppEnv> =>
  async (c) =>
    c.json(await findRechargeByKey({ ctx: serviceContext(c, deps), input: c.req.valid("param") }), 200);
