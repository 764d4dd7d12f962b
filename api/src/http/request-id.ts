import { randomUUID } from "node:crypto";
import { createMiddleware } from "hono/factory";

/**
 * Every response carries X-Request-Id; we always mint our own so ids stay unique. randomUUID
 * draws from a pre-filled entropy pool, far cheaper per request than randomBytes.
 */
export const requestId = createMiddleware<{ Variables: { requestId: string } }>(async (c, next) => {
  const id = `req_${randomUUID().replaceAll("-", "")}`;
  c.set("requestId", id);
  c.header("X-Request-Id", id);
  await next();
});
