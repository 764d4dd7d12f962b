import type { Channel, ClientOperation, StaffRole } from "@powercard/db";
import { createMiddleware } from "hono/factory";
import { DomainError } from "../../shared/errors.ts";
import type { AppEnv } from "../app-env.ts";

/**
 * Who may call a route. Every route declares one (defineRoute refuses a route without it):
 * `public`, or the channel clients and staff roles allowed. Object scope (a unit's subtree) is
 * checked by the service, which answers 404 for objects outside it.
 */
export type Access =
  | { readonly public: true; readonly clients?: never; readonly operation?: never; readonly roles?: never }
  | {
      readonly public?: never;
      readonly clients?: readonly Channel[] | "any";
      /** The operation a channel client must be allowed (and, with a token, granted as a scope). */
      readonly operation?: ClientOperation;
      readonly roles?: readonly StaffRole[];
    };

export const isPublic = (access: Access) => access.public === true;

export function allows(access: Access, principal: AppEnv["Variables"]["principal"]): boolean {
  if (isPublic(access)) return true;
  if (!principal) return false;
  if (principal.kind === "client") {
    const channelOk = access.clients === "any" || (access.clients?.includes(principal.channel) ?? false);
    return channelOk && (!access.operation || principal.operations.includes(access.operation));
  }
  return principal.roles.some((role) => access.roles?.includes(role));
}

/** Enforces a route's access rule: no credentials → 401, credentials without the right → 403. */
export function authorize(access: Access) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!isPublic(access)) {
      const principal = c.get("principal");
      if (!principal) {
        c.header("WWW-Authenticate", 'Bearer realm="powercard"');
        throw new DomainError("unauthenticated");
      }
      if (!allows(access, principal)) throw new DomainError("forbidden");
    }
    await next();
  });
}
