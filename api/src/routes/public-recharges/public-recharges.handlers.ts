import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv, ServiceContext } from "../../app-env.ts";
import { callerOf } from "../../lib/auth/principal.ts";
import { clientAddress, limitKeyForAddress } from "../../lib/client-ip.ts";
import { requireIdempotencyKey } from "../../lib/idempotency.ts";
import { rateLimited } from "../../lib/rate-limit.ts";
import { sendStoredResponse } from "../../lib/send-stored-response.ts";
import { publicContext } from "../../lib/service-context.ts";
import { PUBLIC_WEB_CLIENT, publicRecharge } from "../../services/recharge/public-recharge.ts";
import type * as routes from "./public-recharges.routes.ts";

export const createPublicRechargeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createPublicRecharge, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const ctx: ServiceContext = {
      ...publicContext(c, deps),
      pinKeys: deps.pinKeys,
      actor: PUBLIC_WEB_CLIENT,
      caller: callerOf(PUBLIC_WEB_CLIENT),
    };
    const result = await publicRecharge({
      ctx,
      limits: c.get("limits"),
      input: {
        ...c.req.valid("json"),
        idempotencyKey,
        addressKey: limitKeyForAddress(clientAddress(c, deps.trustProxy ?? 0)),
      },
    });
    if (result.limited) throw rateLimited(c, result.limited);
    return sendStoredResponse(c, { ...result, limited: undefined });
  };
