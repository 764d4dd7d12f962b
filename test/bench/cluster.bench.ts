// `npm run bench:cluster`: recharges/s through HAProxy over three instances beside the same load
// sent to one of those instances directly, in one run on one fresh database. Prints, never judges:
// on a machine of few cores three instances share them, so the balancer's figure says what the
// extra hop and the spread cost there, not what three machines would do.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSigningJwk } from "@powercard/api";
import { createDb, migrate } from "@powercard/db";
import postgres from "postgres";
import { startCluster } from "../helpers/cluster.ts";
import type { LoadResult } from "./api-load.ts";
import { BENCH_PIN_KEYS, loadWorld } from "./bench-world.ts";
import { chooseLoadGenerator, driveRecharges } from "./load-generator.ts";

const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const CONNECTIONS = 32;
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE || 8);
// Enough cards for a warm-up and two runs at a few thousand recharges/s; each card is used once.
const SIZE = { customers: 5_000, apiCards: 60_000, pgbenchCards: 0 };

const log = (line: string) => console.log(`[bench:cluster] ${line}`);
const figures = (r: LoadResult) =>
  `${r.rate.toFixed(0)} recharges/s (${r.succeeded} in ${SECONDS} s), p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}`;

async function main() {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const name = `pc_bench_cluster_${randomBytes(6).toString("hex")}`;
  const dir = mkdtempSync(join(tmpdir(), "powercard-bench-cluster-"));
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 3, onnotice: () => {} });
  try {
    const setup = await createDb({ url: url.toString(), maxConnections: 2 });
    await migrate(setup);
    await setup.close();
    const world = await loadWorld(sql, SIZE);
    const signingKeysFile = join(dir, "staff-signing-keys.json");
    writeFileSync(signingKeysFile, JSON.stringify([await generateSigningJwk()]));
    const [keyId, key] = [...BENCH_PIN_KEYS.keys][0] ?? [];
    const cluster = await startCluster({
      databaseUrl: url.toString(),
      secrets: { pinKeys: `${keyId}:${key?.toString("base64")}`, pinKeyId: String(keyId), signingKeysFile },
      dataDir: dir,
      poolSize: POOL_SIZE,
    });
    log(`3 instances (pool ${POOL_SIZE} each) and HAProxy started in ${cluster.startedInMs} ms`);
    try {
      const generator = chooseLoadGenerator();
      const third = Math.floor(world.apiCards.length / 3);
      const run = (target: string, from: number, seconds: number, label: string) =>
        driveRecharges(generator, {
          url: target,
          apiKey: world.apiKey,
          connections: CONNECTIONS,
          seconds,
          cards: world.apiCards.slice(from, from + third),
          name: label,
        });
      const direct = cluster.instances[0]?.url ?? "";
      await run(cluster.url, 0, 2, "warmup");
      await sql`ANALYZE`;
      const one = await run(direct, third, SECONDS, "direct");
      const all = await run(cluster.url, 2 * third, SECONDS, "balancer");
      log(`load by ${generator}, ${CONNECTIONS} connections, ${SECONDS} s each`);
      log(`one instance directly:       ${figures(one)}`);
      log(`HAProxy over three instances: ${figures(all)}`);
      if (one.ranOutOfCards || all.ranOutOfCards) log("a run ran out of cards: raise SIZE.apiCards");
    } finally {
      await cluster.stop();
    }
  } finally {
    await sql.end();
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
