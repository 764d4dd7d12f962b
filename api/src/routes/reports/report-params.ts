import { z } from "@hono/zod-openapi";
import { CSV_CONTENT_TYPE } from "../../http/csv.ts";
import { BusinessDateSchema } from "../../shared/business-day.ts";

/** Query parameters the funds reports share. */
export const reportUnitId = z
  .string()
  .max(64)
  .optional()
  .openapi({ description: "A unit of your subtree; default: yours." });

export const reportFormat = z
  .enum(["json", "csv"])
  .optional()
  .openapi({ description: "Overrides the Accept header." });

/** A 200 that is JSON (`schema`) or the same columns as streamed CSV. */
export function jsonOrCsv(schema: z.ZodType, csvDescription: string) {
  return {
    description: "The report.",
    content: {
      "application/json": { schema },
      [CSV_CONTENT_TYPE]: { schema: z.string().openapi({ description: csvDescription }) },
    },
  };
}

/** The query of a report over a range of business days. */
export const dayRangeReportQuery = z.strictObject({
  from: BusinessDateSchema,
  to: BusinessDateSchema,
  unitId: reportUnitId,
  format: reportFormat,
});
