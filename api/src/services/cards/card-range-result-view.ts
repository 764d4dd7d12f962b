import { z } from "@hono/zod-openapi";
import { CardNoSchema } from "../../shared/business-keys.ts";

/** What a card administrator's range operation (freeze, unfreeze, scrap) moved. */
export const CardRangeResultSchema = z
  .object({
    action: z.enum(["freeze", "unfreeze", "scrap"]),
    firstCardNo: CardNoSchema,
    lastCardNo: CardNoSchema,
    cardCount: z
      .number()
      .int()
      .openapi({ description: "Cards moved: every card of the range.", example: 100 }),
    valueFen: z
      .number()
      .int()
      .openapi({ description: "Their total face value, in fen.", example: 1_000_000 }),
  })
  .openapi("CardRangeResult");
export type CardRangeResultView = z.infer<typeof CardRangeResultSchema>;
/** The range operations an administrator asks for by range. */
export type RangeAction = CardRangeResultView["action"];
