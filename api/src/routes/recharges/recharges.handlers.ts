import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { requireIdempotencyKey } from "../../lib/idempotency.ts";
import { serviceContext } from "../../lib/service-context.ts";
import { findRechargeByKey } from "../../services/recharge/find-recharge-by-key.ts";
import { getRecharge } from "../../services/recharge/get-recharge.ts";
import { redeemCard } from "../../services/recharge/redeem-card.ts";
import type * as routes from "./recharges.routes.ts";

export const createRechargeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createRecharge, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const result = await redeemCard({
      ctx: serviceContext(c, deps),
      input: { ...c.req.valid("json"), idempotencyKey },
    });
    if (result.outcome !== "succeeded") c.set("errorCode", result.outcome);
    if (result.replayed) c.header("Idempotent-Replayed", "true");
    // The body is sent exactly as stored, so a replay is byte-for-byte the first answer.
    return c.body(result.body, result.status as 201, { "Content-Type": result.contentType }) as never;
  };

export const getRechargeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getRecharge, AppEnv> =>
  async (c) =>
    c.json(await getRecharge({ ctx: serviceContext(c, deps), input: c.req.valid("param") }), 200);

export const getRechargeByKeyHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getRechargeByKey, AppEnv> =>
  async (c) =>
    c.json(await findRechargeByKey({ ctx: serviceContext(c, deps), input: c.req.valid("param") }), 200);
