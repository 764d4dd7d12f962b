import { randomBytes } from "node:crypto";
import { createDb, migrate } from "@powercard/db";
import postgres from "postgres";
import { REDEEM_CARD_SQL } from "../../api/src/services/recharge/redeem-card.sql.ts";
import { loadWorld } from "./bench-world.ts";

const admin = postgres("postgres://postgres@127.0.0.1:5432/postgres", { max: 1, onnotice: () => {} });
const name = `pc_bench_scratch_${randomBytes(3).toString("hex")}`;
await admin.unsafe(`CREATE DATABASE "${name}"`);
const url = `postgres://postgres@127.0.0.1:5432/${name}`;
try {
  const db = await createDb({ url, maxConnections: 1 });
  await migrate(db);
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  const world = await loadWorld(sql, { customers: 100, apiCards: 2000, pgbenchCards: 10 });
  const { createApp } = await import("@powercard/api");
  const pino = (await import("pino")).default;
  const { BENCH_PIN_KEYS } = await import("./bench-world.ts");
  const app = createApp({ db, pinKeys: BENCH_PIN_KEYS, logger: pino({ level: "silent" }) });
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const card = world.apiCards[i]!;
    const t = performance.now();
    const res = await app.request("/v1/recharges", {
      method: "POST",
      body: card.body,
      headers: {
        Authorization: `Bearer ${world.apiKey}`,
        "Content-Type": "application/json",
        "Idempotency-Key": `k${i}`,
      },
    });
    times.push(performance.now() - t);
    if (res.status !== 201) console.log(res.status, await res.text());
  }
  const avg = (a: number[]) => (a.reduce((x, y) => x + y, 0) / a.length).toFixed(3);
  console.log("serial avg ms first 20", avg(times.slice(0, 20)), "last 1000", avg(times.slice(1000)));
  console.log(
    await db.query("SELECT left(statement, 40) s, generic_plans, custom_plans FROM pg_prepared_statements"),
  );
  await db.close();
  await sql.end();
} finally {
  await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
