import { z } from "@hono/zod-openapi";
import { CardNoSchema } from "../../http/openapi.ts";
import { BusinessDateSchema } from "../../shared/business-day.ts";

export const MAX_PAGE_SIZE = 100;

export const CreateCardSaleSchema = z
  .strictObject({
    firstCardNo: CardNoSchema,
    lastCardNo: CardNoSchema.optional().openapi({
      description: "The last card of the range sold; omit it to sell one card.",
    }),
  })
  .openapi("CreateCardSale");

export const CardSaleSchema = z
  .object({
    id: z.string().openapi({ example: "sal_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    outletUnitId: z
      .string()
      .openapi({ description: "The outlet that sold the cards.", example: "unt_demo_hz01" }),
    clerkId: z.string().openapi({ description: "The clerk who sold them." }),
    businessDate: z
      .string()
      .openapi({ format: "date", description: "Asia/Shanghai business day of the sale." }),
    firstCardNo: CardNoSchema,
    lastCardNo: CardNoSchema,
    cardCount: z.number().int().openapi({ example: 1000 }),
    amountFen: z.number().int().openapi({
      description: "The face value of the cards sold: the cash the outlet owes.",
      example: 10_000_000,
    }),
    currency: z.literal("CNY"),
    createdAt: z.string().openapi({ format: "date-time", example: "2026-11-26T02:30:00.000Z" }),
  })
  .openapi("CardSale");

export const ListCardSalesQuerySchema = z.strictObject({
  outletUnitId: z.string().max(64).optional().openapi({ description: "Only this outlet's sales." }),
  businessDate: BusinessDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).openapi({ example: 20 }),
  cursor: z.string().max(200).optional().openapi({ description: "nextCursor of the previous page." }),
});
