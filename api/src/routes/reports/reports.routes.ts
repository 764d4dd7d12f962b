import { z } from "@hono/zod-openapi";
import { CSV_CONTENT_TYPE } from "../../http/csv.ts";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { RemittanceVarianceRowSchema } from "../../services/remittances/remittance-variance-view.ts";
import { BusinessDateSchema } from "../../shared/business-day.ts";

export const REMITTANCE_VARIANCE_CSV_HEADER = [
  "outlet_unit_id",
  "outlet_name",
  "business_date",
  "sold_fen",
  "declared_fen",
  "confirmed_fen",
  "outstanding_fen",
] as const;

export const getRemittanceVariance = defineRoute({
  access: { roles: ["fund_admin", "settlement_officer", "auditor"] },
  method: "get",
  path: "/v1/reports/remittance-variance",
  operationId: "getRemittanceVariance",
  tags: ["Funds"],
  summary: "Remittance variance per outlet and business day",
  description:
    "For every outlet of your units (or of `unitId`'s subtree) and every business day in [from, to] with " +
    "sales or remittances: sold, declared, confirmed, and the cumulative outstanding (sold − confirmed since " +
    "the outlet began). At most 366 days. JSON by default; CSV (streamed, header " +
    `\`${REMITTANCE_VARIANCE_CSV_HEADER.join(",")}\`) with \`Accept: text/csv\` or \`?format=csv\`.`,
  request: {
    query: z.strictObject({
      from: BusinessDateSchema,
      to: BusinessDateSchema,
      unitId: z
        .string()
        .max(64)
        .optional()
        .openapi({ description: "A unit of your subtree; default: yours." }),
      format: z.enum(["json", "csv"]).optional().openapi({ description: "Overrides the Accept header." }),
    }),
  },
  responses: {
    200: {
      description: "The report.",
      content: {
        "application/json": { schema: z.object({ data: z.array(RemittanceVarianceRowSchema) }) },
        [CSV_CONTENT_TYPE]: {
          schema: z.string().openapi({ description: "CSV, one line per outlet and day." }),
        },
      },
    },
    ...problemResponses("report_range_invalid", "business_date_in_future", "forbidden", "unit_not_found"),
  },
});
