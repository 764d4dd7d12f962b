import type { Context } from "hono";
import type { AppEnv } from "../../app-env.ts";
import { metrics } from "../../lib/metrics.ts";
import type { FailureGuard } from "../../services/channels/channel-recharge.ts";
import { FAILURE_OUTCOMES, type LimitSubject, limitName } from "../../services/limits/limits.ts";

/**
 * The failure limits of the IVR and SMS channels, from the app's limiter: per customer number
 * named and, for SMS, per sender phone. Deliberately not per client: one gateway carries every
 * customer's calls or messages, so a client-wide limit would let one abuser close the channel
 * to everyone. A refusal is answered in words (200), like every other outcome of these channels.
 */
export function channelFailureGuard(c: Context<AppEnv>, phone?: string): FailureGuard {
  const limits = c.get("limits");
  const subjects = (customerNo: string): LimitSubject[] => [
    { kind: "customer", value: customerNo },
    ...(phone ? [{ kind: "phone" as const, value: phone }] : []),
  ];
  return {
    async check(customerNo) {
      const verdict = await limits.checkFailures(subjects(customerNo));
      if (!verdict.limited) return null;
      metrics.rateLimited(limitName(verdict.limit));
      return verdict.retryAfterSeconds;
    },
    async record(customerNo, outcome) {
      if (FAILURE_OUTCOMES.has(outcome)) await limits.recordFailures(subjects(customerNo));
    },
  };
}
