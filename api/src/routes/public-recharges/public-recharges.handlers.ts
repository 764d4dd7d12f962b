import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { clientAddress, limitKeyForAddress } from "../../http/client-ip.ts";
import { requireIdempotencyKey } from "../../http/idempotency-key.ts";
import { rateLimited } from "../../http/rate-limit.ts";
import { sendStoredResponse } from "../../http/send-stored-response.ts";
import { publicContext } from "../../http/service-context.ts";
import { PUBLIC_WEB_CLIENT, publicRecharge } from "../../services/recharge/public-recharge.ts";
import type { ServiceContext } from "../../services/service-context.ts";
import { callerOf } from "../../shared/auth/principal.ts";
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
