import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { CSV_CONTENT_TYPE, csvStream, wantsCsv } from "../../http/csv.ts";
import { staffContext } from "../../http/service-context.ts";
import { remittanceVariance } from "../../services/remittances/remittance-variance.ts";
import { type getRemittanceVariance, REMITTANCE_VARIANCE_CSV_HEADER } from "./reports.routes.ts";

export const getRemittanceVarianceHandler =
  (deps: AppDeps): RouteHandler<typeof getRemittanceVariance, AppEnv> =>
  async (c) => {
    const { format, ...input } = c.req.valid("query");
    const rows = await remittanceVariance({ ctx: staffContext(c, deps), input });
    if (!wantsCsv(format, c.req.header("Accept"))) return c.json({ data: rows }, 200);
    const body = csvStream(REMITTANCE_VARIANCE_CSV_HEADER, rows, (r) => [
      r.outletUnitId,
      r.outletName,
      r.businessDate,
      r.soldFen,
      r.declaredFen,
      r.confirmedFen,
      r.outstandingFen,
    ]);
    return c.body(body, 200, { "Content-Type": CSV_CONTENT_TYPE }) as never;
  };
