import { z } from "@hono/zod-openapi";
import { DELIVERY_OUTCOMES_DOC } from "./delivery-outcome.ts";

export const WebhookAttemptSchema = z.object({
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
    // When the next attempt is due: pending events only.
    nextAttemptAt: z.string().nullable().openapi({ format: "date-time" }),
    deliveredAt: z.string().nullable().openapi({ format: "date-time" }),
    createdAt: z.string().openapi({ format: "date-time" }),
    data: z.unknown().openapi({ description: "The recharge or top-up the event reports." }),
    deliveries: z
      .array(WebhookAttemptSchema)
      .openapi({ description: "Every delivery attempt, oldest first." }),
  })
  .openapi("WebhookEvent");
export type WebhookAttemptView = z.infer<typeof WebhookAttemptSchema>;
export type WebhookEventView = z.infer<typeof WebhookEventSchema>;
