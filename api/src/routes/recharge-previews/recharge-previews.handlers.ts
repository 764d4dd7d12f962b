import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { clientAddress, limitKeyForAddress } from "../../http/client-ip.ts";
import { rateLimited } from "../../http/rate-limit.ts";
import { publicContext, serviceContext } from "../../http/service-context.ts";
import {
  callerPreviewSubjects,
  previewRecharge,
  publicPreviewSubjects,
} from "../../services/recharge/preview-recharge.ts";
import type * as routes from "./recharge-previews.routes.ts";

export const createRechargePreviewHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createRechargePreview, AppEnv> =>
  async (c) => {
    const ctx = serviceContext(c, deps);
    const result = await previewRecharge({
      ctx,
      input: {
        ...c.req.valid("json"),
        channel: ctx.caller.channel,
        subjects: callerPreviewSubjects(ctx.actor),
      },
    });
    if (result.limited) throw rateLimited(c, result.limited);
    return c.json(result.preview, 200);
  };

export const createPublicRechargePreviewHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createPublicRechargePreview, AppEnv> =>
  async (c) => {
    const body = c.req.valid("json");
    const addressKey = limitKeyForAddress(clientAddress(c, deps.trustProxy ?? 0));
    const result = await previewRecharge({
      ctx: publicContext(c, deps),
      input: { ...body, channel: "web", subjects: publicPreviewSubjects(addressKey, body.customerNo) },
    });
    if (result.limited) throw rateLimited(c, result.limited);
    return c.json(result.preview, 200);
  };
