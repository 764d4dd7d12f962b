import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { wantsCsv } from "../../http/csv.ts";
import { staffContext } from "../../http/service-context.ts";
import { monthlyClearing } from "../../services/settlement/monthly-clearing.ts";
import { unitNames } from "../../services/units/unit-names.ts";
import {
  crossUnitFields,
  MONTHLY_CLEARING_CROSS_UNIT_CSV_HEADER,
  MONTHLY_CLEARING_UNITS_CSV_HEADER,
  unitFields,
} from "./monthly-clearing.csv.ts";
import type * as routes from "./monthly-clearing.routes.ts";
import { csvReport } from "./report-csv.ts";

export const getMonthlyClearingHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getMonthlyClearing, AppEnv> =>
  async (c) => {
    const { format, part, ...input } = c.req.valid("query");
    const statement = await monthlyClearing({ ctx: staffContext(c, deps), input });
    if (!wantsCsv(format, c.req.header("Accept"))) return c.json(statement, 200);
    if (part === "cross-unit") {
      const ids = statement.crossUnit.flatMap((m) => [m.soldInUnitId, m.usedInUnitId]);
      const names = await unitNames(deps.db, ids);
      return csvReport(
        c,
        MONTHLY_CLEARING_CROSS_UNIT_CSV_HEADER,
        statement.crossUnit,
        crossUnitFields(statement.period, names),
      );
    }
    return csvReport(c, MONTHLY_CLEARING_UNITS_CSV_HEADER, statement.units, unitFields(statement.period));
  };
