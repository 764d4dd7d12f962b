/**
 * Recharge throughput: the real API (Hono on node-server, postgres.js, the one-statement
 * recharge) under autocannon, against the ceiling of the same statement driven by pgbench, on a
 * fresh PostgreSQL database that is dropped afterwards. Run: `npm run bench:recharge`.
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "@powercard/api";
import { createDb, type Db, migrate } from "@powercard/db";
import pino from "pino";
import postgres from "postgres";
import { CardDispenser, driveRecharges, type LoadResult } from "./api-load.ts";
import { BENCH_PIN_KEYS, type BenchWorld, loadWorld } from "./bench-world.ts";
import { checkInvariants, type InvariantResult } from "./ledger-invariants.ts";
import { type PgbenchResult, runPgbench } from "./pgbench-ceiling.ts";

const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE || 20);
const CONNECTIONS = 64;
const SECONDS = 10;
const WARMUP_SECONDS = 2;
// Enough for warm-up + 10 s at up to ~6,000/s over HTTP, and a separate queue for pgbench.
const SIZE = { customers: 10_000, apiCards: 90_000, pgbenchCards: 110_000 };
const TARGETS = { ratio: 0.6, p99Ms: 50, tailRatio: 3 };

async function main(): Promise<number> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const name = `pc_bench_${randomBytes(6).toString("hex")}`;
  try {
    await dropStaleBenchDatabases(admin);
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return await benchmark(url.toString(), admin);
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function benchmark(url: string, admin: postgres.Sql): Promise<number> {
  const setup = await createDb({ url, maxConnections: 2 });
  await migrate(setup);
  await setup.close();

  const sql = postgres(url, { max: 3, onnotice: () => {} });
  try {
    let started = performance.now();
    const world = await loadWorld(sql, SIZE);
    log(
      `loaded ${SIZE.apiCards + SIZE.pgbenchCards} sold cards, ${SIZE.customers} customers in ${since(started)} s`,
    );

    const api = await measureApi(url, world, admin);
    log(`API: ${api.load.succeeded} recharges in ${SECONDS} s; cards used so far: ${api.usedCards}`);

    // A checkpoint before each measured run, so neither inherits the other's dirty pages.
    await admin`CHECKPOINT`;
    started = performance.now();
    const ceiling = await runPgbench(sql, {
      url,
      clientId: world.clientId,
      channel: world.channel,
      clients: 10,
      threads: 2,
      seconds: SECONDS,
    });
    log(`pgbench done in ${since(started)} s`);

    const invariants = await checkInvariants(sql);
    printSummary(api, ceiling, invariants);
    const apiConsistent = api.usedCards === api.warmup.succeeded + api.load.succeeded;
    return invariants.every((i) => i.ok) && ceiling.ok && apiConsistent ? 0 : 1;
  } finally {
    await sql.end();
  }
}

interface ApiMeasurement {
  warmup: LoadResult;
  load: LoadResult;
  poolSize: number;
  synchronousCommit: string;
  usedCards: number;
}

/** The API in this process on a loopback port, warmed up, then measured on fresh cards. */
async function measureApi(url: string, world: BenchWorld, admin: postgres.Sql): Promise<ApiMeasurement> {
  const db = await createDb({ url, maxConnections: POOL_SIZE });
  const server = await listen(db);
  try {
    const [setting] = await db.query<{ synchronous_commit: string }>("SHOW synchronous_commit");
    const synchronousCommit = setting?.synchronous_commit ?? "?";
    log(`API on ${server.url}, pool ${POOL_SIZE}, synchronous_commit=${synchronousCommit}`);

    const dispenser = new CardDispenser(world.apiCards);
    const options = { url: server.url, apiKey: world.apiKey, connections: CONNECTIONS };
    const warmup = await driveRecharges(dispenser, { ...options, seconds: WARMUP_SECONDS });
    log(`warm-up: ${warmup.succeeded} recharges, ${warmup.errors} errors`);
    await admin`CHECKPOINT`;
    const load = await driveRecharges(dispenser, { ...options, seconds: SECONDS });
    const [used] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM cards WHERE state = 'used'");
    return { warmup, load, poolSize: POOL_SIZE, synchronousCommit, usedCards: used?.n ?? -1 };
  } finally {
    await server.close();
    await db.close();
  }
}

async function listen(db: Db): Promise<{ url: string; close(): Promise<void> }> {
  const app = createApp({ db, pinKeys: BENCH_PIN_KEYS, logger: pino({ level: "silent" }) });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}

function printSummary(api: ApiMeasurement, ceiling: PgbenchResult, invariants: InvariantResult[]) {
  const { load } = api;
  const ratio = ceiling.tps > 0 ? load.rate / ceiling.tps : 0;
  const tail = load.p99 / load.p50;
  const rows: [string, string][] = [
    ["recharges/s (API)", load.rate.toFixed(0)],
    ["p50 latency", `${load.p50.toFixed(2)} ms`],
    ["p99 latency", `${load.p99.toFixed(2)} ms`],
    ["p99/p50", tail.toFixed(2)],
    ["errors (non-2xx, socket, timeout)", `${load.errors} ${JSON.stringify(load.statusCodes)}`],
    ["ceiling tps (pgbench)", ceiling.tps.toFixed(0)],
    ["ratio API/ceiling", ratio.toFixed(2)],
    ["pool size", String(api.poolSize)],
    ["synchronous_commit", api.synchronousCommit],
    ["connections / duration", `${CONNECTIONS} / ${SECONDS} s (after ${WARMUP_SECONDS} s warm-up)`],
  ];
  console.log("\n=== Recharge benchmark ===");
  for (const [label, value] of rows) console.log(`${label.padEnd(36)} ${value}`);
  if (load.ranOutOfCards) console.log("WARNING: the API run ran out of cards; raise SIZE.apiCards");

  console.log("\n--- pgbench run ---");
  console.log(
    `exit ${ceiling.exitCode}, ${ceiling.processed} transactions, ${ceiling.failed} failed, ` +
      `cards used during run ${ceiling.usedDelta} → ${ceiling.ok ? "OK" : "INVALID"}`,
  );
  if (!ceiling.ok) console.log(ceiling.output);

  console.log("\n--- targets ---");
  target(`ratio API/ceiling ≥ ${TARGETS.ratio}`, ratio >= TARGETS.ratio, ratio.toFixed(2));
  target(`p99 < ${TARGETS.p99Ms} ms`, load.p99 < TARGETS.p99Ms, `${load.p99.toFixed(2)} ms`);
  target(`p99/p50 ≤ ${TARGETS.tailRatio}`, tail <= TARGETS.tailRatio, tail.toFixed(2));
  target("zero errors", load.errors === 0, String(load.errors));

  console.log("\n--- invariants ---");
  for (const i of invariants) console.log(`${i.ok ? "OK  " : "FAIL"} ${i.name}: ${i.detail}`);
  const expected = api.warmup.succeeded + api.load.succeeded;
  const consistent = api.usedCards === expected;
  console.log(
    `${consistent ? "OK  " : "FAIL"} cards used by the API = its 2xx responses: ${api.usedCards} vs ${expected}`,
  );
}

const target = (name: string, pass: boolean, value: string) =>
  console.log(`${pass ? "PASS" : "FAIL"} ${name.padEnd(24)} (${value})`);

const log = (message: string) => console.log(`[bench] ${message}`);
const since = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

/** A run killed half-way leaves its database behind; drop those nobody is connected to. */
async function dropStaleBenchDatabases(admin: postgres.Sql) {
  const stale = await admin<{ datname: string }[]>`
    SELECT datname FROM pg_database
     WHERE datname LIKE 'pc\_bench\_%'
       AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = pg_database.datname)`;
  for (const { datname } of stale) await admin.unsafe(`DROP DATABASE IF EXISTS "${datname}"`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
