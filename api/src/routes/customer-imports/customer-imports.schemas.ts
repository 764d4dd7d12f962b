import { z } from "@hono/zod-openapi";

/** A JSON batch holds at most this many customers; a province's first load comes as a CSV file. */
export const MAX_CUSTOMERS_PER_BATCH = 10_000;

const cell = (description: string, example: string) =>
  z.string().max(1_000).openapi({ description, example });

/**
 * One customer as the marketing system sends it. Only the JSON types are checked here; the
 * business rules (a 10-digit 户号, a known accounting unit, …) are checked per row by the import,
 * so a bad customer is refused alone and named in `errors`, and the good ones are applied.
 */
export const CustomerImportItemSchema = z
  .strictObject({
    customerNo: cell("The customer number (户号), 10 digits.", "3301000001"),
    name: cell("The account name (户名).", "张小明"),
    phone: cell("Contact phone.", "13812345678").nullable().optional(),
    address: cell("Supply address (用电地址); shown to channels only masked.", "杭州市西湖区文三路1号")
      .nullable()
      .optional(),
    accountingUnitId: cell(
      "The accounting unit (核算单位) the customer belongs to: an `org_units` id.",
      "unt_city",
    ),
    status: cell("`normal` (正常) or `closed` (销户).", "normal"),
    sourceVersion: z.union([z.number().int(), z.string().max(20)]).openapi({
      description:
        "The marketing system's version of this customer (a change sequence or change time as an integer): only a newer version changes anything.",
      example: 20261203101500,
    }),
    effectiveFrom: cell(
      "When a change of accounting unit takes effect: YYYY-MM-DD (Asia/Shanghai) or RFC 3339, not in the future. Default: the import's time.",
      "2026-12-01",
    )
      .nullable()
      .optional(),
  })
  .openapi("CustomerImportItem");

export const ImportCustomersSchema = z
  .strictObject({ customers: z.array(CustomerImportItemSchema).min(1).max(MAX_CUSTOMERS_PER_BATCH) })
  .openapi("ImportCustomers");

export const CUSTOMERS_CSV_HEADER =
  "customer_no,name,phone,address,accounting_unit_id,status,source_version,effective_from";
