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

export const ListBillsQuerySchema = z.strictObject({
  state: z.enum(BILL_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  cursor: z.string().max(200).optional().openapi({ description: "nextCursor of the previous page." }),
});

export const BILLS_CSV_HEADER = "bill_id,customer_no,period,amount_fen";
