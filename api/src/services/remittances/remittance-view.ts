import { z } from "@hono/zod-openapi";
import { REMITTANCE_STATES, type remittances } from "@powercard/db";

export type RemittanceRow = typeof remittances.$inferSelect;

/** The public shape of a remittance; the POST answers and the GETs give the same fields. */
export const RemittanceSchema = z
  .object({
    id: z.string().openapi({ example: "rem_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    outletUnitId: z.string(),
    businessDate: z.string().openapi({ format: "date" }),
    amountFen: z.number().int().openapi({ example: 1_250_000 }),
    currency: z.literal("CNY"),
    bankReference: z.string(),
    state: z.enum(REMITTANCE_STATES).openapi({
      description: "`declared` by the outlet; `confirmed` (booked) or `rejected` by the settlement center.",
    }),
    declaredBy: z.string(),
    declaredAt: z.string().openapi({ format: "date-time" }),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable().openapi({ format: "date-time" }),
    rejectReason: z.string().nullable(),
    ledgerTransactionId: z.string().nullable().openapi({
      description: "Set when confirmed: the ledger transaction moving the cash to the unified account.",
    }),
  })
  .openapi("Remittance");
export type RemittanceView = z.infer<typeof RemittanceSchema>;

export function toRemittanceView(row: RemittanceRow): RemittanceView {
  return {
    id: row.id,
    outletUnitId: row.outletUnitId,
    businessDate: row.businessDate,
    amountFen: row.amountFen,
    currency: "CNY",
    bankReference: row.bankReference,
    state: row.state,
    declaredBy: row.declaredBy,
    declaredAt: row.declaredAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    rejectReason: row.rejectReason,
    ledgerTransactionId: row.ledgerTransactionId,
  };
}
