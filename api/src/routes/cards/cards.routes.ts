import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { CardNoSchema, jsonBody, jsonResponse, PinSchema, problemResponses } from "../../http/openapi.ts";
import { rateLimitedResponse } from "../../http/rate-limit.ts";
import { ApprovalSchema } from "../../services/approvals/approval-view.ts";
import { CardDetailSchema } from "../../services/cards/card-detail-view.ts";
import { CardVerificationSchema } from "../../services/cards/card-verification-view.ts";

export const VerifyCardSchema = z
  .strictObject({ cardNo: CardNoSchema, pin: PinSchema })
  .openapi("VerifyCard");

export const verifyCard = defineRoute({
  method: "post",
  path: "/v1/cards/verify",
  operationId: "verifyCard",
  tags: ["Cards"],
  access: { clients: "any", operation: "cards:verify", roles: ["clerk"] },
  summary: "Check a card number and PIN without using the card",
  description:
    "Answers the card's face value and whether it can be recharged. A wrong PIN counts toward the lockout " +
    "exactly like a recharge; an unknown card number gets the same answer as a wrong PIN. Failures count " +
    "toward your client's failure limit, as recharges do.",
  request: { body: jsonBody(VerifyCardSchema, "The card number and PIN.") },
  responses: {
    200: jsonResponse(CardVerificationSchema, "The PIN is right; the card's state and value."),
    ...problemResponses("malformed_json", "payload_too_large", "pin_incorrect", "card_locked"),
    ...rateLimitedResponse("too many failures of your client, or too many requests a minute."),
  },
});

export const requestCardUnlock = defineRoute({
  access: { roles: ["card_admin"] },
  method: "post",
  path: "/v1/cards/{cardNo}/unlock-requests",
  operationId: "requestCardUnlock",
  tags: ["Cards"],
  summary: "Ask to unlock a card locked by wrong PINs (another card admin approves)",
  description:
    "Opens a maker-checker request of kind `card_unlock`; when another card_admin of the card's units approves " +
    "it, the card returns to its state before the lock with a fresh attempt counter.",
  request: {
    params: z.object({ cardNo: CardNoSchema }),
    body: jsonBody(
      z.strictObject({ reason: z.string().min(1).max(200) }),
      "Why the card should be unlocked.",
    ),
  },
  responses: {
    201: jsonResponse(ApprovalSchema, "The approval request."),
    ...problemResponses("card_not_found_for_staff", "card_not_locked", "forbidden"),
  },
});

export const getCard = defineRoute({
  access: { roles: ["card_admin", "issuer", "auditor"] },
  method: "get",
  path: "/v1/cards/{cardNo}",
  operationId: "getCard",
  tags: ["Cards"],
  summary: "One card of your units: state, batch, custody, sale, use and history",
  description:
    "For card administrators, issuers and auditors, over the cards owned by a unit of their subtree. The " +
    "customer number that used the card is masked. Never any PIN material (neither the PIN nor its HMAC). " +
    "A card of another branch of the tree answers 404 `card_not_found_for_staff`, exactly as an unknown one.",
  request: { params: z.object({ cardNo: CardNoSchema }) },
  responses: {
    200: jsonResponse(CardDetailSchema, "The card and its history, oldest first."),
    ...problemResponses("card_not_found_for_staff", "forbidden"),
  },
});
