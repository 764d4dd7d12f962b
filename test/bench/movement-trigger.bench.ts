/**
 * What the movement feed's trigger costs the one-statement recharge: the recharge statement
 * driven by pgbench (no HTTP, see pgbench-ceiling.ts) on one fresh database, alternating runs with
 * the trigger `ledger_entries_queue_movement` enabled and disabled (A B B A A B, after a warm-up
 * run that is not counted), so load from other work on the host drifts into both sides alike.
 * Prints each run's tps and the ratio of the means. Run: `npm run bench:movement-trigger`. A figure, not a test.
 */
import { randomBytes } from "node:crypto";
import { createDb, migrate } from "@powercard/db";
import postgres from "postgres";
import { loadWorld } from "./bench-world.ts";
import { runPgbench } from "./pgbench-ceiling.ts";

const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const SECONDS = Number(process.env.BENCH_SECONDS || 6);
const ORDER = [true, false, false, true, true, false];

async function main(): Promise<number> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const name = `pc_bench_${randomBytes(6).toString("hex")}`;
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const setup = await createDb({ url: url.toString(), maxConnections: 2 });
    await migrate(setup);
    await setup.close();
    const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
    try {
      const world = await loadWorld(sql, { customers: 10_000, apiCards: 0, pgbenchCards: 150_000 });
      await sql`ANALYZE`;
      // A first run that is not counted: the first run on a fresh database is always the slowest.
      await runPgbench(sql, {
        url: url.toString(),
        clientId: world.clientId,
        channel: world.channel,
        clients: 10,
        threads: 2,
        seconds: 3,
      });
      const tps = { on: [] as number[], off: [] as number[] };
      let ok = true;
      for (const enabled of ORDER) {
        await sql.unsafe(
          `ALTER TABLE ledger_entries ${enabled ? "ENABLE" : "DISABLE"} TRIGGER ledger_entries_queue_movement`,
        );
        await admin`CHECKPOINT`;
        const run = await runPgbench(sql, {
          url: url.toString(),
          clientId: world.clientId,
          channel: world.channel,
          clients: 10,
          threads: 2,
          seconds: SECONDS,
        });
        ok &&= run.ok;
        (enabled ? tps.on : tps.off).push(run.tps);
        console.log(
          `[bench] trigger ${enabled ? "on " : "off"}: ${run.tps.toFixed(0)} tps${run.ok ? "" : " (FAILED)"}`,
        );
      }
      const [queued] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM movement_queue`;
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      console.log("=== Movement feed trigger on the recharge statement ===");
      console.log(`tps with trigger (mean of ${tps.on.length})     ${mean(tps.on).toFixed(0)}`);
      console.log(`tps without trigger (mean of ${tps.off.length})  ${mean(tps.off).toFixed(0)}`);
      console.log(`ratio with/without                   ${(mean(tps.on) / mean(tps.off)).toFixed(3)}`);
      console.log(`movements queued by the runs with it ${queued?.n ?? 0}`);
      return ok ? 0 : 1;
    } finally {
      await sql.end();
    }
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
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
