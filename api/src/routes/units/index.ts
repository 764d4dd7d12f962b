import { z } from "@hono/zod-openapi";
import { ORG_UNIT_KINDS, STAFF_ROLES } from "@powercard/db";
import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { staffContext } from "../../http/service-context.ts";
import { createUnit } from "../../services/units/create-unit.ts";
import { listUnits } from "../../services/units/list-units.ts";
import { unitInScope } from "../../services/units/scope.ts";
import { toUnitView, UnitSchema } from "../../services/units/unit-view.ts";

const tags = ["Organisation"];

const list = defineRoute({
  access: { roles: STAFF_ROLES },
  method: "get",
  path: "/v1/units",
  operationId: "listUnits",
  tags,
  summary: "The units of your subtree",
  responses: {
    200: jsonResponse(z.object({ data: z.array(UnitSchema) }), "Your unit and all units below it."),
    ...problemResponses("forbidden"),
  },
});

const get = defineRoute({
  access: { roles: STAFF_ROLES },
  method: "get",
  path: "/v1/units/{unitId}",
  operationId: "getUnit",
  tags,
  summary: "One unit of your subtree",
  request: { params: z.object({ unitId: z.string().max(64) }) },
  responses: {
    200: jsonResponse(UnitSchema, "The unit."),
    ...problemResponses("unit_not_found", "forbidden"),
  },
});

const create = defineRoute({
  access: { roles: ["sysadmin"] },
  method: "post",
  path: "/v1/units",
  operationId: "createUnit",
  tags,
  summary: "Add a unit below one of yours",
  request: {
    body: jsonBody(
      z
        .strictObject({
          code: z.string().regex(/^[A-Z0-9-]{2,32}$/, "2–32 of A–Z, 0–9 and -"),
          name: z.string().min(1).max(100),
          kind: z.enum(ORG_UNIT_KINDS),
          parentId: z.string().max(64),
          isAccountingUnit: z.boolean().default(false),
        })
        .openapi("CreateUnit"),
      "The new unit.",
    ),
  },
  responses: {
    201: jsonResponse(UnitSchema, "Created."),
    ...problemResponses("unit_not_found", "forbidden"),
  },
});

export function unitsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(list, async (c) =>
      c.json({ data: (await listUnits({ ctx: staffContext(c, deps) })).map(toUnitView) }, 200),
    )
    .openapi(get, async (c) => {
      const ctx = staffContext(c, deps);
      return c.json(toUnitView(await unitInScope(ctx.db, ctx.actor, c.req.valid("param").unitId)), 200);
    })
    .openapi(create, async (c) =>
      c.json(toUnitView(await createUnit({ ctx: staffContext(c, deps), input: c.req.valid("json") })), 201),
    );
}
