import { businessDate } from "@powercard/db";
import type postgres from "postgres";
import { addDays } from "./settlement-days.ts";
import { fmt, log, seconds } from "./settlement-log.ts";
import { checkCardNumbers } from "./settlement-seed-checks.ts";
import { type DroppedIndex, dropIndexes, rebuildIndexes } from "./settlement-seed-indexes.ts";
import { seedSpan } from "./settlement-seed-sql.ts";
import { stageSeed } from "./settlement-seed-staging.ts";
import { loadCardSide, loadCustomerSide } from "./settlement-seed-tables.ts";
import { SIZE } from "./settlement-size.ts";
import type { SettlementWorld } from "./settlement-world.ts";

/**
 * The seed, all set-based: staging tables (sb_*) compute every card, recharge, top-up, bill and
 * remittance once (deterministic hashes, so the run is reproducible), then each real table is
 * filled from them in time order — as rows arrive in life, which the BRIN indexes rely on. During
 * the load triggers and foreign keys are off (session_replication_role = replica) and the big
 * tables' indexes are dropped and rebuilt from their own definitions afterwards; verifySeed then
 * checks what the triggers would have.
 */
export async function seed(sql: postgres.Sql, world: SettlementWorld, now: Date) {
  const today = businessDate(now);
  const firstDay = addDays(today, -SIZE.days);
  log(`seeding ${firstDay} … ${today} (today up to ${now.toISOString()})`);
  // Two sessions load (see load); the settings below are per session.
  const [conn, connB] = [await sql.reserve(), await sql.reserve()];
  try {
    for (const c of [conn, connB])
      await c
        .unsafe(`
        SET session_replication_role = replica; SET synchronous_commit = off;
        SET work_mem = '512MB'; SET maintenance_work_mem = '1GB'`)
        .simple();
    const rebuild = await load(conn, connB, world, now, firstDay);
    await rebuildIndexes(sql, rebuild);
    await conn.unsafe("RESET session_replication_role");
    const t = performance.now();
    await conn.unsafe("VACUUM (ANALYZE)");
    log(`  VACUUM ANALYZE: ${seconds(t)} s`);
  } finally {
    // Back to the pool as they came: none of the load's settings may follow a later query.
    for (const c of [conn, connB]) {
      await c`RESET ALL`;
      c.release();
    }
  }
}

async function load(
  conn: postgres.ReservedSql,
  connB: postgres.ReservedSql,
  world: SettlementWorld,
  now: Date,
  firstDay: string,
): Promise<DroppedIndex[]> {
  const span = seedSpan(firstDay, now);
  const stepOn = async (on: postgres.ReservedSql, label: string, text: string) => {
    const t = performance.now();
    const result = await on.unsafe(text).simple();
    const rows = Array.isArray(result) && !Array.isArray(result[0]) ? result.count : null;
    log(`  ${label}: ${rows ? `${fmt(rows)} rows, ` : ""}${seconds(t)} s`);
  };
  const step = (label: string, text: string) => stepOn(conn, label, text);
  const stepB = (label: string, text: string) => stepOn(connB, label, text);

  await stageSeed(step, span);
  await checkCardNumbers(conn);

  const rebuild = await dropIndexes(conn);
  // Two sessions load at once: the card side and the customer side share no staging writes.
  await Promise.all([loadCardSide(step, span, world), loadCustomerSide(stepB, world)]);
  await step(
    "drop the staging tables",
    `DROP TABLE sb_county, sb_outlet, sb_damm_hi, sb_damm_lo, sb_sale, sb_card, sb_top, sb_top2, sb_bill, sb_bill2,
                sb_bal, sb_rch, sb_rem;
     DROP FUNCTION sb_h(bigint, bigint); DROP FUNCTION sb_damm(int, text)`,
  );
  return rebuild;
}
