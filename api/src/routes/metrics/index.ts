import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { isLoopback, socketAddress } from "../../http/client-ip.ts";
import { createRouter } from "../../http/create-router.ts";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { DomainError } from "../../shared/errors.ts";
import { METRICS_CONTENT_TYPE, renderMetrics } from "../../shared/metrics.ts";

/**
 * Declared `public` because no principal applies — a scraper is neither a channel client nor a
 * staff user, and this route is mounted before bearer authentication so that it can take its own
 * credential. It is not open, though: see the description.
 */
const getMetrics = defineRoute({
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

const FORWARDING_HEADERS = ["X-Forwarded-For", "Forwarded", "X-Real-IP"];
const digest = (value: string) => createHash("sha256").update(value).digest();

function mayScrape(c: Context<AppEnv>, tokenDigest: Buffer | null): boolean {
  if (tokenDigest) {
    const presented = /^Bearer (\S+)$/i.exec(c.req.header("Authorization") ?? "")?.[1];
    return presented !== undefined && timingSafeEqual(digest(presented), tokenDigest);
  }
  if (FORWARDING_HEADERS.some((name) => c.req.header(name) !== undefined)) return false;
  return isLoopback(socketAddress(c));
}

export function metricsRouter(deps: Pick<AppDeps, "metricsToken">) {
  const tokenDigest = deps.metricsToken ? digest(deps.metricsToken) : null;
  return createRouter().openapi(getMetrics, (c) => {
    if (!mayScrape(c, tokenDigest)) throw new DomainError("not_found");
    c.header("Cache-Control", "no-store");
    return c.body(renderMetrics(), 200, { "Content-Type": METRICS_CONTENT_TYPE }) as never;
  });
}
