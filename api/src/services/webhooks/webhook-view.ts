import { z } from "@hono/zod-openapi";
import { webhookUrlShapeProblem } from "./webhook-url.ts";

/** The URL as a partner registers it; the request body of PUT /v1/partners/me/webhook uses it too. */
export const WebhookUrlSchema = z
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
export type WebhookView = z.infer<typeof WebhookSchema>;
