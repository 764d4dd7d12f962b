import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { staffContext } from "../../http/service-context.ts";
import { createUnit } from "../../services/units/create-unit.ts";
import { listUnits } from "../../services/units/list-units.ts";
import { renameUnit } from "../../services/units/rename-unit.ts";
import { unitInScope } from "../../services/units/scope.ts";
import { setUnitStatus } from "../../services/units/set-unit-status.ts";
import { toUnitView } from "../../services/units/unit-view.ts";
import type * as routes from "./units.routes.ts";

export const listUnitsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listUnits, AppEnv> =>
  async (c) =>
    c.json({ data: (await listUnits({ ctx: staffContext(c, deps) })).map(toUnitView) }, 200);

export const getUnitHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getUnit, AppEnv> =>
  async (c) => {
    const ctx = staffContext(c, deps);
    return c.json(toUnitView(await unitInScope(ctx.db, ctx.actor, c.req.valid("param").unitId)), 200);
  };

export const createUnitHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createUnit, AppEnv> =>
  async (c) =>
    c.json(toUnitView(await createUnit({ ctx: staffContext(c, deps), input: c.req.valid("json") })), 201);

export const renameUnitHandler =
  (deps: AppDeps): RouteHandler<typeof routes.renameUnit, AppEnv> =>
  async (c) =>
    c.json(
      toUnitView(
        await renameUnit({
          ctx: staffContext(c, deps),
          input: { ...c.req.valid("param"), ...c.req.valid("json") },
        }),
      ),
      200,
    );

export const setUnitStatusHandler =
  (deps: AppDeps): RouteHandler<typeof routes.setUnitStatus, AppEnv> =>
  async (c) =>
    c.json(
      toUnitView(
        await setUnitStatus({
          ctx: staffContext(c, deps),
          input: { unitId: c.req.valid("param").unitId, status: c.req.valid("json").status },
        }),
      ),
      200,
    );
