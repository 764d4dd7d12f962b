import { createRoute, z } from "@hono/zod-openapi";
import { CARD_STATES } from "@powercard/db";
import { CHANNEL_API_KEY } from "../../lib/auth/require-client.ts";
import { CardNoSchema, jsonBody, jsonResponse, PinSchema, problemResponses } from "../../lib/openapi.ts";

export const VerifyCardSchema = z
  .strictObject({ cardNo: CardNoSchema, pin: PinSchema })
  .openapi("VerifyCard");

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

export const verifyCard = createRoute({
  method: "post",
  path: "/v1/cards/verify",
  operationId: "verifyCard",
  tags: ["Cards"],
  security: [{ [CHANNEL_API_KEY]: [] }],
  summary: "Check a card number and PIN without using the card",
  description:
    "Answers the card's face value and whether it can be recharged. A wrong PIN counts toward the lockout " +
    "exactly like a recharge; an unknown card number gets the same answer as a wrong PIN.",
  request: { body: jsonBody(VerifyCardSchema, "The card number and PIN.") },
  responses: {
    200: jsonResponse(CardVerificationSchema, "The PIN is right; the card's state and value."),
    ...problemResponses("malformed_json", "payload_too_large", "pin_incorrect", "card_locked"),
  },
});
