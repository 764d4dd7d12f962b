import type { RouteHandler, z } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { staffContext } from "../../http/service-context.ts";
import { createUnit } from "../../services/units/create-unit.ts";
import { listUnits } from "../../services/units/list-units.ts";
import { unitInScope } from "../../services/units/scope.ts";
import type * as routes from "./units.routes.ts";

const toView = (u: z.infer<typeof routes.UnitSchema> & Record<string, unknown>) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  kind: u.kind,
  parentId: u.parentId,
  isAccountingUnit: u.isAccountingUnit,
});

export const listUnitsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listUnits, AppEnv> =>
  async (c) =>
    c.json({ data: (await listUnits({ ctx: staffContext(c, deps) })).map(toView) }, 200);

export const getUnitHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getUnit, AppEnv> =>
  async (c) => {
    const ctx = staffContext(c, deps);
    return c.json(toView(await unitInScope(ctx.db, ctx.actor, c.req.valid("param").unitId)), 200);
  };

export const createUnitHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createUnit, AppEnv> =>
  async (c) =>
    c.json(toView(await createUnit({ ctx: staffContext(c, deps), input: c.req.valid("json") })), 201);
