/**
 * Card lifecycle at scale, through the real API (in process) on a fresh PostgreSQL database that
 * is dropped afterwards: a production order of 1,000,000 cards (generation, COPY, the signed
 * and encrypted file) with the process's peak memory, then range operations on 100,000 cards
 * (ship, receive, distribute in two steps, sell, freeze). Run: `npm run bench:cards`.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { generateManufacturerKeys } from "@powercard/api";
import { createDb, makeCardNo, migrate } from "@powercard/db";
import postgres from "postgres";
import { buildApp, requestInit } from "../helpers/app.ts";
import { Fixtures } from "../helpers/fixtures.ts";

const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const LINES = [
  { faceValueFen: 5_000, quantity: 600_000 },
  { faceValueFen: 10_000, quantity: 400_000 },
];
const RANGE = 100_000;
const TARGETS = { generationSeconds: 20, peakRssMb: 512, rangeOpSeconds: 1 };

type App = ReturnType<typeof buildApp>;
const log = (message: string) => console.log(`[bench] ${message}`);
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

async function main(): Promise<number> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const name = `pc_bench_cards_${randomBytes(6).toString("hex")}`;
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return await benchmark(url.toString());
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function call<T>(app: App, method: string, path: string, token: string, body?: unknown, key?: string) {
  const res = await app.request(path, requestInit(method, { token, body, idempotencyKey: key }));
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** Times one call; returns its answer and prints the figure. */
async function timed<T>(label: string, run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  const seconds = (performance.now() - started) / 1000;
  log(`${label}: ${seconds.toFixed(2)} s`);
  return { value, seconds };
}

/** Peak resident memory of this process, sampled, plus the kernel's high-water mark. */
function sampleRss() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    if (m.rss > peak && process.env.BENCH_MEMORY_TRACE)
      log(
        `rss ${mb(m.rss)} heapUsed ${mb(m.heapUsed)} heapTotal ${mb(m.heapTotal)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}`,
      );
    peak = Math.max(peak, m.rss);
  }, 10);
  return () => {
    clearInterval(timer);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    return { sampled: peak, highWater: hwm ? Number(hwm) * 1024 : peak };
  };
}

async function benchmark(url: string): Promise<number> {
  const db = await createDb({ url, maxConnections: 4 });
  await migrate(db);
  const app = buildApp(db);
  const f = await Fixtures.create(db);
  const [issuerA, issuerB, cityAdmin, cityAdmin2, clerk] = await Promise.all([
    f.staff(["issuer"], { unitId: f.provinceId }),
    f.staff(["issuer"], { unitId: f.provinceId }),
    f.staff(["card_admin"], { unitId: f.cityId }),
    f.staff(["card_admin"], { unitId: f.cityId }),
    f.staff(["clerk"], { unitId: f.outletId }),
  ]);
  const keys = await generateManufacturerKeys();
  const manufacturer = await call<{ id: string }>(app, "POST", "/v1/manufacturers", issuerA.token, {
    name: "bench",
    encryptionJwk: keys.encryption.publicJwk,
    verificationJwk: keys.signing.publicJwk,
  });
  const requestIds: string[] = [];
  for (const line of LINES) {
    requestIds.push(
      (await call<{ id: string }>(app, "POST", "/v1/production-requests", cityAdmin.token, line)).id,
    );
  }
  const plan = await call<{ id: string; approvalId: string }>(
    app,
    "POST",
    "/v1/production-plans",
    issuerA.token,
    {
      requestIds,
    },
  );
  await call(app, "POST", `/v1/approvals/${plan.approvalId}/approve`, issuerB.token, {});

  global.gc?.();
  const baseline = process.memoryUsage().rss;
  const stopRss = sampleRss();
  const generation = await timed(
    "production order, 1,000,000 cards (generate + COPY + sign + encrypt + store)",
    () =>
      call<{ id: string; cardCount: number; batches: { firstCardNo: string }[] }>(
        app,
        "POST",
        "/v1/production-orders",
        issuerA.token,
        { planId: plan.id, manufacturerId: manufacturer.id },
      ),
  );
  const rss = stopRss();
  log(
    `memory: baseline RSS ${mb(baseline)} MB, peak sampled ${mb(rss.sampled)} MB, kernel high-water ${mb(rss.highWater)} MB`,
  );
  const [{ n }] = (await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM cards WHERE state = 'generated'",
  )) as [{ n: number }];
  const [{ bytes }] = (await db.query<{ bytes: number }>(
    "SELECT sum(length(jwe))::bigint AS bytes FROM card_files",
  )) as [{ bytes: number }];
  log(`cards in the database: ${n}; encrypted file: ${mb(Number(bytes))} MB`);

  // Two cartons of 100,000 from the first batch: one goes the whole way to sale, one is frozen.
  const first = generation.value.batches[0]?.firstCardNo ?? "";
  const serial = Number(first.slice(2, 15));
  const range = (k: number) => ({
    firstCardNo: makeCardNo("33", serial + k * RANGE),
    lastCardNo: makeCardNo("33", serial + (k + 1) * RANGE - 1),
  });
  const [a, b] = [range(0), range(1)];
  const orderId = generation.value.id;
  const ops: { label: string; seconds: number }[] = [];
  const op = async (label: string, run: () => Promise<unknown>) =>
    ops.push({ label, ...(await timed(label, run)) });

  const shipA = await timed("ship 100,000 (generated → in_transit)", () =>
    call<{ id: string }>(app, "POST", "/v1/shipments", issuerA.token, {
      orderId,
      toUnitId: f.cityId,
      cartons: [a],
    }),
  );
  ops.push({ label: "ship", seconds: shipA.seconds });
  const shipB = await call<{ id: string }>(app, "POST", "/v1/shipments", issuerA.token, {
    orderId,
    toUnitId: f.cityId,
    cartons: [b],
  });
  await op("receive 100,000 (in_transit → in_stock)", () =>
    call(app, "POST", `/v1/shipments/${shipA.value.id}/receipts`, cityAdmin.token, { cartons: [a] }),
  );
  const sent = await timed("distribute: send 100,000 to an outlet (in_stock → in_transfer)", () =>
    call<{ id: string }>(app, "POST", "/v1/card-transfers", cityAdmin.token, {
      fromUnitId: f.cityId,
      toUnitId: f.outletId,
      ...a,
    }),
  );
  ops.push({ label: "send", seconds: sent.seconds });
  await op("distribute: the outlet receives 100,000 (in_transfer → in_stock)", () =>
    call(app, "POST", `/v1/card-transfers/${sent.value.id}/receipt`, cityAdmin2.token, {}),
  );
  await op("sell 100,000 at the outlet (in_stock → sold, one ledger transaction)", () =>
    call(app, "POST", "/v1/card-sales", clerk.token, a, "bench-sale-1"),
  );
  await call(app, "POST", `/v1/shipments/${shipB.id}/receipts`, cityAdmin.token, { cartons: [b] });
  await op("freeze 100,000 (in_stock → frozen)", () =>
    call(app, "POST", "/v1/card-ranges/freeze", cityAdmin.token, { ...b, reason: "bench" }),
  );
  await timed("inventory conservation check over every batch", () =>
    call(app, "GET", "/v1/inventory/conservation", issuerA.token),
  );
  await db.close();

  const peak = Math.max(rss.sampled, rss.highWater);
  const slowest = Math.max(...ops.map((o) => o.seconds));
  const checks = [
    [
      `generation ${generation.value.cardCount} cards < ${TARGETS.generationSeconds} s`,
      generation.seconds < TARGETS.generationSeconds,
    ],
    [`peak RSS ${mb(peak)} MB < ${TARGETS.peakRssMb} MB`, mb(peak) < TARGETS.peakRssMb],
    [
      `slowest 100,000-card range operation ${slowest.toFixed(2)} s < ${TARGETS.rangeOpSeconds} s`,
      slowest < TARGETS.rangeOpSeconds,
    ],
    [`all 1,000,000 cards stored`, n === 1_000_000],
  ] as const;
  for (const [label, ok] of checks) log(`${ok ? "PASS" : "FAIL"}  ${label}`);
  return checks.every(([, ok]) => ok) ? 0 : 1;
}

process.exitCode = await main();
