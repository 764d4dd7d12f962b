import type { RouteHandler } from "@hono/zod-openapi";
import { businessDate } from "@powercard/db";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { serviceContext } from "../../http/service-context.ts";
import { getDailyNet } from "../../services/partners/get-daily-net.ts";
import { listWebhookEvents } from "../../services/webhooks/list-webhook-events.ts";
import { setWebhookUrl } from "../../services/webhooks/set-webhook-url.ts";
import type * as routes from "./partners.routes.ts";

export const getDailyNetHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getDailyNet, AppEnv> =>
  async (c) => {
    const ctx = serviceContext(c, deps);
    const date = c.req.valid("query").date ?? businessDate(ctx.now);
    return c.json(await getDailyNet({ ctx, input: { date } }), 200);
  };

export const setWebhookHandler =
  (deps: AppDeps): RouteHandler<typeof routes.setWebhook, AppEnv> =>
  async (c) =>
    c.json(
      await setWebhookUrl({
        ctx: serviceContext(c, deps),
        input: c.req.valid("json"),
        policy: deps.webhookPolicy,
      }),
      200,
    );

export const listWebhookEventsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listWebhookEvents, AppEnv> =>
  async (c) =>
    c.json(await listWebhookEvents({ ctx: serviceContext(c, deps), input: c.req.valid("query") }), 200);
