import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { reportFormatOf } from "../../http/csv.ts";
import { staffContext } from "../../http/service-context.ts";
import { readStale } from "../../http/stale-reads.ts";
import { monthlyClearing } from "../../services/settlement/monthly-clearing.ts";
import { unitNames } from "../../services/units/unit-names.ts";
import type * as routes from "./monthly-clearing.routes.ts";
import { MONTHLY_CLEARING_CROSS_UNIT_COLUMNS, MONTHLY_CLEARING_UNITS_COLUMNS } from "./report-columns.ts";
import { REPORT_NAMES, reportFileFor } from "./report-file-name.ts";
import { fileTable, reportFile } from "./report-table.ts";

export const getMonthlyClearingHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getMonthlyClearing, AppEnv> =>
  async (c) => {
    const { format, part, lang = "zh-CN", ...input } = c.req.valid("query");
    const ctx = staffContext(c, deps);
    const statement = await readStale(c, ctx, (ctx) => monthlyClearing({ ctx, input }));
    const form = reportFormatOf(format, c.req.header("Accept"));
    if (form === "json") return c.json(statement, 200);
    const { period } = statement;
    const ids = statement.crossUnit.flatMap((m) => [m.soldInUnitId, m.usedInUnitId]);
    const names = await unitNames(deps.db, ids);
    const units = fileTable({
      sheet: { zh: "核算单位", en: "Units" },
      columns: MONTHLY_CLEARING_UNITS_COLUMNS,
      rows: statement.units.map((u) => ({ ...u, period })),
    });
    const crossUnit = fileTable({
      sheet: { zh: "跨单位充值", en: "Cross-unit" },
      columns: MONTHLY_CLEARING_CROSS_UNIT_COLUMNS,
      rows: statement.crossUnit.map((m) => ({
        ...m,
        period,
        soldInUnitName: names.get(m.soldInUnitId) ?? null,
        usedInUnitName: names.get(m.usedInUnitId) ?? null,
      })),
    });
    const file = await reportFileFor(deps.db, ctx.actor, REPORT_NAMES.monthlyClearing, input.unitId, period);
    if (form === "xlsx") return reportFile(c, form, file, lang, [units, crossUnit]);
    const csvFile = part === "cross-unit" ? { ...file, period: `${period}_cross-unit` } : file;
    return reportFile(c, form, csvFile, lang, [part === "cross-unit" ? crossUnit : units]);
  };
