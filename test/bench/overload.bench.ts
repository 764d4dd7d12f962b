/**
 * Overload is refused, not queued: the API with its admission limits (the server's defaults for
 * its pool) on a fresh PostgreSQL database, driven at a fixed rate by open-loop.mjs in its own
 * process — first at 1× the capacity measured just before (closed loop, wrk or autocannon), then
 * at 3× — printing accepted/s, refused/s, timeouts, and p50/p99 of accepted and of refused answers
 * for both, against the targets: no client timeouts, p99 of accepted at 3× ≤ 3 × its value at 1×,
 * refusals answered within 50 ms; then the ledger invariants. Run: `npm run bench:overload`;
 * `BENCH_THROUGH=balancer npm run bench:overload` drives HAProxy over three instances instead.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { setPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { serve } from "@hono/node-server";
import { createApp, defaultAdmissionLimits, generateSigningJwk, loadSigningKeyring } from "@powercard/api";
import { createDb, type Db, migrate } from "@powercard/db";
import pino from "pino";
import postgres from "postgres";
import { buildApi } from "../helpers/built-server.ts";
import { startCluster } from "../helpers/cluster.ts";
import { type ApiCard, BENCH_PIN_KEYS, loadWorld } from "./bench-world.ts";
import { checkInvariants } from "./ledger-invariants.ts";
import { chooseLoadGenerator, driveRecharges } from "./load-generator.ts";

const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const THROUGH_BALANCER = process.env.BENCH_THROUGH === "balancer";
/** Through the balancer: the API instances' nice value (see listenBehindBalancer); 0 = as they are. */
const API_NICE = Number(process.env.BENCH_API_NICE ?? 10);
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE || 10);
const SECONDS = 10;
const CLIENT_TIMEOUT_MS = 10_000;
// Cards: warm-up, the closed-loop capacity run, then every request of the 1× and 3× runs its own
// card (the generator cannot know which will be refused): 4 × capacity × SECONDS.
const SIZE = { customers: 10_000, apiCards: 160_000, pgbenchCards: 0 };
const TARGETS = { acceptedP99Ratio: 3, refusedP99Ms: 50 };
const GENERATOR = fileURLToPath(new URL("./open-loop.mjs", import.meta.url));
const run = promisify(execFile);

interface RateRun {
  rate: number;
  sent: number;
  acceptedPerSecond: number;
  refusedPerSecond: number;
  accepted: { p50: number; p99: number };
  refused: { p50: number; p99: number };
  timeouts: number;
  socketErrors: number;
  others: Record<string, number>;
  generatorCpuMs: number;
  ranOutOfCards: boolean;
}

async function main(): Promise<number> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const name = `pc_bench_${randomBytes(6).toString("hex")}`;
  const work = await mkdtemp(join(tmpdir(), "powercard-overload-"));
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return await benchmark(url.toString(), work);
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    await rm(work, { recursive: true, force: true });
  }
}

async function benchmark(url: string, work: string): Promise<number> {
  const setup = await createDb({ url, maxConnections: 2 });
  await migrate(setup);
  await setup.close();
  const sql = postgres(url, { max: 3, onnotice: () => {} });
  const db = await createDb({ url, maxConnections: POOL_SIZE });
  const limits = defaultAdmissionLimits(POOL_SIZE);
  const server = THROUGH_BALANCER ? await listenBehindBalancer(url, work) : await listen(db, limits);
  try {
    const world = await loadWorld(sql, SIZE);
    let cards = world.apiCards;
    const take = (n: number) => {
      const taken = cards.slice(0, n);
      cards = cards.slice(n);
      return taken;
    };
    log(
      `API ${THROUGH_BALANCER ? "(HAProxy over 3 instances) " : ""}on ${server.url}, pool ${POOL_SIZE} ` +
        `${THROUGH_BALANCER ? "each" : ""}, admission ${JSON.stringify(limits)}${THROUGH_BALANCER ? " each" : ""}`,
    );
    const generator = chooseLoadGenerator();
    await driveRecharges(generator, {
      url: server.url,
      apiKey: world.apiKey,
      connections: 64,
      seconds: 2,
      cards: take(15_000),
      name: "warmup",
    });
    await db.query("ANALYZE");
    const closed = await driveRecharges(generator, {
      url: server.url,
      apiKey: world.apiKey,
      connections: 64,
      seconds: SECONDS,
      cards: take(30_000),
      name: "capacity",
    });
    const capacity = Math.round(closed.rate);
    log(`capacity (closed loop, ${generator}, 64 connections): ${capacity} recharges/s`);
    const openRun = async (factor: number): Promise<RateRun> => {
      const rate = capacity * factor;
      const runCards = take(Math.min(cards.length, Math.ceil(rate * SECONDS)));
      return driveOpenLoop(work, {
        url: server.url,
        apiKey: world.apiKey,
        rate,
        cards: runCards,
        name: `x${factor}`,
      });
    };
    const one = await openRun(1);
    log(`1×: ${one.acceptedPerSecond.toFixed(0)} accepted/s, ${one.refusedPerSecond.toFixed(0)} refused/s`);
    const three = await openRun(3);
    log(
      `3×: ${three.acceptedPerSecond.toFixed(0)} accepted/s, ${three.refusedPerSecond.toFixed(0)} refused/s`,
    );
    const invariants = await checkInvariants(sql);
    return printSummary(capacity, one, three, invariants) ? 0 : 1;
  } finally {
    await server.close();
    await db.close();
    await sql.end();
  }
}

async function driveOpenLoop(
  work: string,
  options: { url: string; apiKey: string; rate: number; cards: ApiCard[]; name: string },
): Promise<RateRun> {
  const bodiesFile = join(work, `${options.name}.bodies`);
  await writeFile(bodiesFile, options.cards.map((c) => c.body).join("\n"));
  const configFile = join(work, `${options.name}.json`);
  await writeFile(
    configFile,
    JSON.stringify({
      url: options.url,
      apiKey: options.apiKey,
      rate: options.rate,
      seconds: SECONDS,
      keyPrefix: `overload-${options.name}`,
      timeoutMs: CLIENT_TIMEOUT_MS,
      bodiesFile,
    }),
  );
  const { stdout } = await run(process.execPath, [GENERATOR, configFile], { maxBuffer: 256 * 1024 * 1024 });
  const r = JSON.parse(stdout) as {
    sent: number;
    sendSeconds: number;
    accepted: number[];
    refused: number[];
    others: Record<string, number>;
    timeouts: number;
    socketErrors: number;
    ranOutOfCards: boolean;
    cpuMs: number;
  };
  return {
    rate: options.rate,
    sent: r.sent,
    acceptedPerSecond: r.accepted.length / r.sendSeconds,
    refusedPerSecond: r.refused.length / r.sendSeconds,
    accepted: percentiles(r.accepted),
    refused: percentiles(r.refused),
    timeouts: r.timeouts,
    socketErrors: r.socketErrors,
    others: r.others,
    generatorCpuMs: r.cpuMs,
    ranOutOfCards: r.ranOutOfCards,
  };
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) : 0;
  return { p50: at(0.5), p99: at(0.99) };
}

function printSummary(
  capacity: number,
  one: RateRun,
  three: RateRun,
  invariants: { name: string; ok: boolean; detail: string }[],
): boolean {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const rows: [string, string, string][] = [
    ["offered rate (recharges/s)", one.rate.toFixed(0), three.rate.toFixed(0)],
    ["accepted/s", one.acceptedPerSecond.toFixed(0), three.acceptedPerSecond.toFixed(0)],
    ["refused/s (503 overloaded)", one.refusedPerSecond.toFixed(0), three.refusedPerSecond.toFixed(0)],
    ["client timeouts (10 s)", String(one.timeouts), String(three.timeouts)],
    ["socket errors", String(one.socketErrors), String(three.socketErrors)],
    ["other answers", JSON.stringify(one.others), JSON.stringify(three.others)],
    [
      "accepted p50 / p99",
      `${ms(one.accepted.p50)} / ${ms(one.accepted.p99)}`,
      `${ms(three.accepted.p50)} / ${ms(three.accepted.p99)}`,
    ],
    [
      "refused p50 / p99",
      `${ms(one.refused.p50)} / ${ms(one.refused.p99)}`,
      `${ms(three.refused.p50)} / ${ms(three.refused.p99)}`,
    ],
    [
      "generator CPU per request",
      `${(one.generatorCpuMs / one.sent).toFixed(3)} ms`,
      `${(three.generatorCpuMs / three.sent).toFixed(3)} ms`,
    ],
  ];
  console.log(`\n=== Overload benchmark (capacity ${capacity} recharges/s, ${SECONDS} s per rate) ===`);
  console.log(`${"".padEnd(30)} ${"1×".padStart(22)} ${"3×".padStart(22)}`);
  for (const [label, a, b] of rows) console.log(`${label.padEnd(30)} ${a.padStart(22)} ${b.padStart(22)}`);
  const p99Ratio = one.accepted.p99 > 0 ? three.accepted.p99 / one.accepted.p99 : Number.POSITIVE_INFINITY;
  const targets: [string, boolean, string][] = [
    ["no client timeouts", one.timeouts + three.timeouts === 0, String(one.timeouts + three.timeouts)],
    [
      `accepted p99 at 3× ≤ ${TARGETS.acceptedP99Ratio} × at 1×`,
      p99Ratio <= TARGETS.acceptedP99Ratio,
      p99Ratio.toFixed(2),
    ],
    [
      `refusals p99 ≤ ${TARGETS.refusedP99Ms} ms at 3×`,
      three.refused.p99 <= TARGETS.refusedP99Ms,
      ms(three.refused.p99),
    ],
    ["enough cards for every run", !one.ranOutOfCards && !three.ranOutOfCards, String(!three.ranOutOfCards)],
  ];
  console.log("\n--- targets ---");
  for (const [label, ok, value] of targets) console.log(`${ok ? "PASS" : "FAIL"} ${label}  (${value})`);
  console.log("\n--- invariants ---");
  for (const i of invariants) console.log(`${i.ok ? "OK  " : "FAIL"} ${i.name}: ${i.detail}`);
  return invariants.every((i) => i.ok);
}

/** BENCH_THROUGH=balancer: the same, through HAProxy over three instances (helpers/cluster.ts). */
async function listenBehindBalancer(databaseUrl: string, work: string) {
  await buildApi();
  const signingKeysFile = join(work, "staff-signing-keys.json");
  await writeFile(signingKeysFile, JSON.stringify([await generateSigningJwk()]));
  const [keyId, key] = [...BENCH_PIN_KEYS.keys][0] ?? [];
  const cluster = await startCluster({
    databaseUrl,
    secrets: { pinKeys: `${keyId}:${key?.toString("base64")}`, pinKeyId: String(keyId), signingKeysFile },
    dataDir: work,
    poolSize: POOL_SIZE,
  });
  // The balancer and the load generator stand for machines of their own: on this one they share
  // the cores with three saturated API instances and PostgreSQL, and a refusal's latency would
  // be the wait for a core. The instances run at a lower CPU priority, so HAProxy and the
  // generator are scheduled first (the instances still get every cycle the two leave).
  for (const instance of cluster.instances) setPriority(instance.pid, API_NICE);
  log(`API instances at nice ${API_NICE} (BENCH_API_NICE), below HAProxy and the generator`);
  return { url: cluster.url, close: () => cluster.stop() };
}

async function listen(db: Db, admission: ReturnType<typeof defaultAdmissionLimits>) {
  const signingKeys = await loadSigningKeyring([await generateSigningJwk()]);
  const app = createApp({
    db,
    pinKeys: BENCH_PIN_KEYS,
    signingKeys,
    logger: pino({ level: "silent" }),
    publicBaseUrl: "http://localhost",
    admission,
  });
  return new Promise<{ url: string; close(): Promise<void> }>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            server.close(() => done());
          }),
      }),
    );
  });
}

const log = (message: string) => console.error(`[bench] ${message}`);

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
