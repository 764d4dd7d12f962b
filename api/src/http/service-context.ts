import type { Context } from "hono";
import type { ServiceContext } from "../services/service-context.ts";
import { callerOf, type UserPrincipal } from "../shared/auth/principal.ts";
import type { AppDeps, AppEnv } from "./app-env.ts";

/** The service context of an authenticated request. */
export function serviceContext(c: Context<AppEnv>, deps: AppDeps): ServiceContext {
  const actor = c.get("principal");
  if (!actor) throw new Error("route reached without an authenticated principal");
  return {
    db: deps.db,
    pinKeys: deps.pinKeys,
    signingKeys: deps.signingKeys,
    now: deps.now?.() ?? new Date(),
    requestId: c.get("requestId"),
    actor,
    caller: callerOf(actor),
  };
}

/** For staff-only routes: the context with the actor known to be a user. */
export function staffContext(c: Context<AppEnv>, deps: AppDeps): ServiceContext & { actor: UserPrincipal } {
  const ctx = serviceContext(c, deps);
  if (ctx.actor.kind !== "user") throw new Error("staff route reached by a channel client");
  return ctx as ServiceContext & { actor: UserPrincipal };
}

/** For public routes: what a service needs without a principal. */
export function publicContext(c: Context<AppEnv>, deps: AppDeps) {
  return {
    db: deps.db,
    signingKeys: deps.signingKeys,
    now: deps.now?.() ?? new Date(),
    requestId: c.get("requestId"),
  };
}
