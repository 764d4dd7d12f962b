import { z } from "@hono/zod-openapi";
import { CORRECTION_CASE_STATES, REVERSAL_DESTINATIONS } from "@powercard/db";
import { CustomerNoSchema } from "../../shared/business-keys.ts";

export const MAX_PAGE_SIZE = 100;

const CreditRefSchema = z.string().trim().min(1).max(64).openapi({
  description:
    "The credit's 流水号 (a recharge `rch_…` or top-up `tup_…` id) or the used card's 16-digit number.",
  example: "rch_01jq3v6k9xf0b8e4mz7t2c5n1r",
});

export const OpenReversalCaseSchema = z
  .strictObject({
    ref: CreditRefSchema,
    destination: z.enum(REVERSAL_DESTINATIONS).openapi({
      description:
        "`customer`: move the value to `toCustomerNo` (改户); `source`: back where it came from (退回) — a card " +
        "becomes sold and unused again, a top-up goes back to the partner.",
    }),
    toCustomerNo: CustomerNoSchema.optional().openapi({
      description: "The right 户号; required for `customer`.",
    }),
    reason: z.string().trim().min(1).max(500).openapi({
      description: "Why the credit is wrong, as the customer told it.",
      example: "客户输错户号，应为 3301000002",
    }),
    evidence: z.string().trim().min(1).max(500).openapi({
      description: "What staff checked: the receipt, the card, the right customer's bill or ID.",
      example: "核对充值小票及正确户号电费单",
    }),
  })
  .refine((b) => (b.destination === "customer") === (b.toCustomerNo !== undefined), {
    path: ["toCustomerNo"],
    message: "is required when destination is customer, and only then",
  })
  .openapi("OpenReversalCase");

export const ReversalPreviewQuerySchema = z.strictObject({
  ref: CreditRefSchema,
  toCustomerNo: CustomerNoSchema.optional(),
});

export const CaseIdParamSchema = z.object({
  id: z.string().max(64).openapi({ example: "rvc_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
});

export const ListCasesQuerySchema = z.strictObject({
  state: z.enum(CORRECTION_CASE_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).openapi({ example: 20 }),
  cursor: z.string().max(200).optional().openapi({ description: "nextCursor of the previous page." }),
});
