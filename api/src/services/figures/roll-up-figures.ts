import { businessDate, type Db, type Orm, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import { addDays } from "../../shared/business-day.ts";
import { liveFigures } from "./live-figures.ts";

/**
 * How long after a business day ends its figures are rolled up. Every money movement takes its
 * business date from the clock when its request began, so a transaction that began before
 * midnight may commit just after it; an hour is far longer than any of them takes.
 */
export const ROLLUP_GRACE_MS = 60 * 60_000;

/** The last business day that may be rolled up at `now`: it ended at least ROLLUP_GRACE_MS ago. */
export function lastClosedDay(now: Date): string {
  return addDays(businessDate(new Date(now.getTime() - ROLLUP_GRACE_MS)), -1);
}

/**
 * The earliest business day with any money movement, or null. Only read once, by the first
 * rollup of a database (afterwards the watermark says where to go on).
 */
async function firstDayWithMoney(tx: Orm): Promise<string | null> {
  const [row] = resultRows<{ day: string | null }>(
    await tx.execute(sql`
      SELECT to_char(least(
        (SELECT min(business_date) FROM card_sales), (SELECT min(business_date) FROM recharges),
        (SELECT min(business_date) FROM topups), (SELECT min(business_date) FROM bill_payments),
        (SELECT min(x.business_date) FROM remittances r
           JOIN ledger_transactions x ON x.book_key = r.outlet_unit_id AND x.id = r.ledger_transaction_id)
      ), 'YYYY-MM-DD') AS day`),
  );
  return row?.day ?? null;
}

/**
 * Rolls up one more closed day, if there is one: its figures (liveFigures) go into daily_figures
 * and the watermark moves on, in one transaction. The state row is locked first, so any number
 * of processes may call this: they take turns and never roll a day twice. The first rollup of a
 * database starts at its first movement; until there is one, nothing is rolled up.
 */
async function rollUpNextDay(db: Db, now: Date): Promise<{ day: string; repaired: boolean } | null> {
  const lastClosed = lastClosedDay(now);
  return db.orm.transaction(async (orm) => {
    const [state] = resultRows<{ rolled_through: string | null }>(
      await orm.execute(sql`
        SELECT to_char(rolled_through, 'YYYY-MM-DD') AS rolled_through FROM figure_rollups FOR UPDATE`),
    );
    if (!state) throw new Error("figure_rollups has no state row (migration 0009 inserts it)");
    const day = state.rolled_through ? addDays(state.rolled_through, 1) : await firstDayWithMoney(orm);
    if (day === null || day > lastClosed) return null;
    await insertDay(orm, day);
    // In steady state the day before was rolled up a day ago; anything booked for it after its
    // grace period (which should never happen) shows now, and the stored day is replaced by the
    // truth. Not while catching up on old days: nothing is booked late by weeks.
    const previous = state.rolled_through;
    const repaired =
      previous !== null && previous >= addDays(lastClosed, -2) && (await repairIfChanged(orm, previous));
    await orm.execute(sql`
      UPDATE figure_rollups SET rolled_through = ${day}::date, updated_at = ${now.toISOString()}::timestamptz`);
    return { day, repaired };
  });
}

async function insertDay(orm: Orm, day: string) {
  await orm.execute(sql`
    INSERT INTO daily_figures (business_date, item, unit_id, channel, other_unit_id, count, amount_fen)
    SELECT * FROM ${liveFigures(sql`${day}::date`, sql`${day}::date`)} AS f`);
}

/** Compares a rolled-up day with its base tables; if they differ, rolls it up again. */
async function repairIfChanged(orm: Orm, day: string): Promise<boolean> {
  const [diff] = resultRows<{ n: number }>(
    await orm.execute(sql`
      WITH live AS MATERIALIZED (SELECT * FROM ${liveFigures(sql`${day}::date`, sql`${day}::date`)} AS f),
      stored AS MATERIALIZED (
        SELECT business_date, item, unit_id, channel, other_unit_id, count, amount_fen
          FROM daily_figures WHERE business_date = ${day}::date)
      SELECT count(*)::int AS n
        FROM ((TABLE stored EXCEPT ALL TABLE live) UNION ALL (TABLE live EXCEPT ALL TABLE stored)) d`),
  );
  if (!diff?.n) return false;
  await orm.execute(sql`DELETE FROM daily_figures WHERE business_date = ${day}::date`);
  await insertDay(orm, day);
  return true;
}

/**
 * Rolls up every closed day not rolled up yet (at most `maxDays` in this call), one day per
 * transaction so a long catch-up never holds locks for long. Returns how many days were rolled
 * and the watermark reached (null: nothing to roll yet), and the days found changed after their
 * rollup and rolled up again (`repaired`: each one is a movement booked too late, worth a look).
 */
export async function rollUpClosedDays({
  db,
  now,
  maxDays = 366,
}: {
  db: Db;
  now: Date;
  maxDays?: number;
}): Promise<{ days: number; rolledThrough: string | null; repaired: string[] }> {
  let days = 0;
  let rolledThrough: string | null = null;
  const repaired: string[] = [];
  while (days < maxDays) {
    const rolled = await rollUpNextDay(db, now);
    if (rolled === null) break;
    if (rolled.repaired) repaired.push(addDays(rolled.day, -1));
    rolledThrough = rolled.day;
    days += 1;
  }
  return { days, rolledThrough, repaired };
}
