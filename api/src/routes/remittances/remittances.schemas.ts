import { z } from "@hono/zod-openapi";
import { REMITTANCE_STATES } from "@powercard/db";
import { BusinessDateSchema } from "../../shared/business-day.ts";

export const MAX_PAGE_SIZE = 100;

export const DeclareRemittanceSchema = z
  .strictObject({
    outletUnitId: z
      .string()
      .min(1)
      .max(64)
      .openapi({ description: "The outlet remitting.", example: "unt_demo_hz01" }),
    businessDate: BusinessDateSchema.openapi({
      description: "The Asia/Shanghai business day whose sales are remitted.",
    }),
    amountFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).openapi({
      description: "Cash paid into the settlement center's unified account, in fen.",
      example: 1_250_000,
    }),
    bankReference: z.string().trim().min(1).max(64).openapi({
      description: "The bank's reference of the deposit, as on the slip; once per outlet.",
      example: "ICBC20261126-000123",
    }),
  })
  .openapi("DeclareRemittance");

export const RejectRemittanceSchema = z
  .strictObject({
    reason: z.string().trim().min(1).max(500).openapi({
      description: "Why the remittance is rejected, e.g. not on the bank statement.",
      example: "未见于 11 月 26 日银行对账单",
    }),
  })
  .openapi("RejectRemittance");

export const RemittanceIdParamSchema = z.object({
  id: z.string().max(64).openapi({ example: "rem_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
});

export const ListRemittancesQuerySchema = z.strictObject({
  outletUnitId: z.string().max(64).optional().openapi({ description: "Only this outlet's remittances." }),
  businessDate: BusinessDateSchema.optional(),
  state: z.enum(REMITTANCE_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).openapi({ example: 20 }),
  cursor: z.string().max(200).optional().openapi({ description: "nextCursor of the previous page." }),
});
