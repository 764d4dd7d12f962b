import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { FLOAT_AGE_BUCKETS } from "../../services/reports/card-float.ts";
import { BusinessDateSchema } from "../../shared/business-day.ts";
import { jsonOrCsv, reportFormat, reportUnitId } from "./report-params.ts";

const Amount = z.object({ cardCount: z.number().int(), valueFen: z.number().int() });
const FloatFiguresSchema = Amount.extend({
  aging: z.object({ "0_30": Amount, "31_90": Amount, "91_365": Amount, over_365: Amount }).openapi({
    description: "By days since the sale (Asia/Shanghai dates) at asOf: 0–30, 31–90, 91–365, >365.",
  }),
});

const CardFloatRowSchema = FloatFiguresSchema.extend({
  batchId: z.string(),
  faceValueFen: z.number().int(),
  sellBy: z.string().nullable().openapi({ format: "date", description: "The batch's sell-by date, if any." }),
}).openapi("CardFloatRow");

export const CARD_FLOAT_CSV_HEADER = [
  "batch_id",
  "face_value_fen",
  "sell_by",
  "card_count",
  "value_fen",
  ...FLOAT_AGE_BUCKETS.flatMap((b) => [`age_${b}_count`, `age_${b}_fen`]),
] as const;

export const getCardFloat = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor", "card_admin"] },
  method: "get",
  path: "/v1/reports/card-float",
  operationId: "getCardFloat",
  tags: ["Funds"],
  summary: "The card float by batch, with its aging",
  description:
    "Cards sold and not yet used (the float, 卡沉淀资金) at the end of business day `asOf` (default today), " +
    "per batch: count and value, by age since the sale, and the batch's sell-by date, for cards sold by " +
    "outlets of your units (or of `unitId`'s subtree), with totals. Over the whole province the total " +
    "value equals the card_float ledger balance. JSON by default; CSV (streamed, header " +
    `\`${CARD_FLOAT_CSV_HEADER.join(",")}\`, then a last line whose batch_id is \`total\`) with ` +
    "`Accept: text/csv` or `?format=csv`.",
  request: {
    query: z.strictObject({
      asOf: BusinessDateSchema.optional(),
      unitId: reportUnitId,
      format: reportFormat,
    }),
  },
  responses: {
    200: jsonOrCsv(
      z.object({
        asOf: z.string().openapi({ format: "date" }),
        data: z.array(CardFloatRowSchema),
        totals: FloatFiguresSchema,
      }),
      "CSV, one line per batch, then the total line.",
    ),
    ...problemResponses("business_date_in_future", "forbidden", "unit_not_found"),
  },
});
