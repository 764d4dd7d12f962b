import type { Channel, ClientOperation, StaffRole } from "@powercard/db";

/** Who is calling: a channel client (API key) or a staff user (access token). */
export type Principal = ClientPrincipal | UserPrincipal;

export interface ClientPrincipal {
  kind: "client";
  id: string;
  name: string;
  channel: Channel;
  unitId: string | null;
  /** What this request may do: the client's allowed operations (narrowed to a token's scopes). */
  operations: ClientOperation[];
  /** Requests per minute the client may make. */
  rateLimitPerMinute: number;
}

export interface UserPrincipal {
  kind: "user";
  id: string;
  username: string;
  /** The name shown to people (the header, receipts); the username is for signing in. */
  displayName: string;
  unitId: string;
  /** The user's unit path ("/unt_a/unt_b/"): their roles reach every unit under it. */
  unitPath: string;
  roles: StaffRole[];
  /** The session (refresh-token family) of the access token, when it names one. */
  sessionId?: string;
}

/** Whether a unit (by its path) lies in the user's subtree. */
export const inScope = (user: UserPrincipal, unitPath: string) => unitPath.startsWith(user.unitPath);

/**
 * The caller as the recharge services see it: the client, or — at a counter — the clerk, whose
 * recharges carry channel "counter", the clerk and the outlet.
 */
export interface Caller {
  id: string;
  channel: Channel;
  clerkId: string | null;
  outletUnitId: string | null;
}

export function callerOf(principal: Principal): Caller {
  if (principal.kind === "client")
    return { id: principal.id, channel: principal.channel, clerkId: null, outletUnitId: null };
  return { id: principal.id, channel: "counter", clerkId: principal.id, outletUnitId: principal.unitId };
}
