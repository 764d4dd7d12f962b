import { createHash, timingSafeEqual } from "node:crypto";
import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { isLoopback, socketAddress } from "../../http/client-ip.ts";
import { DomainError } from "../../shared/errors.ts";
import { METRICS_CONTENT_TYPE, renderMetrics } from "../../shared/metrics.ts";
import type * as routes from "./metrics.routes.ts";

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

export const getMetricsHandler = (
  deps: Pick<AppDeps, "metricsToken">,
): RouteHandler<typeof routes.getMetrics, AppEnv> => {
  const tokenDigest = deps.metricsToken ? digest(deps.metricsToken) : null;
  return (c) => {
    if (!mayScrape(c, tokenDigest)) throw new DomainError("not_found");
    c.header("Cache-Control", "no-store");
    return c.body(renderMetrics(), 200, { "Content-Type": METRICS_CONTENT_TYPE }) as never;
  };
};
