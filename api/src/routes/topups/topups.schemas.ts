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

// The top-up's response shape is stated once, by the service that builds it.
export { TopupSchema } from "../../services/topups/topup-schema.ts";
