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
/**
 * The API and pgbench take turns, ROUNDS times, the order flipped every round: a shared
 * machine's speed drifts by tens of percent within minutes, so one API run beside one pgbench
 * run measured the drift as much as the API. The figure is the median round's ratio.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
const SECONDS = 5;
const WARMUP_SECONDS = 2;
// Cards for the warm-up (the first WARMUP_CARDS) and each round's 5 s at up to ~6,000/s over
// HTTP, and a separate queue for pgbench (up to ~7,000 tps). Each card is recharged at most once.
const WARMUP_CARDS = 20_000;
const CARDS_PER_ROUND = 30_000;
const SIZE = {
  customers: 10_000,
  apiCards: WARMUP_CARDS + ROUNDS * CARDS_PER_ROUND,
  pgbenchCards: ROUNDS * 36_000,
};
const PGBENCH = { clients: 10, threads: 2 };
/** Issue 13's target for the ratio; the latency targets are the API's own. */
const TARGETS = { ratio: 0.7, p99Ms: 50, tailRatio: 3 };
/** A file to write a CPU profile of the API during the load rounds to (see cpu-profile.ts). */
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
    const started = performance.now();
    const world = await loadWorld(sql, SIZE);
    log(
      `loaded ${SIZE.apiCards + SIZE.pgbenchCards} sold cards, ${SIZE.customers} customers in ${since(started)} s`,
    );
    // Now, not during a measured run: autovacuum would otherwise visit the freshly loaded tables then.
    await sql`VACUUM (ANALYZE)`;

    const api = await measureRounds(url, world, admin, sql);
    const invariants = await checkInvariants(sql);
    invariants.push(apiAccountedFor(api));
    const otherLoadAfter = await idleHostLoad();
    printSummary({ api, invariants, otherLoad: Math.max(otherLoad, otherLoadAfter) });
    return invariants.every((i) => i.ok) && api.rounds.every((r) => r.ceiling.ok) ? 0 : 1;
  } finally {
    await sql.end();
  }
}

/** One round: the API for SECONDS, and pgbench on the same statement for SECONDS. */
interface Round {
  load: LoadResult;
  cpu: CpuWindow;
  ceiling: PgbenchResult;
  ceilingCpu: CpuWindow;
  ratio: number;
}

interface ApiMeasurement {
  warmup: LoadResult;
  rounds: Round[];
  poolSize: number;
  synchronousCommit: string;
  usedCards: number;
}

/** The API in this process on a loopback port, warmed up, then measured in rounds beside pgbench. */
async function measureRounds(
  url: string,
  world: BenchWorld,
  admin: postgres.Sql,
  sql: postgres.Sql,
): Promise<ApiMeasurement> {
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
    const warmup = await driveRecharges(generator, {
      ...options,
      seconds: WARMUP_SECONDS,
      cards: world.apiCards.slice(0, WARMUP_CARDS),
      name: "warmup",
    });
    log(`warm-up: ${warmup.succeeded} recharges, ${warmup.errors} errors`);
    // Plans cached while the ledger tables were nearly empty (the balance trigger's query, the
    // ledger foreign-key check) are sequential scans and stay cached in every pooled connection;
    // fresh statistics invalidate them, as autovacuum's ANALYZE would on a live system.
    await db.query("ANALYZE");

    const runApi = async (round: number) => {
      // A checkpoint before each measured run, so neither inherits the other's dirty pages.
      await admin`CHECKPOINT`;
      const stopCpu = startCpuWindow();
      const first = WARMUP_CARDS + round * CARDS_PER_ROUND;
      const load = await driveRecharges(generator, {
        ...options,
        seconds: SECONDS,
        cards: world.apiCards.slice(first, first + CARDS_PER_ROUND),
        name: `load${round}`,
      });
      return { load, cpu: stopCpu() };
    };
    const runCeiling = async () => {
      await admin`CHECKPOINT`;
      const stopCpu = startCpuWindow();
      const ceiling = await runPgbench(sql, {
        url,
        clientId: world.clientId,
        channel: world.channel,
        ...PGBENCH,
        seconds: SECONDS,
      });
      return { ceiling, ceilingCpu: stopCpu() };
    };

    const stopProfile = await startCpuProfile(CPU_PROFILE);
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const apiFirst = round % 2 === 0;
      const first = apiFirst ? await runApi(round) : await runCeiling();
      const second = apiFirst ? await runCeiling() : await runApi(round);
      const { load, cpu } = "load" in first ? first : (second as Awaited<ReturnType<typeof runApi>>);
      const { ceiling, ceilingCpu } =
        "ceiling" in first ? first : (second as Awaited<ReturnType<typeof runCeiling>>);
      const ratio = ceiling.tps > 0 ? load.rate / ceiling.tps : 0;
      rounds.push({ load, cpu, ceiling, ceilingCpu, ratio });
      log(
        `round ${round + 1} (${apiFirst ? "API, then pgbench" : "pgbench, then API"}): ` +
          `API ${load.rate.toFixed(0)}/s, pgbench ${ceiling.tps.toFixed(0)} tps, ratio ${ratio.toFixed(2)}`,
      );
    }
    await stopProfile();
    const [used] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM cards WHERE state = 'used'");
    return { warmup, rounds, poolSize: POOL_SIZE, synchronousCommit, usedCards: used?.n ?? -1 };
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
  invariants: InvariantResult[];
  otherLoad: number;
}

function printSummary({ api, invariants, otherLoad }: Summary) {
  const { rounds } = api;
  // The round whose ratio is the median: its latencies and rates are the ones shown.
  const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)] as Round;
  const { load, ceiling } = median;
  const tail = load.p99 / load.p50;
  // CPU per recharge over all rounds together.
  const succeeded = sum(rounds.map((r) => r.load.succeeded));
  const errors = sum(rounds.map((r) => r.load.errors));
  const processMs = sum(rounds.map((r) => r.cpu.processMs));
  const threadMs = sum(rounds.map((r) => r.cpu.threadMs));
  const perRecharge = (ms: number) => `${(ms / Math.max(1, succeeded)).toFixed(3)} ms`;
  // autocannon runs in this process: what the process used beyond the API thread is mostly its.
  const generatorMs = rounds.every((r) => r.load.generatorCpuMs !== undefined)
    ? sum(rounds.map((r) => r.load.generatorCpuMs ?? 0))
    : undefined;
  const busy = (pick: (r: Round) => CpuWindow) =>
    percent(sum(rounds.map((r) => pick(r).hostBusy)) / rounds.length);
  const rows: [string, string][] = [
    ["load generator", load.generator],
    ["rounds (API, pgbench)", `${rounds.length} × ${SECONDS} s each, order flipped every round`],
    ["ratio API/ceiling per round", rounds.map((r) => r.ratio.toFixed(2)).join(" / ")],
    ["ratio API/ceiling (median round)", median.ratio.toFixed(2)],
    ["recharges/s (API)", load.rate.toFixed(0)],
    ["ceiling tps (pgbench)", ceiling.tps.toFixed(0)],
    // autocannon's histogram has 1 ms resolution (wrk's 1 µs): fine at 64 connections (tens of ms).
    ["p50 latency", `${load.p50} ms`],
    ["p99 latency", `${load.p99} ms`],
    ["p99/p50", tail.toFixed(2)],
    ["errors in all rounds (non-2xx, socket, timeout)", `${errors}`],
    ["pool size", String(api.poolSize)],
    ["synchronous_commit", api.synchronousCommit],
    ["connections", `${CONNECTIONS} (after a ${WARMUP_SECONDS} s warm-up)`],
    [
      "Node CPU per API recharge (all rounds)",
      `${perRecharge(processMs)} (API${load.generator === "autocannon" ? " + autocannon" : ""})`,
    ],
    ["API thread CPU per API recharge", perRecharge(threadMs)],
    [
      "load generator CPU per API recharge",
      generatorMs === undefined
        ? `${perRecharge(processMs - threadMs)} (Node process − API thread)`
        : perRecharge(generatorMs),
    ],
    ["host CPU busy: API runs / pgbench runs", `${busy((r) => r.cpu)} / ${busy((r) => r.ceilingCpu)}`],
    ["host CPU busy with other work (idle)", percent(otherLoad)],
  ];
  console.log("\n=== Recharge benchmark ===");
  for (const [label, value] of rows) console.log(`${label.padEnd(38)} ${value}`);
  if (otherLoad > 0.1) console.log("WARNING: other work was using the CPU; the figures are skewed");
  if (CPU_PROFILE) console.log("WARNING: the API run was profiled; its figures are not comparable");
  if (rounds.some((r) => r.load.ranOutOfCards))
    console.log("WARNING: an API run ran out of cards; raise CARDS_PER_ROUND");
  if (api.synchronousCommit !== "on")
    console.log("WARNING: synchronous_commit is not on: commits are not durable");

  console.log("\n--- pgbench runs ---");
  for (const [i, { ceiling: c }] of rounds.entries()) {
    console.log(
      `round ${i + 1}: exit ${c.exitCode}, ${c.processed} transactions (tps × ${SECONDS} s = ` +
        `${(c.tps * SECONDS).toFixed(0)}), ${c.failed} failed, cards used during the run ` +
        `${c.usedDelta} → ${c.ok ? "OK" : "INVALID"}`,
    );
    if (!c.ok) console.log(c.output);
  }

  console.log("\n--- targets ---");
  target(`ratio API/ceiling ≥ ${TARGETS.ratio}`, median.ratio >= TARGETS.ratio, median.ratio.toFixed(2));
  target(`p99 < ${TARGETS.p99Ms} ms`, load.p99 < TARGETS.p99Ms, `${load.p99} ms`);
  target(`p99/p50 ≤ ${TARGETS.tailRatio}`, tail <= TARGETS.tailRatio, tail.toFixed(2));
  target("zero errors", errors === 0, String(errors));

  console.log("\n--- invariants ---");
  for (const i of invariants) console.log(`${i.ok ? "OK  " : "FAIL"} ${i.name}: ${i.detail}`);
}

/**
 * Every 201 must be a used card. A few more cards than 201s may be used: requests still in
 * flight when the load generator stops (at most one per connection, per run) complete on the server.
 */
function apiAccountedFor({ warmup, rounds, usedCards }: ApiMeasurement): InvariantResult {
  const created = warmup.succeeded + sum(rounds.map((r) => r.load.succeeded));
  // pgbench's cards are counted by its own runs (usedDelta), between the API's.
  const usedByApi = usedCards - sum(rounds.map((r) => r.ceiling.usedDelta));
  const inFlight = usedByApi - created;
  return {
    name: "cards used by the API = its 201s (+ requests in flight at stop)",
    ok: inFlight >= 0 && inFlight <= 2 * CONNECTIONS * (rounds.length + 1),
    detail: `${usedByApi} used, ${created} × 201, ${inFlight} in flight`,
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
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
