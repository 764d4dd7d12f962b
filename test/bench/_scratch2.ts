import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "@powercard/api";
import { createDb, migrate } from "@powercard/db";
import pino from "pino";
import postgres from "postgres";
import { CardDispenser, driveRecharges } from "./api-load.ts";
import { BENCH_PIN_KEYS, loadWorld } from "./bench-world.ts";
import { runPgbench } from "./pgbench-ceiling.ts";

const admin = postgres("postgres://postgres@127.0.0.1:5432/postgres", { max: 1, onnotice: () => {} });
const name = `pc_bench_scratch_${randomBytes(3).toString("hex")}`;
await admin.unsafe(`CREATE DATABASE "${name}"`);
const url = `postgres://postgres@127.0.0.1:5432/${name}`;
try {
  const s = await createDb({ url, maxConnections: 1 });
  await migrate(s);
  await s.close();
  const sql = postgres(url, { max: 3, onnotice: () => {} });
  const world = await loadWorld(sql, { customers: 10000, apiCards: 100000, pgbenchCards: 100000 });
  for (const c of (process.env.PGB ?? "").split(",").filter(Boolean).map(Number)) {
    const r = await runPgbench(sql, {
      url,
      clientId: world.clientId,
      channel: "counter",
      clients: c,
      threads: Math.min(c, 2),
      seconds: 4,
    });
    console.log(`pgbench c=${c} tps=${r.tps.toFixed(0)} ok=${r.ok}`);
  }
  const dispenser = new CardDispenser(world.apiCards);
  for (const spec of (process.env.API ?? "").split(",").filter(Boolean)) {
    const [pool, conns] = spec.split("x").map(Number) as [number, number];
    const db = await createDb({ url, maxConnections: pool });
    const app = createApp({ db, pinKeys: BENCH_PIN_KEYS, logger: pino({ level: "silent" }) });
    const server = await new Promise<{ url: string; close(): Promise<void> }>((resolve) => {
      const srv = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) =>
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: () => new Promise<void>((d) => srv.close(() => d())),
        }),
      );
    });
    await driveRecharges(dispenser, {
      url: server.url,
      apiKey: world.apiKey,
      connections: conns,
      seconds: 1,
    });
    const r = await driveRecharges(dispenser, {
      url: server.url,
      apiKey: world.apiKey,
      connections: conns,
      seconds: 4,
    });
    console.log(
      `api pool=${pool} conns=${conns} rps=${r.rate.toFixed(0)} p50=${r.p50.toFixed(1)} p99=${r.p99.toFixed(1)} err=${r.errors}`,
    );
    await server.close();
    await db.close();
  }
  await sql.end();
} finally {
  await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
