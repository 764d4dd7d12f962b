import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { RemittanceVarianceRowSchema } from "../../services/remittances/remittance-variance-view.ts";
import { REMITTANCE_VARIANCE_COLUMNS } from "./report-columns.ts";
import { dayRangeReportQuery, FILE_FORMS, jsonOrFile } from "./report-params.ts";
import { csvHeader } from "./report-table.ts";

export const REMITTANCE_VARIANCE_CSV_HEADER = csvHeader(REMITTANCE_VARIANCE_COLUMNS);

export const getRemittanceVariance = defineRoute({
  access: { roles: ["fund_admin", "settlement_officer", "auditor"] },
  method: "get",
  path: "/v1/reports/remittance-variance",
  staleReads: true,
  operationId: "getRemittanceVariance",
  tags: ["Funds"],
  summary: "Remittance variance per outlet and business day",
  description:
    "For every outlet of your units (or of `unitId`'s subtree) and every business day in [from, to] with " +
    "sales or remittances: sold, declared, confirmed, and the cumulative outstanding (sold − confirmed since " +
    "the outlet began). At most 366 days. JSON by default; CSV (streamed, header " +
    `\`${REMITTANCE_VARIANCE_CSV_HEADER.join(",")}\`) with \`Accept: text/csv\` or \`?format=csv\`.` +
    FILE_FORMS,
  request: {
    query: dayRangeReportQuery,
  },
  responses: {
    200: jsonOrFile(
      z.object({ data: z.array(RemittanceVarianceRowSchema) }),
      "CSV, one line per outlet and day.",
    ),
    ...problemResponses("report_range_invalid", "business_date_in_future", "forbidden", "unit_not_found"),
  },
});
