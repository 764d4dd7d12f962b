import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import {
  CardNoSchema,
  CustomerNoSchema,
  IdempotencyHeaderSchema,
  jsonBody,
  jsonResponse,
  PinSchema,
  problemResponses,
} from "../../http/openapi.ts";
import { rateLimitedResponse } from "../../http/rate-limit.ts";
import { FAILURE_LIMITS } from "../../services/limits/limits.ts";
import { PublicRechargeSchema } from "../../services/recharge/public-recharge-view.ts";

export const CreatePublicRechargeSchema = z
  .strictObject({ cardNo: CardNoSchema, pin: PinSchema, customerNo: CustomerNoSchema })
  .openapi("CreatePublicRecharge");

const { ip, customer, card } = FAILURE_LIMITS;
const minutes = (seconds: number) => `${seconds / 60} minutes`;

export const createPublicRecharge = defineRoute({
  access: { public: true },
  method: "post",
  path: "/v1/public/recharges",
  operationId: "createPublicRecharge",
  tags: ["Public"],
  summary: "Recharge a card from the public self-service page (no credentials)",
  description:
    "For the 95598 self-service recharge page, served from the same origin (no CORS headers are sent, " +
    "so other sites' pages cannot call it from a browser). The recharge itself is the one of " +
    "`POST /v1/recharges`, on channel `web`.\n\n" +
    "Answers never tell whether a card number or a customer number exists: an unknown customer, an " +
    "unknown card, a wrong PIN and a locked card all get the same `recharge_refused` (identical bodies but " +
    "for `requestId`). `card_already_used`, `card_frozen` and `card_not_sold` are told, PIN or not (no PIN is " +
    "compared for a card that is not sold, and the public card check tells the same). " +
    "The new balance and the masked name are shown only in the answer to a successful recharge.\n\n" +
    `Limits, counted before the card is looked at: ${ip.max} refusals per ${minutes(ip.windowSeconds)} per ` +
    `IP address (IPv6: per /64), ${customer.max} per ${minutes(customer.windowSeconds)} per customer number, ` +
    `${card.max} per ${minutes(card.windowSeconds)} per card number; beyond them, 429 \`rate_limited\` with ` +
    "`Retry-After` in seconds. Failures here are counted apart from the counter's and the partner banks': " +
    "they never block a customer number there, and after 5 wrong PINs a card only stops working on the " +
    "self-service channels (it stays redeemable at a counter).\n\n" +
    "Idempotency-Key: generate a new one per submission (a UUID) and resend it only to retry the same " +
    "submission. Keys are scoped by card number, as every visitor shares one identity.",
  request: {
    headers: IdempotencyHeaderSchema,
    body: jsonBody(CreatePublicRechargeSchema, "The card, its PIN and the customer number."),
  },
  responses: {
    201: jsonResponse(
      PublicRechargeSchema,
      "The card was used and the account credited (or the replay of that answer).",
    ),
    ...problemResponses(
      "idempotency_key_missing",
      "idempotency_key_invalid",
      "malformed_json",
      "card_not_sold",
      "card_frozen",
      "card_already_used",
      "idempotency_in_progress",
      "payload_too_large",
      "unsupported_media_type",
      "idempotency_key_reused",
      "recharge_refused",
    ),
    ...rateLimitedResponse(
      "too many refusals for this address, customer number or card number; retry after Retry-After seconds.",
    ),
  },
});
