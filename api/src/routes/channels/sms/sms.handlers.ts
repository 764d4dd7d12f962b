import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../../http/app-env.ts";
import { serviceContext } from "../../../http/service-context.ts";
import { handleInboundSms, normalizePhone } from "../../../services/channels/sms/handle-inbound-sms.ts";
import { channelFailureGuard } from "../failure-guard.ts";
import type * as routes from "./sms.routes.ts";

export const inboundSmsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.inboundSms, AppEnv> =>
  async (c) => {
    const input = c.req.valid("json");
    const answer = await handleInboundSms({
      ctx: serviceContext(c, deps),
      input,
      guard: channelFailureGuard(c, normalizePhone(input.from)),
    });
    if (answer.logCode) c.set("errorCode", answer.logCode);
    if (answer.replayed) c.header("Idempotent-Replayed", "true");
    return c.json({ reply: answer.reply, outcome: answer.outcome }, 200);
  };
