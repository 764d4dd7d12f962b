import { z } from "@hono/zod-openapi";
import { CustomerNoSchema } from "../../http/openapi.ts";
import { MAX_TOPUP_FEN } from "../../services/topups/create-topup.ts";

export const CreateTopupSchema = z
  .strictObject({
    customerNo: CustomerNoSchema,
    amountFen: z
      .number()
      .int()
      .min(1)
      .max(MAX_TOPUP_FEN)
      .openapi({
        description: `The amount you took from the customer, in fen: 1 fen to ${MAX_TOPUP_FEN} fen (500,000 yuan) per top-up.`,
        example: 5000,
      }),
    partnerReference: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces")
      .openapi({
        description:
          "Your own reference for the payment you took (shown in reconciliation files). Unique per partner: " +
          "a reference already used for a top-up is refused (409 `partner_reference_reused`).",
        example: "ICBC-20261126-000123",
      }),
  })
  .openapi("CreateTopup");

export const TopupSchema = z
  .object({
    id: z.string().openapi({ example: "tup_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    customerNo: CustomerNoSchema,
    amountFen: z.number().int().openapi({ description: "Amount credited, in fen.", example: 5000 }),
    balanceFen: z.number().int().openapi({
      description: "The prepaid account balance right after this top-up, in fen.",
      example: 30000,
    }),
    currency: z.literal("CNY"),
    partnerReference: z.string().openapi({ example: "ICBC-20261126-000123" }),
    createdAt: z.string().openapi({ format: "date-time", example: "2026-11-26T02:30:00.000Z" }),
  })
  .openapi("Topup");
