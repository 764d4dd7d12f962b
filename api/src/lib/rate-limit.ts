import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import type { Limiter } from "../services/limits/limiter.ts";
import {
  clientFailureMax,
  FAILURE_OUTCOMES,
  type LimitSubject,
  limitName,
  type Verdict,
} from "../services/limits/limits.ts";
import type { Principal } from "./auth/principal.ts";
import { DomainError, PROBLEM_CONTENT_TYPE } from "./errors.ts";
import { metrics } from "./metrics.ts";
import { ProblemSchema } from "./openapi.ts";

/**
 * The HTTP side of the limits (services/limits): the 429 answer, the per-client request rate
 * middleware, and the failure checks the channel routes make around an attempt.
 */

/** The 429 to throw for a refusal: `rate_limited` with Retry-After, counted on /metrics. */
export function rateLimited(c: Context<AppEnv>, verdict: Extract<Verdict, { limited: true }>): DomainError {
  metrics.rateLimited(limitName(verdict.limit));
  c.header("Retry-After", String(verdict.retryAfterSeconds));
  const detail =
    verdict.limit === "client_requests"
      ? `This client's requests per minute are used up. Try again in ${verdict.retryAfterSeconds} seconds.`
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

/** The failure-limit subjects of a channel attempt; none at the counter (see services/limits/limits.ts). */
export function channelFailureSubjects(principal: Principal, customerNo?: string): LimitSubject[] {
  if (principal.kind !== "client" || principal.channel === "counter") return [];
  const subjects: LimitSubject[] = [
    { kind: "client", value: principal.id, max: clientFailureMax(principal.rateLimitPerMinute) },
  ];
  if (customerNo !== undefined) subjects.push({ kind: "customer", value: customerNo });
  return subjects;
}

/** Before a channel attempt: throws 429 when a subject is at its failure limit. */
export async function enforceFailureLimits(c: Context<AppEnv>, subjects: readonly LimitSubject[]) {
  if (subjects.length === 0) return;
  const verdict = await c.get("limits").checkFailures(subjects);
  if (verdict.limited) throw rateLimited(c, verdict);
}

/** After a channel attempt that was evaluated (not a replay): counts it if it failed. */
export async function recordFailureOutcome(
  c: Context<AppEnv>,
  subjects: readonly LimitSubject[],
  outcome: string,
): Promise<void> {
  if (subjects.length > 0 && FAILURE_OUTCOMES.has(outcome)) await c.get("limits").recordFailures(subjects);
}

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
