import { z } from "@hono/zod-openapi";
import { ORG_UNIT_KINDS, ORG_UNIT_STATUSES, STAFF_ROLES } from "@powercard/db";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { UnitSchema } from "../../services/units/unit-view.ts";

const tags = ["Organisation"];

export const listUnits = defineRoute({
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

export const getUnit = defineRoute({
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

export const createUnit = defineRoute({
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

export const renameUnit = defineRoute({
  access: { roles: ["sysadmin"] },
  method: "patch",
  path: "/v1/units/{unitId}",
  operationId: "renameUnit",
  tags,
  summary: "Rename a unit of your subtree",
  description: "Only the name changes: the code, the kind and the place in the tree stay.",
  request: {
    params: z.object({ unitId: z.string().max(64) }),
    body: jsonBody(z.strictObject({ name: z.string().trim().min(1).max(100) }), "The new name."),
  },
  responses: {
    200: jsonResponse(UnitSchema, "The renamed unit."),
    ...problemResponses("unit_not_found", "forbidden"),
  },
});

export const setUnitStatus = defineRoute({
  access: { roles: ["sysadmin"] },
  method: "put",
  path: "/v1/units/{unitId}/status",
  operationId: "setUnitStatus",
  tags,
  summary: "Disable (停用) or enable a unit of your subtree",
  description:
    "A disabled unit receives no card transfers or shipments and sells no cards. A unit with active staff, or with cards in its custody or on their way to it, cannot be disabled (409, saying which); nor can your own unit. Audited.",
  request: {
    params: z.object({ unitId: z.string().max(64) }),
    body: jsonBody(
      z.strictObject({ status: z.enum(ORG_UNIT_STATUSES) }).openapi("UnitStatus"),
      "The new status.",
    ),
  },
  responses: {
    200: jsonResponse(UnitSchema, "The unit with its new status."),
    ...problemResponses("unit_not_found", "forbidden", "unit_has_active_staff", "unit_holds_cards"),
  },
});
