import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { reportFormatOf } from "../../http/csv.ts";
import { staffContext } from "../../http/service-context.ts";
import { readStale } from "../../http/stale-reads.ts";
import { remittanceVariance } from "../../services/remittances/remittance-variance.ts";
import { REMITTANCE_VARIANCE_COLUMNS } from "./report-columns.ts";
import { REPORT_NAMES, reportFileFor } from "./report-file-name.ts";
import { fileTable, periodOf, reportFile } from "./report-table.ts";
import type { getRemittanceVariance } from "./reports.routes.ts";

export const getRemittanceVarianceHandler =
  (deps: AppDeps): RouteHandler<typeof getRemittanceVariance, AppEnv> =>
  async (c) => {
    const { format, lang = "zh-CN", ...input } = c.req.valid("query");
    const ctx = staffContext(c, deps);
    const rows = await readStale(c, ctx, (ctx) => remittanceVariance({ ctx, input }));
    const form = reportFormatOf(format, c.req.header("Accept"));
    if (form === "json") return c.json({ data: rows }, 200);
    const period = periodOf(input.from, input.to);
    const name = REPORT_NAMES.remittanceVariance;
    const file = await reportFileFor(deps.db, ctx.actor, name, input.unitId, period);
    return reportFile(c, form, file, lang, [
      fileTable({
        sheet: { zh: "解款差异", en: "Remittance variance" },
        columns: REMITTANCE_VARIANCE_COLUMNS,
        rows,
      }),
    ]);
  };
