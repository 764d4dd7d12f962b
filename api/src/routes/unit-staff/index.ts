import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { staffContext } from "../../http/service-context.ts";
import { listUnitStaff } from "../../services/staff/list-unit-staff.ts";
import * as routes from "./unit-staff.routes.ts";

export function unitStaffRouter(deps: AppDeps) {
  return createRouter().openapi(routes.listUnitStaff, async (c) =>
    c.json(
      {
        data: await listUnitStaff({
          ctx: staffContext(c, deps),
          input: { unitId: c.req.valid("param").unitId, ...c.req.valid("query") },
        }),
      },
      200,
    ),
  );
}
