import { z } from "@hono/zod-openapi";
import type { cardSales } from "@powercard/db";
import { CardNoSchema } from "../../shared/business-keys.ts";

export type CardSaleRow = typeof cardSales.$inferSelect;

/** The public shape of a sale; the POST answer and the GETs give the same fields in the same order. */
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
export type CardSaleView = z.infer<typeof CardSaleSchema>;

export function toCardSaleView(row: CardSaleRow): CardSaleView {
  return {
    id: row.id,
    outletUnitId: row.outletUnitId,
    clerkId: row.clerkId,
    businessDate: row.businessDate,
    firstCardNo: row.firstCardNo,
    lastCardNo: row.lastCardNo,
    cardCount: row.cardCount,
    amountFen: row.amountFen,
    currency: "CNY",
    createdAt: row.createdAt.toISOString(),
  };
}
