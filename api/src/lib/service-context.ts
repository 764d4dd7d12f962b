import type { Context } from "hono";
import type { AppDeps, AppEnv, ServiceContext } from "../app-env.ts";

/** The service context of an authenticated request. */
export function serviceContext(c: Context<AppEnv>, deps: AppDeps): ServiceContext {
  const client = c.get("client");
  if (!client) throw new Error("route reached without an authenticated client");
  return {
    db: deps.db,
    pinKeys: deps.pinKeys,
    now: deps.now?.() ?? new Date(),
    requestId: c.get("requestId"),
    client,
  };
}
