import { createMiddleware } from "hono/factory";
import type { Logger } from "pino";
import type { AppEnv } from "./app-env.ts";

/**
 * One structured line per request. It names the path and the client, never a body: bodies
 * carry PINs, and headers carry keys.
 */
export function requestLogger(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    const fields = {
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      principal: c.get("principal")?.id,
      errorCode: c.get("errorCode"),
    };
    // 503 is the database away or slow: expected in an outage, answered and retried, not a bug.
    if (c.res.status === 503) logger.warn(fields, "request refused: database unavailable");
    else if (c.res.status >= 500) logger.error(fields, "request failed");
    else logger.info(fields, "request");
  });
}
