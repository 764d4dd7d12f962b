import { z } from "@hono/zod-openapi";
import { CARD_STATES, type CardState, toFen } from "@powercard/db";
import { CardNoSchema } from "../../shared/business-keys.ts";

export const CardVerificationSchema = z
  .object({
    cardNo: CardNoSchema,
    faceValueFen: z.number().int().openapi({ example: 10000 }),
    state: z.enum(CARD_STATES),
    redeemable: z
      .boolean()
      .openapi({ description: "True when the card can be recharged now (it is sold, not used)." }),
  })
  .openapi("CardVerification");
export type CardVerificationView = z.infer<typeof CardVerificationSchema>;

/** A card whose PIN was right: only a sold card can be recharged (used, scrapped and the rest cannot). */
export function toCardVerificationView(
  cardNo: string,
  card: { state: CardState; face_value_fen: unknown },
): CardVerificationView {
  return {
    cardNo,
    faceValueFen: toFen(card.face_value_fen),
    state: card.state,
    redeemable: card.state === "sold",
  };
}
