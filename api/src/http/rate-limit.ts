import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Limiter } from "../services/limits/limiter.ts";
import { limitName, type Verdict } from "../services/limits/limits.ts";
import { DomainError, PROBLEM_CONTENT_TYPE } from "../shared/errors.ts";
import { metrics } from "../shared/metrics.ts";
import type { AppEnv } from "./app-env.ts";
import { ProblemSchema } from "./openapi.ts";

/**
 * The HTTP side of the limits (services/limits): the 429 answer and the per-client request rate
 * middleware. Failure limits are applied around each attempt by evaluateWithinLimits.
 */

/** The 429 to throw for a refusal: `rate_limited` with Retry-After, counted on /metrics. */
export function rateLimited(c: Context<AppEnv>, verdict: Extract<Verdict, { limited: true }>): DomainError {
  metrics.rateLimited(limitName(verdict.limit));
  c.header("Retry-After", String(verdict.retryAfterSeconds));
  const name = limitName(verdict.limit);
  const detail =
    verdict.limit === "client_requests"
      ? `This client's requests per minute are used up. Try again in ${verdict.retryAfterSeconds} seconds.`
      : name.endsWith("_lookups")
        ? `Too many look-ups. Try again in ${verdict.retryAfterSeconds} seconds.`
        : `Too many failed attempts. Try again in ${verdict.retryAfterSeconds} seconds.`;
  return new DomainError("rate_limited", { detail });
}

/**
 * After authentication, on /v1: puts the app's limiter on the request (`c.get("limits")`, as
 * Unkey's API hands out its services) and holds a channel client to its rate_limit_per_minute
 * (staff and the public page are not clients). Usually no await: the count is in memory.
 */
export const applyLimits = (limiter: Limiter) =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set("limits", limiter);
    const principal = c.get("principal");
    if (principal?.kind === "client") {
      const counted = limiter.clientRequest(principal.id, principal.rateLimitPerMinute);
      const verdict = "then" in counted ? await counted : counted;
      if (verdict.limited) throw rateLimited(c, verdict);
    }
    await next();
  });

/** The 429 of routes with limits, documented with its Retry-After header; spread after problemResponses. */
export const rateLimitedResponse = (description: string) => ({
  429: {
    description: `\`rate_limited\`: ${description}`,
    headers: {
      "Retry-After": {
        description: "Seconds until the limit's window ends and attempts are counted afresh.",
        schema: { type: "integer" as const, minimum: 1, example: 540 },
      },
    },
    content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
  },
});
