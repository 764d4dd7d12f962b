import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { createRouter } from "../../lib/create-router.ts";
import { staffContext } from "../../lib/service-context.ts";
import { monthlyClearing } from "../../services/settlement/monthly-clearing.ts";
import * as routes from "./monthly-clearing.routes.ts";

const getMonthlyClearingHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getMonthlyClearing, AppEnv> =>
  async (c) =>
    c.json(await monthlyClearing({ ctx: staffContext(c, deps), input: c.req.valid("query") }), 200);

/** Its own router, beside the other reports' (kept apart from their index while both are built). */
export function monthlyClearingRouter(deps: AppDeps) {
  return createRouter().openapi(routes.getMonthlyClearing, getMonthlyClearingHandler(deps));
}
