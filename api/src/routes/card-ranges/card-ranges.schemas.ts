import { z } from "@hono/zod-openapi";
import { CardNoSchema } from "../../http/openapi.ts";
import { MAX_RANGE_SIZE } from "../../services/cards/card-range.ts";

export const CardRangeActionSchema = z
  .strictObject({
    firstCardNo: CardNoSchema,
    lastCardNo: CardNoSchema.openapi({
      description: `The last card of the range (inclusive; the same as firstCardNo for one card). At most ${MAX_RANGE_SIZE} cards.`,
    }),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .openapi({ description: "Why (kept in the audit trail).", example: "报失：营业厅被盗" }),
  })
  .openapi("CardRangeAction");
