import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { IdempotencyHeaderSchema, jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { rateLimitedResponse } from "../../http/rate-limit.ts";
import { CounterRechargeSchema } from "../../services/recharge/counter-recharge-view.ts";
import { BusinessDateSchema } from "../../shared/business-day.ts";
import { CreateRechargeSchema, RechargeByKeySchema, RechargeSchema } from "./recharges.schemas.ts";

const tags = ["Recharges"];
const write = { clients: "any", operation: "recharges:write", roles: ["clerk"] } as const;
const read = { clients: "any", operation: "recharges:read", roles: ["clerk"] } as const;

export const createRecharge = defineRoute({
  method: "post",
  path: "/v1/recharges",
  operationId: "createRecharge",
  tags,
  access: write,
  summary: "Recharge a card into a customer's prepaid account",
  description:
    "Uses a sold card once and credits its face value to the customer's prepaid account, atomically. " +
    "A wrong PIN counts toward the card's lockout (5 wrong PINs lock it). " +
    "An unknown card number and a wrong PIN get the same answer, `pin_incorrect`. " +
    "Failures (wrong PIN, unknown card or customer, locked card) are limited per client and per customer " +
    "number, at every channel but the counter; beyond a limit, 429 `rate_limited` with Retry-After. " +
    "If the call times out, look the result up with `GET /v1/recharges/by-idempotency-key/{key}` or resend " +
    "the same request with the same Idempotency-Key.",
  request: {
    headers: IdempotencyHeaderSchema,
    body: jsonBody(CreateRechargeSchema, "The card and the customer."),
  },
  responses: {
    201: jsonResponse(
      RechargeSchema,
      "The card was used and the account credited (or the replay of that answer).",
    ),
    ...problemResponses(
      "idempotency_key_missing",
      "idempotency_key_invalid",
      "malformed_json",
      "customer_not_found",
      "card_not_sold",
      "card_frozen",
      "card_already_used",
      "idempotency_in_progress",
      "payload_too_large",
      "idempotency_key_reused",
      "pin_incorrect",
      "card_locked",
    ),
    ...rateLimitedResponse(
      "too many failures of your client, or naming this customer number, or too many requests a minute.",
    ),
  },
});

export const getRecharge = defineRoute({
  method: "get",
  path: "/v1/recharges/{id}",
  operationId: "getRecharge",
  tags,
  access: read,
  summary: "Get a recharge made by your client",
  request: {
    params: z.object({ id: z.string().max(64).openapi({ example: "rch_01jq3v6k9xf0b8e4mz7t2c5n1r" }) }),
  },
  responses: {
    200: jsonResponse(RechargeSchema, "The recharge."),
    ...problemResponses("recharge_not_found"),
  },
});

export const getRechargeByKey = defineRoute({
  method: "get",
  path: "/v1/recharges/by-idempotency-key/{idempotencyKey}",
  operationId: "getRechargeByIdempotencyKey",
  tags,
  access: read,
  summary: "Find out what became of a recharge request",
  description:
    "For a channel whose recharge call timed out. 404 means the request never took effect: resend it with " +
    "the same Idempotency-Key.",
  request: { params: z.object({ idempotencyKey: z.string().min(1).max(255) }) },
  responses: {
    200: jsonResponse(RechargeByKeySchema, "The outcome of the first request made with this key."),
    ...problemResponses("recharge_not_found"),
  },
});

export const listCounterRecharges = defineRoute({
  method: "get",
  path: "/v1/recharges",
  operationId: "listCounterRecharges",
  tags,
  access: { roles: ["clerk"] },
  summary: "Your own counter recharges of a business day, newest first (for the reprint of a receipt)",
  description:
    "A counter clerk sees only the recharges they made themselves, with the customer's masked name. " +
    "`businessDate` is an Asia/Shanghai date.",
  request: {
    query: z.strictObject({
      businessDate: BusinessDateSchema,
      limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
      cursor: z.string().max(200).optional().openapi({ description: "nextCursor of the previous page." }),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({ data: z.array(CounterRechargeSchema), nextCursor: z.string().nullable() }),
      "One page of recharges.",
    ),
    ...problemResponses("forbidden", "validation_failed"),
  },
});
