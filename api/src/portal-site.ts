import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** Where `npm run build` (turbo → astro) puts the portal. */
export const PORTAL_DIST = fileURLToPath(new URL("../../portal/dist/", import.meta.url));

type FetchHandler = (request: Request, env?: unknown) => Response | Promise<Response>;

/**
 * One origin for the API and the portal (docs and the public recharge page), so the page can
 * call /v1/public/recharges, which sends no CORS headers. /v1/… always goes to the API; a GET
 * elsewhere is a file of portal/dist if there is one (else the API: /health, /openapi.json…).
 * Portal files carry the CSP the portal build wrote (dist/csp.json): its own files and its
 * hashed inline scripts only. Returns null when the portal has not been built.
 */
export function portalSite(
  api: { fetch: FetchHandler },
  distDir = PORTAL_DIST,
): { fetch: FetchHandler } | null {
  if (!existsSync(join(distDir, "index.html")) || !existsSync(join(distDir, "csp.json"))) return null;
  const { policy } = JSON.parse(readFileSync(join(distDir, "csp.json"), "utf8")) as { policy: string };
  const notFoundHtml = readFileSync(join(distDir, "404.html"), "utf8");

  const withHeaders = () =>
    new Hono().use("*", secureHeaders(), async (c, next) => {
      await next();
      c.header("Content-Security-Policy", policy);
      // Astro fingerprints everything under /_astro/, so those can be cached for good.
      const immutable = c.req.path.startsWith("/_astro/");
      c.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    });
  const files = withHeaders().use("*", serveStatic({ root: distDir }));
  files.notFound((c) => c.body(null, 404));
  const notFoundPage = withHeaders().all("*", (c) => c.html(notFoundHtml, 404));

  return {
    async fetch(request, env) {
      const path = new URL(request.url).pathname;
      const isRead = request.method === "GET" || request.method === "HEAD";
      if (!isRead || /^\/v1(\/|$)/.test(path)) return api.fetch(request, env);
      const file = await files.fetch(request, env);
      if (file.status !== 404) return file;
      // Not a portal file: the API's answer (/health, /openapi.json…), or the 404 page for a browser.
      const answer = await api.fetch(request, env);
      const wantsHtml = request.headers.get("Accept")?.includes("text/html");
      return answer.status === 404 && wantsHtml ? notFoundPage.fetch(request, env) : answer;
    },
  };
}
