import { randomUUID } from "node:crypto";
import { createMiddleware } from "hono/factory";

/**
 * Every request gets an id of ours (never the caller's, so ids stay unique); the answer carries
 * it as X-Request-Id (response-headers.ts). randomUUID draws from a pre-filled entropy pool, far
 * cheaper per request than randomBytes.
 */
export const requestId = createMiddleware<{ Variables: { requestId: string } }>(async (c, next) => {
  c.set("requestId", `req_${randomUUID().replaceAll("-", "")}`);
  await next();
});
