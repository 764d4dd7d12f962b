import { z } from "@hono/zod-openapi";
import { BILL_STATES } from "@powercard/db";
import { CustomerNoSchema } from "../../http/openapi.ts";

export const MAX_BILLS_PER_IMPORT = 1_000;
export const MAX_PAGE_SIZE = 100;

export const BillSourceSchema = z
  .string()
  .regex(/^[a-z0-9_-]{1,32}$/, "must be 1–32 lowercase letters, digits, _ or -")
  .openapi({
    description: "The billing system the bills come from; bill ids are unique per source.",
    example: "cis",
  });

export const BillItemSchema = z
  .strictObject({
    billId: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .openapi({ description: "The bill's id in the billing system.", example: "202610-3301000001" }),
    customerNo: CustomerNoSchema,
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month YYYY-MM")
      .openapi({ description: "The billing month.", example: "2026-10" }),
    amountFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).openapi({ example: 12_345 }),
  })
  .openapi("BillItem");

export const ImportBillsSchema = z
  .strictObject({
    source: BillSourceSchema,
    bills: z.array(BillItemSchema).min(1).max(MAX_BILLS_PER_IMPORT),
  })
  .openapi("ImportBills");

const BillResultSchema = z
  .object({
    index: z
      .number()
      .int()
      .openapi({ description: "0-based position of the bill in the batch (CSV: data line − 1)." }),
    billId: z.string(),
    outcome: z.enum(["imported", "duplicate", "rejected"]).openapi({
      description:
        "`imported`: new; `duplicate`: imported before with the same content, nothing changed; `rejected`: see `code`.",
    }),
    id: z.string().optional().openapi({ description: "Our bill id (`bil_…`), unless rejected." }),
    customerNo: z.string().optional(),
    code: z
      .enum(["bill_conflict", "customer_not_found"])
      .optional()
      .openapi({
        description:
          "`bill_conflict`: the bill id was imported before (or earlier in this batch) with another customer, " +
          "period or amount; `customer_not_found`: no such customer in your accounting units.",
      }),
    detail: z.string().optional(),
  })
  .openapi("BillImportResult");

export const ImportBillsResultSchema = z
  .object({
    source: z.string(),
    imported: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    importedFen: z.number().int().openapi({ description: "Total of the bills imported now." }),
    paidFromBalanceFen: z.number().int().openapi({ description: "Paid at once from prepaid balances." }),
    results: z.array(BillResultSchema),
    payments: z.array(
      z.object({ customerNo: z.string(), paidFen: z.number().int(), billCount: z.number().int() }),
    ),
  })
  .openapi("ImportBillsResult");

export const ListBillsQuerySchema = z.strictObject({
  state: z.enum(BILL_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  cursor: z.string().max(200).optional().openapi({ description: "nextCursor of the previous page." }),
});

export const BILLS_CSV_HEADER = "bill_id,customer_no,period,amount_fen";
