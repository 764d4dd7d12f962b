import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { requireIdempotencyKey } from "../../http/idempotency-key.ts";
import { sendStoredResponse } from "../../http/send-stored-response.ts";
import { staffContext } from "../../http/service-context.ts";
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
    return sendStoredResponse(c, result);
  };

export const getCardSaleHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getCardSale, AppEnv> =>
  async (c) =>
    c.json(await getCardSale({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200);

export const listCardSalesHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listCardSales, AppEnv> =>
  async (c) =>
    c.json(await listCardSales({ ctx: staffContext(c, deps), input: c.req.valid("query") }), 200);
