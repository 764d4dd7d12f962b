/**
 * Settlement and reports at scale, through the real API (in process) on a fresh PostgreSQL
 * database that is dropped afterwards (KEEP_DB=1 keeps it for EXPLAIN). About 22 months of
 * business ending today are seeded set-based with generate_series: one card sale per outlet and
 * day, the recharge of most of those cards, partner top-ups, bills paid from balances and the
 * daily remittances — over 10,000,000 ledger entries. The closed days are rolled up into
 * daily_figures, then the monthly clearing statement, the settlement run and the one-day reports
 * are timed against the issue's targets. Run: `npm run bench:settlement`.
 *
 * The world is laid by settlement-world.ts, seeded by settlement-seed.ts and checked by
 * settlement-seed-checks.ts; the reports are timed by settlement-reports.ts.
 */
import { randomBytes } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { rollUpClosedDays } from "@powercard/api";
import { businessDate, createDb, migrate } from "@powercard/db";
import postgres from "postgres";
import { buildApp } from "../helpers/app.ts";
import { idleHostLoad } from "./host-cpu.ts";
import { fmt, log, seconds } from "./settlement-log.ts";
import { type Result, stats } from "./settlement-measure.ts";
import { measureAll } from "./settlement-reports.ts";
import { seed } from "./settlement-seed.ts";
import { checkRollup, verifySeed } from "./settlement-seed-checks.ts";
import { layWorld } from "./settlement-world.ts";

const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const KEEP_DB = process.env.KEEP_DB === "1";

async function main(): Promise<number> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const name = `pc_bench_settlement_${randomBytes(6).toString("hex")}`;
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await benchmark(url.toString());
  } finally {
    if (KEEP_DB) log(`KEEP_DB=1: the database stays: ${url}`);
    else await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function benchmark(url: string): Promise<number> {
  const db = await createDb({ url, maxConnections: 4 });
  const sql = postgres(url, { max: 4, onnotice: () => {} });
  try {
    await migrate(db);
    const app = buildApp(db);
    const world = await layWorld(db, sql);
    const now = new Date();
    const started = performance.now();
    await seed(sql, world, now);
    const seedSeconds = seconds(started);
    log(`seeding done in ${seedSeconds} s`);
    const { failures, entries } = await verifySeed(sql);

    let t = performance.now();
    const rollup = await rollUpClosedDays({ db, now: new Date(), maxDays: 1000 });
    const rollupSeconds = seconds(t);
    log(`rollup: ${rollup.days} days through ${rollup.rolledThrough} in ${rollupSeconds} s`);
    // A repaired day is money booked after its day was rolled up: the seed books nothing late.
    if (rollup.repaired.length > 0) failures.push(`the rollup repaired ${rollup.repaired.join(", ")}`);
    failures.push(...(await checkRollup(sql, rollup.rolledThrough)));
    // What autovacuum would soon do after the catch-up; done now so it cannot land mid-timing.
    await sql`VACUUM (ANALYZE) daily_figures`;
    // The app's connections run with jit=off (db/src/client.ts); the bench's own `sql` keeps the
    // server's default, so the setting is read on one of the app's.
    const [appJit] = await db.query<{ jit: string }>("SHOW jit");
    const [server] = await sql<{ line: string }[]>`
      SELECT format('PostgreSQL %s, jit (app connections)=%s, shared_buffers=%s, work_mem=%s; %s ledger entries, %s daily_figures rows',
                    current_setting('server_version'), ${appJit?.jit ?? "?"}::text, current_setting('shared_buffers'),
                    current_setting('work_mem'), ${fmt(entries)}::text,
                    (SELECT to_char(count(*), 'FM999,999,999') FROM daily_figures)) AS line`;

    const otherLoad = await idleHostLoad();
    t = performance.now();
    const results = await measureAll(app, sql, world, rollup.rolledThrough);
    log(`measurements done in ${seconds(t)} s`);
    if (businessDate(new Date()) !== businessDate(now))
      log("WARNING: the business day changed during the run; today's figures are skewed");
    return summarize({
      results,
      failures,
      otherLoad,
      seedSeconds,
      rollup,
      rollupSeconds,
      server: server?.line ?? "",
    });
  } finally {
    await sql.end();
    await db.close();
  }
}

function summarize(s: {
  results: Result[];
  failures: string[];
  otherLoad: number;
  seedSeconds: string;
  rollup: { days: number; rolledThrough: string | null };
  rollupSeconds: string;
  server: string;
}): number {
  console.log("\n=== Settlement and reports benchmark ===");
  console.log(s.server);
  console.log(
    `host: ${availableParallelism()} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}, other work on the host before the timings ${(s.otherLoad * 100).toFixed(0)}%`,
  );
  console.log(
    `seed ${s.seedSeconds} s; rollup ${s.rollup.days} days through ${s.rollup.rolledThrough} in ${s.rollupSeconds} s`,
  );
  let ok = s.failures.length === 0;
  for (const f of s.failures) console.log(`FAIL  data: ${f}`);
  for (const r of s.results) {
    const { median, max } = stats(r.runs);
    const pass = !r.error && !r.problem && (r.targetMs === null || median < r.targetMs);
    ok &&= pass;
    const figures = r.error
      ? `error: ${r.error.slice(0, 160)}`
      : `median ${median.toFixed(0).padStart(6)} ms  max ${max.toFixed(0).padStart(6)} ms  (${r.runs.length} run${r.runs.length === 1 ? "" : "s"})`;
    const target = r.targetMs === null ? "no target" : `target < ${r.targetMs} ms`;
    const status = r.targetMs === null && pass ? "INFO" : pass ? "PASS" : "FAIL";
    console.log(
      `${status}  ${r.label.padEnd(62)} ${figures}  ${target}${r.problem ? `  WRONG: ${r.problem}` : ""}${r.figure ? `  ${r.figure}` : ""}`,
    );
  }
  if (s.otherLoad > 0.1) console.log("WARNING: other work was using the CPU; the figures are skewed");
  return ok ? 0 : 1;
}

process.exitCode = await main();
