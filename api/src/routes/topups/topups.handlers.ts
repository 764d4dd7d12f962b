import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { requireIdempotencyKey } from "../../lib/idempotency.ts";
import { serviceContext } from "../../lib/service-context.ts";
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
    if (result.outcome !== "succeeded") c.set("errorCode", result.outcome);
    if (result.replayed) c.header("Idempotent-Replayed", "true");
    // The body is sent exactly as stored, so a replay is byte-for-byte the first answer.
    return c.body(result.body, result.status as 201, { "Content-Type": result.contentType }) as never;
  };

export const getTopupHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getTopup, AppEnv> =>
  async (c) =>
    c.json(await getTopup({ ctx: serviceContext(c, deps), input: c.req.valid("param") }), 200);
