import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { DomainError } from "../../lib/errors.ts";
import { channelFailureSubjects, enforceFailureLimits, recordFailureOutcome } from "../../lib/rate-limit.ts";
import { serviceContext, staffContext } from "../../lib/service-context.ts";
import { requestCardUnlock } from "../../services/cards/request-card-unlock.ts";
import { verifyCard } from "../../services/cards/verify-card.ts";
import type * as routes from "./cards.routes.ts";

export const verifyCardHandler =
  (deps: AppDeps): RouteHandler<typeof routes.verifyCard, AppEnv> =>
  async (c) => {
    const ctx = serviceContext(c, deps);
    const limitSubjects = channelFailureSubjects(ctx.actor);
    await enforceFailureLimits(c, limitSubjects);
    try {
      return c.json(await verifyCard({ ctx, input: c.req.valid("json") }), 200);
    } catch (error) {
      if (error instanceof DomainError) await recordFailureOutcome(c, limitSubjects, error.internalCode);
      throw error;
    }
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
