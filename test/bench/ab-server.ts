/**
 * One side of `bench:recharge-ab`: the API of the checkout at argv[2] (its own sources, run by
 * tsx as the recharge bench runs them) on a loopback port, on the database at argv[3]. It prints
 * `LISTENING <url>` and serves until it is killed; its parent reads its CPU time from /proc.
 */
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serve } from "@hono/node-server";
import pino from "pino";
import { BENCH_PIN_KEYS } from "./bench-world.ts";

const [root, url, poolSize] = process.argv.slice(2);
if (!root || !url) throw new Error("usage: ab-server.ts <checkout> <database url> [pool size]");
const from = (path: string) => import(pathToFileURL(join(root, path)).href);
const api = await from("api/src/index.ts");
const { createDb } = await from("db/src/index.ts");

const db = await createDb({ url, maxConnections: Number(poolSize || 10) });
const app = api.createApp({
  db,
  pinKeys: BENCH_PIN_KEYS,
  signingKeys: await api.loadSigningKeyring([await api.generateSigningJwk()]),
  logger: pino({ level: "silent" }),
  publicBaseUrl: "http://localhost",
});
serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) =>
  console.log(`LISTENING http://127.0.0.1:${info.port}`),
);
