import type { ServerResponse } from "node:http";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.ts";

/**
 * The headers every answer of the API carries, in one place: the request id, the security
 * headers (hono's secureHeaders defaults) and, on /v1, `Cache-Control: no-store`. The API's
 * answers carry balances, movements, masked names, staff data and tokens; nothing under /v1 is
 * safe for a browser, proxy or CDN to keep, errors and replays included.
 *
 * They are defaults: a header the route set itself stays (only the public outlet list sets its
 * own Cache-Control; test/api/cache-control.test.ts calls every /v1 route to hold the rule).
 *
 * Over HTTP they go straight onto Node's response, which writes them with the route's own
 * headers: filling a fetch Headers object with 13 more headers per answer (and Node then reading
 * it back) cost about a tenth of a recharge's Node CPU (`npm run bench:recharge-ab`, B/A 1.13).
 * In the process (app.request) they go on c.res.
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  ["Referrer-Policy", "no-referrer"],
  ["Strict-Transport-Security", "max-age=15552000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Frame-Options", "SAMEORIGIN"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"],
];

/** The one exception to no-store: the public outlet list, which holds no personal data (its route sets its own header). */
export const CACHEABLE_PATHS: ReadonlySet<string> = new Set(["/v1/public/outlets"]);

export const responseHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const setDefault = defaultSetter(c);
  for (const [name, value] of SECURITY_HEADERS) setDefault(name, value);
  setDefault("X-Request-Id", c.get("requestId"));
  if (c.req.path.startsWith("/v1/") && !(c.res.status === 200 && CACHEABLE_PATHS.has(c.req.path)))
    setDefault("Cache-Control", "no-store");
});

/** Sets a header unless the answer has it: on Node's response when served over HTTP, else on c.res. */
function defaultSetter(c: Context<AppEnv>): (name: string, value: string) => void {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  // Node gives the headers the answer brings precedence over these (http.ServerResponse.writeHead).
  if (outgoing && !outgoing.headersSent) return (name, value) => outgoing.setHeader(name, value);
  const headers = c.res.headers;
  return (name, value) => {
    if (!headers.has(name)) headers.set(name, value);
  };
}
