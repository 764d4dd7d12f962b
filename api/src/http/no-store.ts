import { createMiddleware } from "hono/factory";

/**
 * `Cache-Control: no-store` on every /v1 answer, errors and replays included. The API's answers
 * carry balances, movements, masked names, staff data and tokens; nothing under /v1 is safe for a
 * browser, proxy or CDN to keep, so the rule is set once here rather than route by route. Set
 * after the route ran, so no route can loosen it by accident.
 */
export const noStore = createMiddleware(async (c, next) => {
  await next();
  if (c.res.status === 200 && CACHEABLE_PATHS.has(c.req.path)) return;
  c.res.headers.set("Cache-Control", "no-store");
});

/** The one exception: the public outlet list, which holds no personal data (its route sets its own header). */
export const CACHEABLE_PATHS: ReadonlySet<string> = new Set(["/v1/public/outlets"]);
