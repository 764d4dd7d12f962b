import type { Principal } from "../../shared/auth/principal.ts";
import { clientFailureMax, type LimitSubject } from "./limits.ts";

/**
 * The failure-limit subjects of a caller's attempt, beside the customer number (which the
 * recharge statement counts itself): the channel client, scaled to its traffic, or the clerk.
 * A phone number (the SMS sender, the IVR caller's ANI) is added by those channels.
 */
export function callerSubjects(principal: Principal, phone?: string): LimitSubject[] {
  const subjects: LimitSubject[] =
    principal.kind === "user"
      ? [{ kind: "clerk", value: principal.id }]
      : [{ kind: "client", value: principal.id, max: clientFailureMax(principal.rateLimitPerMinute) }];
  if (phone !== undefined) subjects.push({ kind: "phone", value: phone === "" ? "withheld" : phone });
  return subjects;
}
