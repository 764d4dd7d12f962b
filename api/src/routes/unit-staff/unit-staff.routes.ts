import { z } from "@hono/zod-openapi";
import { STAFF_ROLES } from "@powercard/db";
import { defineRoute } from "../../http/define-route.ts";
import { jsonResponse, problemResponses } from "../../http/openapi.ts";
import { UnitStaffMemberSchema } from "../../services/staff/unit-staff-view.ts";

export const listUnitStaff = defineRoute({
  // The card administrator hands cards to a clerk and must pick them; the full staff list
  // (GET /v1/users: logins, locks) stays with the sysadmin and the auditor.
  access: { roles: ["card_admin"] },
  method: "get",
  path: "/v1/units/{unitId}/staff",
  operationId: "listUnitStaff",
  tags: ["Organisation"],
  summary: "The active staff of one unit of your subtree, for a picker",
  description:
    "Only the fields a picker needs (id, username, display name, unit, roles). A unit outside your subtree " +
    "is not found.",
  request: {
    params: z.object({ unitId: z.string().max(64) }),
    query: z.strictObject({
      role: z.enum(STAFF_ROLES).optional().openapi({ description: "Only users with this role in the unit." }),
    }),
  },
  responses: {
    200: jsonResponse(z.object({ data: z.array(UnitStaffMemberSchema) }), "By username."),
    ...problemResponses("unit_not_found", "forbidden"),
  },
});
