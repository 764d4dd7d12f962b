import type { Context } from "hono";
import type { AppEnv } from "../../http/app-env.ts";
import type { FailureGuard } from "../../services/channels/channel-recharge.ts";
import { callerSubjects } from "../../services/limits/attempt-subjects.ts";

/**
 * The failure limits of the IVR and SMS channels, from the app's limiter: per gateway client
 * (scaled to its traffic, so only a spray from many phones closes it) and per phone number —
 * the SMS sender, the IVR caller's ANI (withheld numbers share one limit). The customer number
 * is limited by the recharge statement. A refusal is answered in words (200), like every other
 * outcome of these channels.
 */
export function channelFailureGuard(c: Context<AppEnv>, phone: string): FailureGuard {
  const limits = c.get("limits");
  const principal = c.get("principal");
  return {
    begin: () => limits.beginAttempt(principal ? callerSubjects(principal, phone) : []),
  };
}
