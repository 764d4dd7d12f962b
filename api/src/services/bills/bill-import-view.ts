import { z } from "@hono/zod-openapi";

/**
 * What a bill import answers (import-bills.ts). Each bill's result is built as the tighter
 * BillResult union (bill-import-result.ts), which must fit this schema's BillImportResult.
 */
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
export type ImportBillsResultView = z.infer<typeof ImportBillsResultSchema>;
