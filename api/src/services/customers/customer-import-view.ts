import { z } from "@hono/zod-openapi";

/** How many refused rows an import names; the rest are counted (the answer stays small). */
export const MAX_REPORTED_ERRORS = 100;

const RowErrorSchema = z
  .object({
    line: z.number().int().openapi({
      description:
        "The row's line in the CSV file (the header is line 1), or its 1-based position in a JSON batch.",
      example: 17,
    }),
    field: z.string().openapi({
      description:
        "The field at fault (`customer_no`, `accounting_unit_id`, …; `row` when the row has the wrong number of fields).",
      example: "accounting_unit_id",
    }),
    reason: z.string().openapi({ example: "no such accounting unit" }),
  })
  .openapi("CustomerImportRowError");

export const CustomerImportResultSchema = z
  .object({
    importId: z
      .string()
      .openapi({ description: "Names this import in the audit trail (`cim_…`).", example: "cim_01jd…" }),
    complete: z.boolean().openapi({
      description:
        "false when the file broke off (see `stoppedAt`): the rows before that line were applied, the rest not read. Sending the corrected file again is safe.",
    }),
    rows: z.number().int().openapi({ description: "Data rows read." }),
    created: z.number().int().openapi({ description: "New customers (each with its prepaid account)." }),
    updated: z.number().int().openapi({ description: "Customers changed by a newer version." }),
    unchanged: z.number().int().openapi({
      description:
        "Rows whose version is not newer than the stored one (a repeat, or an older file): nothing changed.",
    }),
    rejected: z.number().int().openapi({ description: "Rows refused whole (see `errors`)." }),
    moved: z
      .number()
      .int()
      .openapi({ description: "Of the updated: customers moved to another accounting unit." }),
    closed: z.number().int().openapi({ description: "Customers whose account became closed (销户)." }),
    errors: z.array(RowErrorSchema).openapi({
      description: `The first ${MAX_REPORTED_ERRORS} refusals, one per field at fault, in file order.`,
    }),
    errorsOmitted: z.number().int().openapi({ description: "Refusals not listed in `errors`." }),
    stoppedAt: z
      .object({ line: z.number().int(), reason: z.string() })
      .nullable()
      .openapi({ description: "Where and why the file stopped being readable CSV, if it did." }),
  })
  .openapi("CustomerImportResult");

export type CustomerImportResult = z.infer<typeof CustomerImportResultSchema>;
