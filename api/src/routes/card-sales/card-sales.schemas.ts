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

export const ListCardSalesQuerySchema = z.strictObject({
  outletUnitId: z.string().max(64).optional().openapi({ description: "Only this outlet's sales." }),
  businessDate: BusinessDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).openapi({ example: 20 }),
  cursor: z.string().max(200).optional().openapi({ description: "nextCursor of the previous page." }),
});
