import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { optionalIdempotencyKey } from "../../http/idempotency-key.ts";
import { sendStoredResponse } from "../../http/send-stored-response.ts";
import { staffContext } from "../../http/service-context.ts";
import { freezeCards } from "../../services/cards/freeze-cards.ts";
import type { RangeAnswer, RangeKey } from "../../services/cards/range-action-key.ts";
import { requestCardDestruction } from "../../services/cards/request-card-destruction.ts";
import { scrapCards } from "../../services/cards/scrap-cards.ts";
import { unfreezeCards } from "../../services/cards/unfreeze-cards.ts";
import type * as routes from "./card-ranges.routes.ts";

const keyOf = (c: Context<AppEnv>): RangeKey | undefined => {
  const idempotencyKey = optionalIdempotencyKey(c);
  return idempotencyKey ? { idempotencyKey } : undefined;
};

/** The view as JSON, or the stored answer (first or replayed) under the caller's key. */
const answer = <T>(c: Context<AppEnv>, result: RangeAnswer<T>, status: 200 | 201) =>
  result.kind === "stored" ? sendStoredResponse(c, result.stored) : (c.json(result.view, status) as never);

export const freezeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.freezeCardRange, AppEnv> =>
  async (c) =>
    answer(
      c,
      await freezeCards({ ctx: staffContext(c, deps), input: c.req.valid("json"), key: keyOf(c) }),
      200,
    );

export const unfreezeHandler =
  (deps: AppDeps): RouteHandler<typeof routes.unfreezeCardRange, AppEnv> =>
  async (c) =>
    answer(
      c,
      await unfreezeCards({ ctx: staffContext(c, deps), input: c.req.valid("json"), key: keyOf(c) }),
      200,
    );

export const scrapHandler =
  (deps: AppDeps): RouteHandler<typeof routes.scrapCardRange, AppEnv> =>
  async (c) =>
    answer(
      c,
      await scrapCards({ ctx: staffContext(c, deps), input: c.req.valid("json"), key: keyOf(c) }),
      200,
    );

export const requestDestructionHandler =
  (deps: AppDeps): RouteHandler<typeof routes.requestCardDestruction, AppEnv> =>
  async (c) =>
    answer(
      c,
      await requestCardDestruction({ ctx: staffContext(c, deps), input: c.req.valid("json"), key: keyOf(c) }),
      201,
    );
