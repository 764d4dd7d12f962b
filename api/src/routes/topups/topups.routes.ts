import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { IdempotencyHeaderSchema, jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { CreateTopupSchema, TopupSchema } from "./topups.schemas.ts";

const tags = ["Top-ups"];
// Whoever may make top-ups may read its own; there is no separate read permission.
const access = { clients: ["partner"], operation: "topups:write" } as const;

export const createTopup = defineRoute({
  method: "post",
  path: "/v1/topups",
  operationId: "createTopup",
  tags,
  access,
  summary: "Credit a customer's prepaid account with money you took (direct top-up)",
  description:
    "For a bank or telco that took the customer's money itself: the amount is credited to the customer's " +
    "prepaid account at once, and you owe it to the utility — it appears in your daily net " +
    "(`GET /v1/partners/me/daily-net`) and your reconciliation file. At most 500,000 yuan per top-up. " +
    "If the call times out, resend the same request with the same Idempotency-Key: the first answer comes back. " +
    "A partnerReference books at most one top-up: sent again with another Idempotency-Key it is refused with " +
    "409 `partner_reference_reused`, whose detail names the first top-up's id.",
  request: {
    headers: IdempotencyHeaderSchema,
    body: jsonBody(CreateTopupSchema, "The customer, the amount and your payment reference."),
  },
  responses: {
    201: jsonResponse(TopupSchema, "The account was credited (or the replay of that answer)."),
    ...problemResponses(
      "idempotency_key_missing",
      "idempotency_key_invalid",
      "malformed_json",
      "forbidden",
      "customer_not_found",
      "idempotency_in_progress",
      "partner_reference_reused",
      "payload_too_large",
      "idempotency_key_reused",
    ),
  },
});

export const getTopup = defineRoute({
  method: "get",
  path: "/v1/topups/{id}",
  operationId: "getTopup",
  tags,
  access,
  summary: "Get a top-up you made",
  request: {
    params: z.object({ id: z.string().max(64).openapi({ example: "tup_01jq3v6k9xf0b8e4mz7t2c5n1r" }) }),
  },
  responses: {
    200: jsonResponse(TopupSchema, "The top-up."),
    ...problemResponses("forbidden", "topup_not_found"),
  },
});
