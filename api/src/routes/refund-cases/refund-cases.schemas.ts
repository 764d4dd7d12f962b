import { z } from "@hono/zod-openapi";
import { PAYOUT_METHODS } from "@powercard/db";
import { CustomerNoSchema } from "../../shared/business-keys.ts";

export const OpenRefundCaseSchema = z
  .strictObject({
    customerNo: CustomerNoSchema,
    payoutMethod: z.enum(PAYOUT_METHODS).openapi({
      description: "`bank_transfer` to the payee's account, or `cash` at the counter.",
    }),
    bankAccount: z
      .string()
      .regex(/^[0-9]{8,32}$/, "must be 8 to 32 digits")
      .optional()
      .openapi({
        description: "The payee's bank account, for a transfer; only its last four digits are kept.",
        example: "6222021234567890123",
      }),
    payoutReference: z.string().trim().min(1).max(64).openapi({
      description: "The transfer order or the counter's cash receipt number.",
      example: "TF20261203-000045",
    }),
    reason: z.string().trim().min(1).max(500).openapi({ example: "客户销户，退还预存余额" }),
  })
  .refine((b) => (b.payoutMethod === "bank_transfer") === (b.bankAccount !== undefined), {
    path: ["bankAccount"],
    message: "is required for a bank transfer, and only then",
  })
  .openapi("OpenRefundCase");

export const RecordRefundPayoutSchema = z
  .strictObject({
    voucher: z.string().trim().min(1).max(64).openapi({
      description:
        "The bank's reference of the transfer made, or the number of the cash voucher the payee signed.",
      example: "BOC20261204-88231907",
    }),
  })
  .openapi("RecordRefundPayout");
