import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../../http/app-env.ts";
import { IDEMPOTENCY_HEADER, requireIdempotencyKey } from "../../../http/idempotency-key.ts";
import { serviceContext } from "../../../http/service-context.ts";
import { ivrBalance } from "../../../services/channels/ivr/balance-by-phone.ts";
import { confirmIvrCustomer } from "../../../services/channels/ivr/confirm-customer.ts";
import { ivrRecharge } from "../../../services/channels/ivr/recharge-by-phone.ts";
import { normalizePhone } from "../../../services/channels/sms/handle-inbound-sms.ts";
import { channelFailureGuard } from "../failure-guard.ts";
import type * as routes from "./ivr.routes.ts";

export const confirmCustomerHandler =
  (deps: AppDeps): RouteHandler<typeof routes.confirmCustomer, AppEnv> =>
  async (c) => {
    const answer = await confirmIvrCustomer({ ctx: serviceContext(c, deps), input: c.req.valid("json") });
    if (!answer.ok) c.set("errorCode", answer.code);
    return c.json(answer, 200);
  };

export const rechargeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.recharge, AppEnv> =>
  async (c) => {
    // The header is optional here; when present it must be a valid key.
    const idempotencyKey = c.req.header(IDEMPOTENCY_HEADER) ? requireIdempotencyKey(c) : undefined;
    const { callerNumber, ...keyed } = c.req.valid("json");
    const { replayed, ...answer } = await ivrRecharge({
      ctx: serviceContext(c, deps),
      input: { ...keyed, idempotencyKey },
      guard: channelFailureGuard(c, normalizePhone(callerNumber)),
    });
    if (replayed) c.header("Idempotent-Replayed", "true");
    if (answer.ok) return c.json(answer, 200);
    const { logCode, ...failure } = answer;
    c.set("errorCode", logCode ?? failure.code);
    return c.json(failure, 200);
  };

export const balanceHandler =
  (deps: AppDeps): RouteHandler<typeof routes.balance, AppEnv> =>
  async (c) => {
    const answer = await ivrBalance({ ctx: serviceContext(c, deps), input: c.req.valid("json") });
    if (!answer.ok) c.set("errorCode", answer.code);
    return c.json(answer, 200);
  };
