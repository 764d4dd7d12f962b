import { z } from "@hono/zod-openapi";
import { CORRECTION_CASE_STATES, PAYOUT_METHODS, type refundCases } from "@powercard/db";

export type RefundCaseRow = typeof refundCases.$inferSelect;

export const RefundCaseSchema = z
  .object({
    id: z.string().openapi({ example: "rfc_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    customerNo: z.string(),
    customerName: z.string().openapi({ description: "Masked.", example: "张*明" }),
    amountFen: z
      .number()
      .int()
      .openapi({ description: "The closed account's balance refunded.", example: 3250 }),
    currency: z.literal("CNY"),
    payoutMethod: z.enum(PAYOUT_METHODS),
    bankAccountMasked: z.string().nullable().openapi({ example: "************1234" }),
    payoutReference: z.string(),
    reason: z.string(),
    unitId: z.string(),
    approvalId: z.string(),
    state: z.enum(CORRECTION_CASE_STATES),
    openedBy: z.string(),
    openedAt: z.string().openapi({ format: "date-time" }),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable().openapi({ format: "date-time" }),
    ledgerTransactionId: z.string().nullable(),
    payout: z
      .object({
        voucher: z.string().openapi({
          description:
            "The bank's reference of the transfer, or the number of the cash voucher the payee signed.",
          example: "BOC20261204-88231907",
        }),
        paidOutBy: z.string(),
        paidOutAt: z.string().openapi({ format: "date-time" }),
        ledgerTransactionId: z.string().openapi({
          description: "The payout's transaction: debit `refunds_payable`, credit `settlement_unified`.",
        }),
      })
      .nullable()
      .openapi({ description: "Recorded once the money has left; null until then." }),
  })
  .openapi("RefundCase");
export type RefundCaseView = z.infer<typeof RefundCaseSchema>;

export function toRefundCaseView(row: RefundCaseRow, customerName: string): RefundCaseView {
  return {
    id: row.id,
    customerNo: row.customerNo,
    customerName,
    amountFen: row.amountFen,
    currency: "CNY",
    payoutMethod: row.payoutMethod,
    bankAccountMasked: row.bankAccountMasked,
    payoutReference: row.payoutReference,
    reason: row.reason,
    unitId: row.unitId,
    approvalId: row.approvalId,
    state: row.state,
    openedBy: row.openedBy,
    openedAt: row.createdAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    ledgerTransactionId: row.ledgerTransactionId,
    payout:
      row.paidOutAt && row.payoutVoucher && row.paidOutBy && row.payoutTransactionId
        ? {
            voucher: row.payoutVoucher,
            paidOutBy: row.paidOutBy,
            paidOutAt: row.paidOutAt.toISOString(),
            ledgerTransactionId: row.payoutTransactionId,
          }
        : null,
  };
}

/** 6222021234567890123 → ***************0123: only the last four digits are ever stored. */
export const maskBankAccount = (account: string) => {
  const digits = account.replace(/\s+/g, "");
  return `${"*".repeat(Math.max(digits.length - 4, 0))}${digits.slice(-4)}`;
};
