import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { CardFloatReportSchema } from "../../services/reports/card-float-view.ts";
import { BusinessDateSchema } from "../../shared/business-day.ts";
import { CARD_FLOAT_COLUMNS } from "./report-columns.ts";
import { FILE_FORMS, jsonOrFile, reportFormat, reportLang, reportUnitId } from "./report-params.ts";
import { csvHeader } from "./report-table.ts";

export const CARD_FLOAT_CSV_HEADER = csvHeader(CARD_FLOAT_COLUMNS);

export const getCardFloat = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor", "card_admin"] },
  method: "get",
  path: "/v1/reports/card-float",
  staleReads: true,
  operationId: "getCardFloat",
  tags: ["Funds"],
  summary: "The card float by batch, with its aging",
  description:
    "Cards sold and not yet used (the float, 卡沉淀资金) at the end of business day `asOf` (default today), " +
    "per batch: count and value, by age since the sale, and the batch's sell-by date, for cards sold by " +
    "outlets of your units (or of `unitId`'s subtree), with totals. Over the whole province the total " +
    "value equals the card_float ledger balance. JSON by default; CSV (streamed, header " +
    `\`${CARD_FLOAT_CSV_HEADER.join(",")}\`, then a last line whose batch_id is \`total\`) with ` +
    "`Accept: text/csv` or `?format=csv`." +
    FILE_FORMS,
  request: {
    query: z.strictObject({
      asOf: BusinessDateSchema.optional(),
      unitId: reportUnitId,
      format: reportFormat,
      lang: reportLang,
    }),
  },
  responses: {
    200: jsonOrFile(CardFloatReportSchema, "CSV, one line per batch, then the total line."),
    ...problemResponses("business_date_in_future", "forbidden", "unit_not_found"),
  },
});
