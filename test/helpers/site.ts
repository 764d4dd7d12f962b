import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { portalSite } from "@powercard/api";
import type { Db } from "@powercard/db";
import { buildApp } from "./app.ts";

type FetchHandler = (request: Request, env?: unknown) => Response | Promise<Response>;

/** Any fetch handler as a real HTTP server on a free loopback port. */
export function serveOnLoopback(fetch: FetchHandler): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            // Browsers keep connections open; close them so the test does not wait for them.
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The API and the built portal on one origin, as `npm start` serves them. */
export async function startPortalServer(db: Db) {
  const app = buildApp(db);
  const site = portalSite(app);
  if (!site)
    throw new Error("portal/dist is missing: run `npm run build:portal` (turbo builds it before tests)");
  return serveOnLoopback(site.fetch);
}
