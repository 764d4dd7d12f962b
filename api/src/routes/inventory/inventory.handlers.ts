import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { staffContext } from "../../http/service-context.ts";
import { checkConservation } from "../../services/inventory/conservation-check.ts";
import { getUnitInventory } from "../../services/inventory/unit-inventory.ts";
import type * as routes from "./inventory.routes.ts";

export const getInventoryHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getInventory, AppEnv> =>
  async (c) =>
    c.json(await getUnitInventory({ ctx: staffContext(c, deps), input: c.req.valid("query") }), 200);

export const checkCardConservationHandler =
  (deps: AppDeps): RouteHandler<typeof routes.checkCardConservation, AppEnv> =>
  async (c) =>
    c.json(await checkConservation({ ctx: staffContext(c, deps) }), 200);
