import { z } from "@hono/zod-openapi";
import { CustomerNoSchema } from "../../shared/business-keys.ts";

/** `accountingUnit` only for staff on the customer's line (customer-access.ts). */
export const AccountSchema = z
  .object({
    customerNo: CustomerNoSchema,
    customerName: z.string().openapi({ description: "The customer's name, masked.", example: "张*明" }),
    accountingUnit: z
      .object({ id: z.string(), name: z.string().openapi({ example: "杭州供电公司" }) })
      .nullable()
      .openapi({
        description:
          "The customer's accounting unit, for staff of that unit, the units above it and its outlets and " +
          "stations; null for channels and for counters of other units.",
      }),
    balanceFen: z.number().int().openapi({ example: 25000 }),
    currency: z.literal("CNY"),
    updatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Account");
export type AccountView = z.infer<typeof AccountSchema>;

/** `amountFen` is signed from the customer's side. */
export const AccountTransactionSchema = z
  .object({
    transactionId: z.string().openapi({ example: "txn_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    kind: z.string().openapi({ example: "recharge" }),
    amountFen: z
      .number()
      .int()
      .openapi({ description: "+ money into the account, − money out.", example: 10000 }),
    reference: z.string().nullable().openapi({ description: "The business record, e.g. the recharge id." }),
    businessDate: z.string().openapi({ format: "date", description: "Asia/Shanghai business day." }),
    createdAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("AccountTransaction");
export type AccountTransactionView = z.infer<typeof AccountTransactionSchema>;
