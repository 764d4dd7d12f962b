import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { rateLimited } from "../../http/rate-limit.ts";
import { serviceContext, staffContext } from "../../http/service-context.ts";
import { getCardDetail } from "../../services/cards/get-card-detail.ts";
import { requestCardUnlock } from "../../services/cards/request-card-unlock.ts";
import { verifyCard } from "../../services/cards/verify-card.ts";
import { callerSubjects } from "../../services/limits/attempt-subjects.ts";
import { evaluateWithinLimits } from "../../services/limits/limiter.ts";
import { DomainError } from "../../shared/errors.ts";
import type * as routes from "./cards.routes.ts";

export const verifyCardHandler =
  (deps: AppDeps): RouteHandler<typeof routes.verifyCard, AppEnv> =>
  async (c) => {
    const ctx = serviceContext(c, deps);
    const run = await evaluateWithinLimits(
      c.get("limits"),
      callerSubjects(ctx.actor),
      () => verifyCard({ ctx, input: c.req.valid("json") }),
      { result: () => null, error: (error) => (error instanceof DomainError ? error.internalCode : null) },
    );
    if (run.limited) throw rateLimited(c, run.limited);
    return c.json(run.result, 200);
  };

export const requestCardUnlockHandler =
  (deps: AppDeps): RouteHandler<typeof routes.requestCardUnlock, AppEnv> =>
  async (c) =>
    c.json(
      await requestCardUnlock({
        ctx: staffContext(c, deps),
        input: { cardNo: c.req.valid("param").cardNo, reason: c.req.valid("json").reason },
      }),
      201,
    );

export const getCardHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getCard, AppEnv> =>
  async (c) =>
    c.json(await getCardDetail({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200);
