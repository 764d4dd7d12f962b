import { z } from "@hono/zod-openapi";
import { CardNoSchema, CustomerNoSchema } from "../../shared/business-keys.ts";

/** What the public page shows after a recharge: the recharge, with the masked name (public-recharge.ts). */
export const PublicRechargeSchema = z
  .object({
    id: z.string().openapi({ example: "rch_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    customerNo: CustomerNoSchema,
    customerName: z.string().openapi({
      description: "The account holder's name, masked, to confirm the account.",
      example: "张*明",
    }),
    cardNo: CardNoSchema,
    amountFen: z.number().int().openapi({ description: "Amount credited, in fen.", example: 10000 }),
    balanceFen: z.number().int().openapi({
      description: "The prepaid balance right after this recharge, in fen — shown to whoever just recharged.",
      example: 25000,
    }),
    currency: z.literal("CNY"),
    createdAt: z.string().openapi({ format: "date-time", example: "2026-11-26T02:30:00.000Z" }),
  })
  .openapi("PublicRecharge");
export type PublicRechargeView = z.infer<typeof PublicRechargeSchema>;
