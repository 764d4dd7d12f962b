import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { requireIdempotencyKey } from "../../http/idempotency-key.ts";
import { sendStoredResponse } from "../../http/send-stored-response.ts";
import { serviceContext } from "../../http/service-context.ts";
import { createTopup } from "../../services/topups/create-topup.ts";
import { getTopup } from "../../services/topups/get-topup.ts";
import type * as routes from "./topups.routes.ts";

export const createTopupHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createTopup, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const result = await createTopup({
      ctx: serviceContext(c, deps),
      input: { ...c.req.valid("json"), idempotencyKey },
    });
    return sendStoredResponse(c, result);
  };

export const getTopupHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getTopup, AppEnv> =>
  async (c) =>
    c.json(await getTopup({ ctx: serviceContext(c, deps), input: c.req.valid("param") }), 200);
