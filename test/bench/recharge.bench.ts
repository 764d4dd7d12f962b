/**
 * Recharge throughput: the real API (Hono on node-server, postgres.js, the one-statement
 * recharge) under wrk (or autocannon, see load-generator.ts), against the ceiling of the same statement driven by pgbench, on a
 * fresh PostgreSQL database that is dropped afterwards. Run: `npm run bench:recharge`.
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp, generateSigningJwk, loadSigningKeyring } from "@powercard/api";
import { createDb, type Db, migrate } from "@powercard/db";
import pino from "pino";
import postgres from "postgres";
import type { LoadResult } from "./api-load.ts";
import { BENCH_PIN_KEYS, type BenchWorld, loadWorld } from "./bench-world.ts";
import { startCpuProfile } from "./cpu-profile.ts";
import { type CpuWindow, idleHostLoad, startCpuWindow } from "./host-cpu.ts";
import { checkInvariants, type InvariantResult } from "./ledger-invariants.ts";
import { chooseLoadGenerator, driveRecharges } from "./load-generator.ts";
import { type PgbenchResult, runPgbench } from "./pgbench-ceiling.ts";

const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
// As many database connections as pgbench has clients, so both runs put the same concurrency on
// PostgreSQL. Pools of 4–20 measured within noise of each other on 2 cores; 32 was worse.
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE || 10);
const CONNECTIONS = 64;
const SECONDS = 10;
const WARMUP_SECONDS = 2;
// Cards for the warm-up (the first WARMUP_CARDS) and 10 s at up to ~7,000/s over HTTP, and a
// separate queue for pgbench (up to ~11,000 tps). Each card is recharged at most once.
const SIZE = { customers: 10_000, apiCards: 90_000, pgbenchCards: 110_000 };
const WARMUP_CARDS = 20_000;
const PGBENCH = { clients: 10, threads: 2 };
const TARGETS = { ratio: 0.6, p99Ms: 50, tailRatio: 3 };
/** A file to write a CPU profile of the API during the load run to (see cpu-profile.ts). */
const CPU_PROFILE = process.env.BENCH_CPU_PROFILE || undefined;

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
    const otherLoad = await idleHostLoad();
    log(`host CPU busy with other work before the run: ${percent(otherLoad)}`);
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
    const stopCpu = startCpuWindow();
    const ceiling = await runPgbench(sql, {
      url,
      clientId: world.clientId,
      channel: world.channel,
      ...PGBENCH,
      seconds: SECONDS,
    });
    const ceilingCpu = stopCpu();
    log(`pgbench done in ${since(started)} s`);

    const invariants = await checkInvariants(sql);
    invariants.push(apiAccountedFor(api));
    const otherLoadAfter = await idleHostLoad();
    printSummary({ api, ceiling, ceilingCpu, invariants, otherLoad: Math.max(otherLoad, otherLoadAfter) });
    return invariants.every((i) => i.ok) && ceiling.ok ? 0 : 1;
  } finally {
    await sql.end();
  }
}

interface ApiMeasurement {
  warmup: LoadResult;
  load: LoadResult;
  cpu: CpuWindow;
  poolSize: number;
  synchronousCommit: string;
  usedCards: number;
}

/** The API in this process on a loopback port, warmed up, then measured on fresh cards. */
async function measureApi(url: string, world: BenchWorld, admin: postgres.Sql): Promise<ApiMeasurement> {
  const db = await createDb({ url, maxConnections: POOL_SIZE });
  const server = await listen(db);
  const generator = chooseLoadGenerator();
  try {
    const [setting] = await db.query<{ synchronous_commit: string }>("SHOW synchronous_commit");
    const synchronousCommit = setting?.synchronous_commit ?? "?";
    log(
      `API on ${server.url}, pool ${POOL_SIZE}, synchronous_commit=${synchronousCommit}, load by ${generator}`,
    );

    const options = { url: server.url, apiKey: world.apiKey, connections: CONNECTIONS };
    const warmupCards = world.apiCards.slice(0, WARMUP_CARDS);
    const warmup = await driveRecharges(generator, {
      ...options,
      seconds: WARMUP_SECONDS,
      cards: warmupCards,
      name: "warmup",
    });
    log(`warm-up: ${warmup.succeeded} recharges, ${warmup.errors} errors`);
    // Plans cached while the ledger tables were nearly empty (the balance trigger's query, the
    // ledger foreign-key check) are sequential scans and stay cached in every pooled connection;
    // fresh statistics invalidate them, as autovacuum's ANALYZE would on a live system.
    await db.query("ANALYZE");
    await admin`CHECKPOINT`;
    const stopProfile = await startCpuProfile(CPU_PROFILE);
    const stopCpu = startCpuWindow();
    const loadCards = world.apiCards.slice(WARMUP_CARDS);
    const load = await driveRecharges(generator, {
      ...options,
      seconds: SECONDS,
      cards: loadCards,
      name: "load",
    });
    const cpu = stopCpu();
    await stopProfile();
    const [used] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM cards WHERE state = 'used'");
    return { warmup, load, cpu, poolSize: POOL_SIZE, synchronousCommit, usedCards: used?.n ?? -1 };
  } finally {
    await server.close();
    await db.close();
  }
}

async function listen(db: Db): Promise<{ url: string; close(): Promise<void> }> {
  const signingKeys = await loadSigningKeyring([await generateSigningJwk()]);
  const app = createApp({
    db,
    pinKeys: BENCH_PIN_KEYS,
    signingKeys,
    logger: pino({ level: "silent" }),
    publicBaseUrl: "http://localhost",
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}

interface Summary {
  api: ApiMeasurement;
  ceiling: PgbenchResult;
  ceilingCpu: CpuWindow;
  invariants: InvariantResult[];
  otherLoad: number;
}

function printSummary({ api, ceiling, ceilingCpu, invariants, otherLoad }: Summary) {
  const { load } = api;
  const ratio = ceiling.tps > 0 ? load.rate / ceiling.tps : 0;
  const tail = load.p99 / load.p50;
  const perRecharge = (ms: number) => `${(ms / Math.max(1, load.succeeded)).toFixed(3)} ms`;
  // autocannon runs in this process: what the process used beyond the API thread is mostly its.
  const generatorMs = load.generatorCpuMs ?? api.cpu.processMs - api.cpu.threadMs;
  const rows: [string, string][] = [
    ["load generator", load.generator],
    ["recharges/s (API)", load.rate.toFixed(0)],
    // autocannon's histogram has 1 ms resolution (wrk's 1 µs): fine at 64 connections (tens of ms).
    ["p50 latency", `${load.p50} ms`],
    ["p99 latency", `${load.p99} ms`],
    ["p99/p50", tail.toFixed(2)],
    ["errors (non-2xx, socket, timeout)", `${load.errors} ${JSON.stringify(load.statusCodes)}`],
    ["ceiling tps (pgbench)", ceiling.tps.toFixed(0)],
    ["ratio API/ceiling", ratio.toFixed(2)],
    ["pool size", String(api.poolSize)],
    ["synchronous_commit", api.synchronousCommit],
    ["connections / duration", `${CONNECTIONS} / ${SECONDS} s (after ${WARMUP_SECONDS} s warm-up)`],
    [
      "Node CPU per API recharge",
      `${perRecharge(api.cpu.processMs)} (API${load.generator === "autocannon" ? " + autocannon" : ""})`,
    ],
    ["API thread CPU per API recharge", perRecharge(api.cpu.threadMs)],
    [
      "load generator CPU per API recharge",
      `${perRecharge(generatorMs)}${load.generatorCpuMs === undefined ? " (Node process − API thread)" : ""}`,
    ],
    [
      "host CPU busy: API run / pgbench run",
      `${percent(api.cpu.hostBusy)} / ${percent(ceilingCpu.hostBusy)}`,
    ],
    ["host CPU busy with other work (idle)", percent(otherLoad)],
  ];
  console.log("\n=== Recharge benchmark ===");
  for (const [label, value] of rows) console.log(`${label.padEnd(38)} ${value}`);
  if (otherLoad > 0.1) console.log("WARNING: other work was using the CPU; the figures are skewed");
  if (CPU_PROFILE) console.log("WARNING: the API run was profiled; its figures are not comparable");
  if (load.ranOutOfCards) console.log("WARNING: the API run ran out of cards; raise SIZE.apiCards");
  if (api.synchronousCommit !== "on")
    console.log("WARNING: synchronous_commit is not on: commits are not durable");

  console.log("\n--- pgbench run ---");
  console.log(
    `exit ${ceiling.exitCode}, ${ceiling.processed} transactions (tps × ${SECONDS} s = ` +
      `${(ceiling.tps * SECONDS).toFixed(0)}), ${ceiling.failed} failed, cards used during the run ` +
      `${ceiling.usedDelta} → ${ceiling.ok ? "OK" : "INVALID"}`,
  );
  if (!ceiling.ok) console.log(ceiling.output);

  console.log("\n--- targets ---");
  target(`ratio API/ceiling ≥ ${TARGETS.ratio}`, ratio >= TARGETS.ratio, ratio.toFixed(2));
  target(`p99 < ${TARGETS.p99Ms} ms`, load.p99 < TARGETS.p99Ms, `${load.p99} ms`);
  target(`p99/p50 ≤ ${TARGETS.tailRatio}`, tail <= TARGETS.tailRatio, tail.toFixed(2));
  target("zero errors", load.errors === 0, String(load.errors));

  console.log("\n--- invariants ---");
  for (const i of invariants) console.log(`${i.ok ? "OK  " : "FAIL"} ${i.name}: ${i.detail}`);
}

/**
 * Every 201 must be a used card. A few more cards than 201s may be used: requests still in
 * flight when the load generator stops (at most one per connection, per run) complete on the server.
 */
function apiAccountedFor({ warmup, load, usedCards }: ApiMeasurement): InvariantResult {
  const created = warmup.succeeded + load.succeeded;
  const inFlight = usedCards - created;
  return {
    name: "cards used by the API = its 201s (+ requests in flight at stop)",
    ok: inFlight >= 0 && inFlight <= 2 * CONNECTIONS,
    detail: `${usedCards} used, ${created} × 201, ${inFlight} in flight`,
  };
}

const target = (name: string, pass: boolean, value: string) =>
  console.log(`${pass ? "PASS" : "FAIL"} ${name.padEnd(24)} (${value})`);

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
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
