import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { DailyNetSchema } from "../../services/partners/daily-net-view.ts";
import { WebhookEventSchema } from "../../services/webhooks/webhook-event-view.ts";
import { WebhookSchema, WebhookUrlSchema } from "../../services/webhooks/webhook-view.ts";
import { BusinessDateSchema } from "../../shared/business-day.ts";

const tags = ["Partners"];
export const MAX_EVENTS_PAGE_SIZE = 100;

export const getDailyNet = defineRoute({
  method: "get",
  path: "/v1/partners/me/daily-net",
  operationId: "getDailyNet",
  tags,
  access: { clients: ["partner"], operation: "reconciliation:read" },
  summary: "Your net amount for a business day",
  description:
    "Counts and totals of the recharges and top-ups you made on one Asia/Shanghai business day, and what " +
    "you owe for it. Today's figures cover the day so far.",
  request: {
    query: z.strictObject({
      date: BusinessDateSchema.optional().openapi({
        description: "The Asia/Shanghai business day; today if absent.",
        example: "2026-11-26",
      }),
    }),
  },
  responses: {
    200: jsonResponse(DailyNetSchema, "The day's figures."),
    ...problemResponses("forbidden", "business_date_in_future"),
  },
});

export const setWebhook = defineRoute({
  method: "put",
  path: "/v1/partners/me/webhook",
  operationId: "setWebhook",
  tags,
  access: { clients: ["partner"], operation: "webhooks:manage" },
  summary: "Register your webhook endpoint",
  description:
    "Recharge and top-up events (`recharge.succeeded`, `topup.succeeded`), and `reversal.executed` when staff " +
    "reversed one of your credits made to the wrong customer, are POSTed to this URL as a compact " +
    "JWS (`Content-Type: application/jose`, header `typ: powercard-event+jws`) signed by Powercard: verify it " +
    "against `/.well-known/jwks.json` by `kid` before trusting it. The payload is " +
    "`{id, type, clientId, createdAt, data}`, `data` being the recharge or top-up as the API returned it. " +
    "Answer 2xx within 5 seconds; redirects are not followed. Anything else is retried with backoff " +
    "(10 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 3 h, 4 h, 6 h, 6 h: 12 attempts over about a day), " +
    "then the event is given up. Delivery is at least once: deduplicate by the event `id`. " +
    "Events are sent to the URL registered at the time of each attempt.",
  request: { body: jsonBody(z.strictObject({ url: WebhookUrlSchema.nullable() }), "The endpoint.") },
  responses: {
    200: jsonResponse(WebhookSchema, "The endpoint now registered."),
    ...problemResponses("forbidden", "malformed_json", "payload_too_large"),
  },
});

export const listWebhookEvents = defineRoute({
  method: "get",
  path: "/v1/partners/me/webhook/events",
  operationId: "listWebhookEvents",
  tags,
  access: { clients: ["partner"], operation: "webhooks:manage" },
  summary: "Your recent webhook events and their delivery attempts, newest first",
  description:
    "An event that was delivered or given up is kept, with its attempts, for 30 days after its last attempt; " +
    "pending events are always listed.",
  request: {
    query: z.strictObject({
      limit: z.coerce.number().int().min(1).max(MAX_EVENTS_PAGE_SIZE).default(20).openapi({ example: 20 }),
      cursor: z.string().max(200).optional().openapi({ description: "nextCursor of the previous page." }),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({ data: z.array(WebhookEventSchema), nextCursor: z.string().nullable() }),
      "One page of events.",
    ),
    ...problemResponses("forbidden"),
  },
});
