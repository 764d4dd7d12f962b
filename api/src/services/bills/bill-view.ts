import { z } from "@hono/zod-openapi";
import { BILL_STATES, type bills } from "@powercard/db";

export type BillRow = typeof bills.$inferSelect;

export const BillSchema = z
  .object({
    id: z.string().openapi({ example: "bil_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    customerNo: z.string(),
    source: z.string(),
    billId: z.string(),
    period: z.string().openapi({ example: "2026-10" }),
    amountFen: z.number().int(),
    paidFen: z.number().int(),
    dueFen: z.number().int(),
    currency: z.literal("CNY"),
    state: z.enum(BILL_STATES),
    accountingUnitId: z.string(),
    createdAt: z.string().openapi({ format: "date-time" }),
    updatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Bill");
export type BillView = z.infer<typeof BillSchema>;

export function toBillView(row: BillRow): BillView {
  return {
    id: row.id,
    customerNo: row.customerNo,
    source: row.source,
    billId: row.sourceBillId,
    period: row.period,
    amountFen: row.amountFen,
    paidFen: row.paidFen,
    dueFen: row.amountFen - row.paidFen,
    currency: "CNY",
    state: row.state,
    accountingUnitId: row.accountingUnitId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
