import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { DELIVERY_OUTCOMES_DOC } from "../../services/webhooks/delivery-outcome.ts";
import { webhookUrlShapeProblem } from "../../services/webhooks/webhook-url.ts";
import { BusinessDateSchema } from "../../shared/business-day.ts";

const tags = ["Partners"];
export const MAX_EVENTS_PAGE_SIZE = 100;

const CountAndAmountSchema = z.object({
  count: z.number().int().openapi({ example: 120 }),
  amountFen: z.number().int().openapi({ example: 1_200_000 }),
});

export const DailyNetSchema = z
  .object({
    clientId: z.string().openapi({ example: "cli_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    businessDate: z.string().openapi({ format: "date", example: "2026-11-26" }),
    currency: z.literal("CNY"),
    recharges: CountAndAmountSchema.openapi({
      description:
        "Card recharges you made. No money is owed for them: the cards were paid for at the outlets.",
    }),
    topups: CountAndAmountSchema.openapi({ description: "Direct top-ups you made." }),
    netPayableFen: z.number().int().openapi({
      description: "What you owe the utility for the day, in fen: your top-ups, as the ledger records them.",
      example: 350_000,
    }),
  })
  .openapi("DailyNet");

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

const WebhookUrlSchema = z
  .string()
  .superRefine((value, ctx) => {
    const problem = webhookUrlShapeProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .openapi({
    description:
      "Where events are POSTed: https to a public host. A host that is or resolves to a private, loopback, " +
      "link-local, CGNAT, multicast, unspecified or otherwise special address (IPv4 or IPv6) is refused, here " +
      "and again at every delivery. Plain http only outside production, to 127.0.0.1, localhost or [::1] (a " +
      "developer's receiver), or to an origin the operator has allowed by name.",
    example: "https://partner.example.com/powercard/events",
  });

export const WebhookSchema = z
  .object({ url: WebhookUrlSchema.nullable() })
  .openapi("Webhook", { description: "Your webhook endpoint; null removes it." });

export const setWebhook = defineRoute({
  method: "put",
  path: "/v1/partners/me/webhook",
  operationId: "setWebhook",
  tags,
  access: { clients: ["partner"], operation: "webhooks:manage" },
  summary: "Register your webhook endpoint",
  description:
    "Recharge and top-up events (`recharge.succeeded`, `topup.succeeded`) are POSTed to this URL as a compact " +
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

const WebhookAttemptSchema = z.object({
  attempt: z.number().int().openapi({ example: 1 }),
  attemptedAt: z.string().openapi({ format: "date-time" }),
  url: z.string(),
  statusCode: z
    .number()
    .int()
    .nullable()
    .openapi({ description: "Your endpoint's HTTP status, if it answered." }),
  error: z
    .string()
    .nullable()
    .openapi({
      description: `Why the attempt failed (null if delivered): ${DELIVERY_OUTCOMES_DOC}.`,
      example: "http_503",
    }),
  durationMs: z.number().int(),
});

export const WebhookEventSchema = z
  .object({
    id: z.string().openapi({ example: "evt_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    type: z.string().openapi({ example: "topup.succeeded" }),
    state: z.enum(["pending", "delivered", "failed"]),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable().openapi({ format: "date-time" }),
    deliveredAt: z.string().nullable().openapi({ format: "date-time" }),
    createdAt: z.string().openapi({ format: "date-time" }),
    data: z.unknown().openapi({ description: "The recharge or top-up the event reports." }),
    deliveries: z
      .array(WebhookAttemptSchema)
      .openapi({ description: "Every delivery attempt, oldest first." }),
  })
  .openapi("WebhookEvent");

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
