import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { requireIdempotencyKey } from "../../lib/idempotency.ts";
import { staffContext } from "../../lib/service-context.ts";
import { getCardSale } from "../../services/cards/get-card-sale.ts";
import { listCardSales } from "../../services/cards/list-card-sales.ts";
import { sellCards } from "../../services/cards/sell-cards.ts";
import type * as routes from "./card-sales.routes.ts";

export const createCardSaleHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createCardSale, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const result = await sellCards({
      ctx: staffContext(c, deps),
      input: { ...c.req.valid("json"), idempotencyKey },
    });
    if (result.outcome !== "succeeded") c.set("errorCode", result.outcome);
    if (result.replayed) c.header("Idempotent-Replayed", "true");
    // The body is sent exactly as stored, so a replay is byte-for-byte the first answer.
    return c.body(result.body, result.status as 201, { "Content-Type": result.contentType }) as never;
  };

export const getCardSaleHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getCardSale, AppEnv> =>
  async (c) =>
    c.json(await getCardSale({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200);

export const listCardSalesHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listCardSales, AppEnv> =>
  async (c) =>
    c.json(await listCardSales({ ctx: staffContext(c, deps), input: c.req.valid("query") }), 200);
