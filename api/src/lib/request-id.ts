import { randomBytes } from "node:crypto";
import { createMiddleware } from "hono/factory";

/** Every response carries X-Request-Id; we always mint our own so ids stay unique. */
export const requestId = createMiddleware<{ Variables: { requestId: string } }>(async (c, next) => {
  const id = `req_${randomBytes(12).toString("base64url")}`;
  c.set("requestId", id);
  c.header("X-Request-Id", id);
  await next();
});
