import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";

/**
 * Declared `public` because no principal applies — a scraper is neither a channel client nor a
 * staff user, and this route is mounted before bearer authentication so that it can take its own
 * credential. It is not open, though: see the description.
 */
export const getMetrics = defineRoute({
  access: { public: true },
  method: "get",
  path: "/metrics",
  operationId: "getMetrics",
  tags: ["Operations"],
  summary: "Prometheus metrics of this instance (for operators)",
  description:
    "Counters in the Prometheus text format: `powercard_recharge_outcomes_total{channel,outcome}`, " +
    "`powercard_card_verifications_total{channel,outcome}`, `powercard_rate_limited_total{limit}` and process " +
    "basics. Per instance; Prometheus sums them. Alarm on a rising rate of `pin_incorrect` or " +
    "`card_not_found` on one channel, or of `rate_limited`: that is a guessing spray.\n\n" +
    "Only for the monitoring system: with `METRICS_TOKEN` set, only `Authorization: Bearer <METRICS_TOKEN>` " +
    "is answered; without it, only a caller on the loopback interface whose request carries no forwarding " +
    "header (so not through a proxy). Anyone else gets 404, as if the route did not exist.",
  responses: {
    200: {
      description: "The metrics.",
      content: {
        "text/plain": {
          schema: z.string().openapi({
            example:
              '# TYPE powercard_recharge_outcomes_total counter\npowercard_recharge_outcomes_total{channel="web",outcome="pin_incorrect"} 3\n',
          }),
        },
      },
    },
    ...problemResponses("not_found"),
  },
});
