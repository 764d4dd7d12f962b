/**
 * Settlement and reports at scale, through the real API (in process) on a fresh PostgreSQL
 * database that is dropped afterwards (KEEP_DB=1 keeps it for EXPLAIN). About 22 months of
 * business ending today are seeded set-based with generate_series: one card sale per outlet and
 * day, the recharge of most of those cards, partner top-ups, bills paid from balances and the
 * daily remittances — over 10,000,000 ledger entries. The closed days are rolled up into
 * daily_figures, then the monthly clearing statement, the settlement run and the one-day reports
 * are timed against the issue's targets. Run: `npm run bench:settlement`.
 */
import { randomBytes } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { hashPassword, issueAccessToken, lastClosedDay, rollUpClosedDays } from "@powercard/api";
import { LEDGER_ACCOUNTS as A, businessDate, createDb, type Db, makeCardNo, migrate } from "@powercard/db";
import postgres from "postgres";
import { buildApp, requestInit } from "../helpers/app.ts";
import { Fixtures, TEST_PIN_KEYS, TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";
import { idleHostLoad } from "./host-cpu.ts";

const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const SIZE = {
  /** Closed business days, the last one yesterday; today is seeded too, up to now. */
  days: 670,
  cities: 10,
  countiesPerCity: 4,
  outletsPerCounty: 2,
  customers: 300_000,
  /** One sale per outlet and day; this many of its cards are recharged within 30 days. */
  cardsPerSale: 84,
  usedPerSale: 76,
  /** Share of cards used by a customer of another county than the one that sold them. */
  crossUnitPercent: 10,
  topups: 500_000,
  /** Every n-th recharge is followed by the payment of a bill from the new balance. */
  billEvery: 10,
};
const COUNTIES = SIZE.cities * SIZE.countiesPerCity;
const OUTLETS = COUNTIES * SIZE.outletsPerCounty;
const FIRST_SERIAL = 1_000_000;
/** Face values of the sales, by weight: half 100 元, 30% 50 元, 15% 200 元, 5% 500 元. */
const FACES = [...Array(10).fill(10_000), ...Array(6).fill(5_000), ...Array(3).fill(20_000), 50_000];
const RUNS = 7;
const TARGETS = { clearingMs: 1000, settlementRunMs: 1000, dayReportMs: 100 };
const KEEP_DB = process.env.KEEP_DB === "1";

type App = ReturnType<typeof buildApp>;
type Sql = postgres.Sql;
const log = (message: string) => console.log(`[bench] ${message}`);
const fmt = (n: number) => n.toLocaleString("en-US");
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const monthEnd = (period: string) => {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

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

interface World {
  f: Fixtures;
  officerId: string;
  fundAdminId: string;
  rootPath: string;
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
    const [server] = await sql<{ line: string }[]>`
      SELECT format('PostgreSQL %s, jit=%s, shared_buffers=%s, work_mem=%s; %s ledger entries, %s daily_figures rows',
                    current_setting('server_version'), current_setting('jit'), current_setting('shared_buffers'),
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

/**
 * The org tree: the fixtures' province is the root (settlement center and an accounting unit);
 * its two cities plus 8 more, 4 county accounting units per city, 2 outlets per county, 2 clerks
 * per outlet; channel clients for the non-counter channels.
 */
async function layWorld(db: Db, sql: Sql): Promise<World> {
  const f = await Fixtures.create(db);
  const officer = await f.staff(["settlement_officer"], { unitId: f.provinceId });
  const fundAdmin = await f.staff(["fund_admin"], { unitId: f.provinceId });
  const now = new Date();
  const rootPath = `/${f.provinceId}/`;
  await sql`UPDATE org_units SET is_accounting_unit = true WHERE id = ${f.provinceId}`;
  const cities = [f.cityId, f.otherCityId];
  for (let c = 2; c < SIZE.cities; c++) cities.push(`unt_sb_c${c}`);
  const units: { id: string; kind: string; parent: string; path: string }[] = [];
  const paths = new Map<string, string>([[f.provinceId, rootPath]]);
  const add = (id: string, kind: string, parent: string) => {
    const path = `${paths.get(parent)}${id}/`;
    paths.set(id, path);
    units.push({ id, kind, parent, path });
  };
  for (const id of cities.slice(2)) add(id, "city", f.provinceId);
  paths.set(f.cityId, `${rootPath}${f.cityId}/`);
  paths.set(f.otherCityId, `${rootPath}${f.otherCityId}/`);
  const counties = Array.from({ length: COUNTIES }, (_, k) => `unt_sb_k${String(k).padStart(2, "0")}`);
  for (const [k, id] of counties.entries())
    add(id, "county", cities[Math.floor(k / SIZE.countiesPerCity)] as string);
  const outlets = Array.from({ length: OUTLETS }, (_, o) => `unt_sb_o${String(o).padStart(2, "0")}`);
  for (const [o, id] of outlets.entries())
    add(id, "outlet", counties[Math.floor(o / SIZE.outletsPerCounty)] as string);
  await sql`
    INSERT INTO org_units (id, code, name, kind, parent_id, path, is_accounting_unit, created_at)
    SELECT id, id, '压测' || id, kind, parent, path, kind <> 'outlet', ${now}
      FROM unnest(${units.map((u) => u.id)}::text[], ${units.map((u) => u.kind)}::text[],
                  ${units.map((u) => u.parent)}::text[], ${units.map((u) => u.path)}::text[]) AS u(id, kind, parent, path)`;

  const clerks = outlets.flatMap((_, o) => [0, 1].map((j) => `usr_sb_clerk${o}_${j}`));
  const hash = await hashPassword("bench clerks never log in");
  await sql`
    INSERT INTO staff_users (id, username, display_name, unit_id, password_hash, password_changed_at, created_at, updated_at)
    SELECT u.id, replace(lower(u.id), '_', '.'), '压测收费员', (${outlets}::text[])[((u.n - 1) / 2 + 1)::int], ${hash}, ${now}, ${now}, ${now}
      FROM unnest(${clerks}::text[]) WITH ORDINALITY AS u(id, n)`;
  await sql`
    INSERT INTO staff_roles (user_id, role, unit_id, created_at)
    SELECT id, 'clerk', unit_id, ${now} FROM staff_users WHERE id LIKE 'usr_sb_clerk%'`;
  await sql`
    INSERT INTO channel_clients (id, name, channel, api_key_hash, api_key_prefix, partner_type, created_at)
    VALUES ('cli_sb_ivr', '压测 IVR', 'ivr', 'sb-ivr', 'sb-ivr', NULL, ${now}),
           ('cli_sb_sms', '压测短信', 'sms', 'sb-sms', 'sb-sms', NULL, ${now}),
           ('cli_sb_web', '压测网站', 'web', 'sb-web', 'sb-web', NULL, ${now}),
           ('cli_sb_bank', '压测银行', 'partner', 'sb-bank', 'sb-bank', 'bank', ${now}),
           ('cli_sb_telco', '压测电信', 'partner', 'sb-telco', 'sb-telco', 'telco', ${now})`;
  // Staging lookups for the seed (dropped with the other sb_ tables).
  await sql`CREATE UNLOGGED TABLE sb_county AS SELECT k - 1 AS k, id FROM unnest(${counties}::text[]) WITH ORDINALITY AS c(id, k)`;
  await sql`
    CREATE UNLOGGED TABLE sb_outlet AS
    SELECT o - 1 AS o, id, 'usr_sb_clerk' || (o - 1) || '_0' AS clerk_id, 'usr_sb_clerk' || (o - 1) || '_1' AS clerk2_id
      FROM unnest(${outlets}::text[]) WITH ORDINALITY AS u(id, o)`;
  log(
    `org tree: root + ${SIZE.cities} cities + ${COUNTIES} counties (accounting units), ${OUTLETS} outlets, ${clerks.length} clerks`,
  );
  return { f, officerId: officer.id, fundAdminId: fundAdmin.id, rootPath };
}

/**
 * The seed, all set-based: staging tables (sb_*) compute every card, recharge, top-up, bill and
 * remittance once (deterministic hashes, so the run is reproducible), then each real table is
 * filled from them in time order — as rows arrive in life, which the BRIN indexes rely on. During
 * the load triggers and foreign keys are off (session_replication_role = replica) and the big
 * tables' indexes are dropped and rebuilt from their own definitions afterwards; verifySeed then
 * checks what the triggers would have.
 */
async function seed(sql: Sql, world: World, now: Date) {
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
  world: World,
  now: Date,
  firstDay: string,
) {
  const START = `('${firstDay}'::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const NOW = `'${now.toISOString()}'::timestamptz`;
  const cps = SIZE.cardsPerSale;
  const perCounty = SIZE.customers / COUNTIES;
  const cust = (expr: string) => `(${3_300_000_000} + ${expr})::text`;
  const stepOn = async (on: postgres.ReservedSql, label: string, text: string) => {
    const t = performance.now();
    const result = await on.unsafe(text).simple();
    const rows = Array.isArray(result) && !Array.isArray(result[0]) ? result.count : null;
    log(`  ${label}: ${rows ? `${fmt(rows)} rows, ` : ""}${seconds(t)} s`);
  };
  const step = (label: string, text: string) => stepOn(conn, label, text);
  const stepB = (label: string, text: string) => stepOn(connB, label, text);

  await step(
    "helpers",
    `
    CREATE FUNCTION sb_h(n bigint, seed bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS 'SELECT hashint8extended(n, seed) & 9223372036854775807';
    -- The Damm check digit (db/src/card-number.ts), folded over a digit string from an interim.
    CREATE FUNCTION sb_damm(interim int, digits text) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
    DECLARE t int[] := '{{0,3,1,7,5,9,8,6,4,2},{7,0,9,2,1,5,4,8,6,3},{4,2,0,6,8,7,1,3,5,9},
      {1,7,5,0,9,8,3,4,2,6},{6,1,2,3,0,4,5,9,7,8},{3,6,7,4,2,0,9,5,8,1},{5,8,6,9,7,2,0,1,3,4},
      {8,9,4,5,3,6,2,0,1,7},{9,4,3,8,6,1,7,2,0,5},{2,5,8,1,4,3,6,7,9,0}}';
    BEGIN
      FOR i IN 1..length(digits) LOOP interim := t[interim + 1][ascii(substr(digits, i, 1)) - 47]; END LOOP;
      RETURN interim;
    END $$;
    -- Check digits without a function call per card: the interim after "33" + the serial's high
    -- digits, then the check digit for each interim and 4 low digits.
    CREATE UNLOGGED TABLE sb_damm_hi AS
      SELECT hi, sb_damm(0, '33' || lpad(hi::text, 9, '0')) AS interim
        FROM generate_series(${Math.floor(FIRST_SERIAL / 10_000)}, ${Math.ceil((FIRST_SERIAL + (SIZE.days + 1) * OUTLETS * cps) / 10_000)}) hi;
    CREATE UNLOGGED TABLE sb_damm_lo AS
      SELECT i AS interim, lo, sb_damm(i, lpad(lo::text, 4, '0')) AS chk
        FROM generate_series(0, 9) i, generate_series(0, 9999) lo`,
  );
  await step(
    "stage sales (one per outlet and day, 08:00–20:00)",
    `
    CREATE UNLOGGED TABLE sb_sale AS
    SELECT x.s, x.d, x.o, x.o / ${SIZE.outletsPerCounty} AS k, x.ts, (x.ts AT TIME ZONE 'Asia/Shanghai')::date AS day,
           x.fv, 'sal_01sb' || lpad(x.s::text, 22, '0') AS id,
           'bat_sb_' || to_char(x.ts AT TIME ZONE 'Asia/Shanghai', 'YYYYMM') || '_' || x.fv AS batch_id
      FROM (SELECT d * ${OUTLETS} + o AS s, d, o,
                   ${START} + make_interval(days => d, secs => (28800 + sb_h(d * ${OUTLETS} + o, 11) % 43200)::float8) AS ts,
                   ('{${FACES.join(",")}}'::int[])[(1 + sb_h(d * ${OUTLETS} + o, 12) % ${FACES.length})::int] AS fv
              FROM generate_series(0, ${SIZE.days}) d, generate_series(0, ${OUTLETS - 1}) o) x
     WHERE x.ts < ${NOW}`,
  );
  await step(
    "stage cards (recharged 10 min–30 days after the sale, if that is before now)",
    `
    CREATE UNLOGGED TABLE sb_card AS
    SELECT a.serial, a.kk, s.s, s.o, s.fv, s.ts AS sold_at, s.batch_id, s.id AS sale_id,
           '33' || lpad(a.serial::text, 13, '0') || lo.chk AS card_no,
           b.r_ts, (a.kk < ${SIZE.usedPerSale} AND b.r_ts < ${NOW}) AS used,
           b.county + ${COUNTIES} * b.slot AS cust, b.county AS cust_county, b.h3
      FROM sb_sale s
     CROSS JOIN generate_series(0, ${cps - 1}) kk
     CROSS JOIN LATERAL (SELECT ${FIRST_SERIAL} + s.s * ${cps} + kk AS serial, kk) a
     CROSS JOIN LATERAL (
       SELECT s.ts + make_interval(secs => (600 + sb_h(a.serial, 1) % ${30 * 86_400})::float8) AS r_ts,
              CASE WHEN sb_h(a.serial, 2) % 100 < ${SIZE.crossUnitPercent}
                   THEN (sb_h(a.serial, 2) / 100) % ${COUNTIES} ELSE s.k END AS county,
              sb_h(a.serial, 4) % ${perCounty} AS slot, sb_h(a.serial, 3) AS h3) b
      JOIN sb_damm_hi hi ON hi.hi = a.serial / 10000
      JOIN sb_damm_lo lo ON lo.interim = hi.interim AND lo.lo = a.serial % 10000`,
  );
  await step(
    "stage partner top-ups (evenly over the whole span)",
    `
    CREATE UNLOGGED TABLE sb_top AS
    SELECT n, t.ts, sb_h(n, 21) % ${SIZE.customers} AS cust, 1000 * (1 + sb_h(n, 22) % 50) AS amount,
           CASE WHEN n % 2 = 0 THEN 'cli_sb_bank' ELSE 'cli_sb_telco' END AS client_id
      FROM generate_series(0, ${SIZE.topups - 1}) n
     CROSS JOIN LATERAL (SELECT ${START} + (${NOW} - ${START}) * ((n + 0.5) / ${SIZE.topups})::float8 AS ts) t`,
  );
  // A bill of at most 50 元 (the smallest face value), imported up to 20 days before and paid
  // one second after a recharge, as payAfterCredit does: balances never go below zero.
  await step(
    "stage bills and their payments",
    `
    CREATE UNLOGGED TABLE sb_bill AS
    SELECT serial, cust, cust_county, r_ts + interval '1 second' AS pay_ts,
           greatest(${START}, r_ts - make_interval(secs => (3600 + sb_h(serial, 31) % ${20 * 86_400})::float8)) AS import_ts,
           1000 + sb_h(serial, 32) % 4001 AS amount
      FROM sb_card WHERE used AND serial % ${SIZE.billEvery} = 3 AND r_ts < ${NOW} - interval '1 minute'`,
  );
  await step(
    "stage running balances (recharges, top-ups, bill payments per customer)",
    `
    CREATE UNLOGGED TABLE sb_bal AS
    SELECT kind, key, cust, ts, delta,
           sum(delta) OVER (PARTITION BY cust ORDER BY ts, kind, key ROWS UNBOUNDED PRECEDING) AS bal
      FROM (SELECT 'r' AS kind, serial::bigint AS key, cust, r_ts AS ts, fv::bigint AS delta FROM sb_card WHERE used
            UNION ALL SELECT 't', n, cust, ts, amount FROM sb_top
            UNION ALL SELECT 'b', serial, cust, pay_ts, -amount FROM sb_bill) m`,
  );
  await step(
    "stage recharges in time order (channel: 40% counter, 25% partner, 15% web, 10% ivr, 10% sms)",
    `
    CREATE UNLOGGED TABLE sb_rch AS
    SELECT c.serial, c.card_no, c.fv, c.r_ts, (c.r_ts AT TIME ZONE 'Asia/Shanghai')::date AS day,
           ${cust("c.cust")} AS customer_no, b.bal,
           'rch_01sb' || lpad(c.serial::text, 22, '0') AS id, 'txn_01sbr' || lpad(c.serial::text, 21, '0') AS txn,
           ch.channel,
           CASE ch.channel WHEN 'counter' THEN o.clerk_id
                WHEN 'partner' THEN CASE WHEN c.h3 % 2 = 0 THEN 'cli_sb_bank' ELSE 'cli_sb_telco' END
                ELSE 'cli_sb_' || ch.channel END AS client_id,
           CASE WHEN ch.channel = 'counter' THEN o.clerk_id END AS clerk_id,
           CASE WHEN ch.channel = 'counter' THEN o.id END AS outlet_id
      FROM sb_card c
      JOIN sb_bal b ON b.kind = 'r' AND b.key = c.serial
      JOIN sb_outlet o ON o.o = c.cust_county * ${SIZE.outletsPerCounty} + (c.h3 / 100) % ${SIZE.outletsPerCounty}
     CROSS JOIN LATERAL (SELECT CASE WHEN c.h3 % 100 < 40 THEN 'counter' WHEN c.h3 % 100 < 65 THEN 'partner'
                                     WHEN c.h3 % 100 < 80 THEN 'web' WHEN c.h3 % 100 < 90 THEN 'ivr'
                                     ELSE 'sms' END AS channel) ch
     WHERE c.used
     ORDER BY c.r_ts`,
  );
  // Each day's cash is declared the next morning and confirmed a few hours later; yesterday's may
  // still be only declared.
  await step(
    "stage remittances",
    `
    CREATE UNLOGGED TABLE sb_rem AS
    SELECT s.s, s.o, s.day, s.fv * ${cps} AS amount, r.declared_at,
           CASE WHEN r.decided_at < ${NOW} THEN r.decided_at END AS decided_at
      FROM sb_sale s
     CROSS JOIN LATERAL (SELECT ((s.day + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
                                + make_interval(secs => (32400 + sb_h(s.s, 41) % 7200)::float8) AS declared_at) d
     CROSS JOIN LATERAL (SELECT d.declared_at, d.declared_at + make_interval(secs => (3600 + sb_h(s.s, 42) % 14400)::float8) AS decided_at) r
     WHERE r.declared_at < ${NOW}
     ORDER BY r.declared_at`,
  );
  await checkCardNumbers(conn);

  const rebuild = await dropIndexes(conn);
  const legs = (rows: string) => `CROSS JOIN LATERAL (VALUES ${rows}) l(leg, account, owner, amount)`;
  const entries = `INSERT INTO ledger_entries (book_key, transaction_id, leg, account, owner, amount_fen, created_at)`;
  const txns = `INSERT INTO ledger_transactions (book_key, id, kind, business_date, reference, created_at)`;
  // Two sessions load at once: the card side and the customer side share no staging writes.
  const laneA = async () => {
    await step(
      "customers",
      `INSERT INTO customers (customer_no, name, phone, accounting_unit_id, created_at)
       SELECT ${cust("i")}, '压测用户' || i, '138' || lpad(i::text, 8, '0'), c.id, ${START} - interval '30 days'
         FROM generate_series(0, ${SIZE.customers - 1}) i JOIN sb_county c ON c.k = i % ${COUNTIES}`,
    );
    await step(
      "accounts (balance = the customer's credits − bill payments)",
      `INSERT INTO accounts (customer_no, balance_fen, currency, created_at, updated_at)
       SELECT ${cust("i")}, COALESCE(b.balance, 0), 'CNY', ${START} - interval '30 days', COALESCE(b.last_at, ${START})
         FROM generate_series(0, ${SIZE.customers - 1}) i
         LEFT JOIN (SELECT cust, sum(delta) AS balance, max(ts) AS last_at FROM sb_bal GROUP BY cust) b ON b.cust = i`,
    );
    await step(
      "card batches (one per month and face value)",
      `INSERT INTO card_batches (id, face_value_fen, quantity, sell_by, created_at)
       SELECT batch_id, fv, count(*) * ${cps}, (min(ts) + interval '3 years')::date, min(ts) - interval '14 days'
         FROM sb_sale GROUP BY batch_id, fv`,
    );
    await step(
      "card sales",
      `INSERT INTO card_sales (id, outlet_unit_id, clerk_id, business_date, first_card_no, last_card_no, card_count, amount_fen, created_at)
       SELECT s.id, o.id, CASE WHEN s.d % 2 = 0 THEN o.clerk_id ELSE o.clerk2_id END, s.day, f.card_no, l.card_no,
              ${cps}, s.fv * ${cps}, s.ts
         FROM sb_sale s JOIN sb_outlet o ON o.o = s.o
         JOIN (SELECT s, card_no FROM sb_card WHERE kk = 0) f ON f.s = s.s
         JOIN (SELECT s, card_no FROM sb_card WHERE kk = ${cps - 1}) l ON l.s = s.s
        ORDER BY s.ts`,
    );
    await step(
      "card sale ledger transactions",
      `${txns} SELECT o.id, s.id, 'card_sale', s.day, s.id, s.ts FROM sb_sale s JOIN sb_outlet o ON o.o = s.o ORDER BY s.ts`,
    );
    await step(
      "card sale ledger entries (debit outlet cash, credit card float)",
      `${entries} SELECT o.id, s.id, l.leg, l.account, l.owner, l.amount, s.ts
         FROM sb_sale s JOIN sb_outlet o ON o.o = s.o
         ${legs(`(1::smallint, '${A.outletCardCash}', o.id, s.fv * ${cps}), (2::smallint, '${A.cardFloat}', '', -s.fv * ${cps})`)}
        ORDER BY s.ts, l.leg`,
    );
    await step(
      "cards (used or sold)",
      `INSERT INTO cards (card_no, batch_id, face_value_fen, state, owner_unit_id, sale_id, pin_hmac, pin_key_id,
                          used_by_customer_no, used_by_recharge_id, created_at, updated_at, sold_at, used_at)
       SELECT c.card_no, c.batch_id, c.fv, CASE WHEN c.used THEN 'used' ELSE 'sold' END, o.id, c.sale_id,
              decode(repeat('5a', 32), 'hex'), '${TEST_PIN_KEYS.currentKeyId}',
              CASE WHEN c.used THEN ${cust("c.cust")} END,
              CASE WHEN c.used THEN 'rch_01sb' || lpad(c.serial::text, 22, '0') END,
              c.sold_at - interval '14 days', CASE WHEN c.used THEN c.r_ts ELSE c.sold_at END, c.sold_at,
              CASE WHEN c.used THEN c.r_ts END
         FROM sb_card c JOIN sb_outlet o ON o.o = c.o`,
    );
    await step(
      "remittances (declared by a fund admin, confirmed by the settlement officer) and their ledger",
      `INSERT INTO remittances (id, outlet_unit_id, business_date, amount_fen, bank_reference, state, declared_by, declared_at,
                                decided_by, decided_at, ledger_transaction_id, created_at)
       SELECT 'rem_01sb' || lpad(r.s::text, 22, '0'), o.id, r.day, r.amount, 'BK' || r.s,
              CASE WHEN r.decided_at IS NULL THEN 'declared' ELSE 'confirmed' END, '${world.fundAdminId}', r.declared_at,
              CASE WHEN r.decided_at IS NOT NULL THEN '${world.officerId}' END, r.decided_at,
              CASE WHEN r.decided_at IS NOT NULL THEN 'txn_01sbm' || lpad(r.s::text, 21, '0') END, r.declared_at
         FROM sb_rem r JOIN sb_outlet o ON o.o = r.o;
       ${txns} SELECT o.id, 'txn_01sbm' || lpad(r.s::text, 21, '0'), 'remittance',
                      (r.decided_at AT TIME ZONE 'Asia/Shanghai')::date, 'rem_01sb' || lpad(r.s::text, 22, '0'), r.decided_at
         FROM sb_rem r JOIN sb_outlet o ON o.o = r.o WHERE r.decided_at IS NOT NULL ORDER BY r.decided_at;
       ${entries} SELECT o.id, 'txn_01sbm' || lpad(r.s::text, 21, '0'), l.leg, l.account, l.owner, l.amount, r.decided_at
         FROM (SELECT * FROM sb_rem WHERE decided_at IS NOT NULL ORDER BY decided_at) r JOIN sb_outlet o ON o.o = r.o
         ${legs(`(1::smallint, '${A.settlementUnified}', '', r.amount), (2::smallint, '${A.outletCardCash}', o.id, -r.amount)`)}`,
    );
  };
  const laneB = async () => {
    await stepB(
      "recharges",
      `INSERT INTO recharges (customer_no, id, card_no, amount_fen, balance_after_fen, channel, client_id, clerk_id,
                              outlet_unit_id, idempotency_key, ledger_transaction_id, business_date, created_at)
       SELECT customer_no, id, card_no, fv, bal, channel, client_id, clerk_id, outlet_id, 'rk' || serial, txn, day, r_ts
         FROM sb_rch`,
    );
    await stepB(
      "recharge ledger transactions",
      `${txns} SELECT customer_no, txn, 'recharge', day, id, r_ts FROM sb_rch`,
    );
    await stepB(
      "recharge ledger entries (debit card float, credit prepaid)",
      `${entries} SELECT r.customer_no, r.txn, l.leg, l.account, l.owner, l.amount, r.r_ts FROM sb_rch r
         ${legs(`(1::smallint, '${A.cardFloat}', '', r.fv), (2::smallint, '${A.customerPrepaid}', r.customer_no, -r.fv)`)}`,
    );
    await stepB(
      "top-ups",
      `CREATE UNLOGGED TABLE sb_top2 AS
       SELECT ${cust("t.cust")} AS customer_no, 'tup_01sb' || lpad(t.n::text, 22, '0') AS id, t.client_id, t.amount,
              b.bal, t.n, 'txn_01sbt' || lpad(t.n::text, 21, '0') AS txn, (t.ts AT TIME ZONE 'Asia/Shanghai')::date AS day, t.ts
         FROM sb_top t JOIN sb_bal b ON b.kind = 't' AND b.key = t.n ORDER BY t.ts;
       INSERT INTO topups (customer_no, id, client_id, amount_fen, balance_after_fen, partner_reference, idempotency_key,
                           ledger_transaction_id, business_date, created_at)
       SELECT customer_no, id, client_id, amount, bal, 'P' || n, 'tk' || n, txn, day, ts FROM sb_top2;
       ${txns} SELECT customer_no, txn, 'topup', day, id, ts FROM sb_top2;
       ${entries} SELECT t.customer_no, t.txn, l.leg, l.account, l.owner, l.amount, t.ts FROM sb_top2 t
         ${legs(`(1::smallint, '${A.partnerReceivable}', t.client_id, t.amount), (2::smallint, '${A.customerPrepaid}', t.customer_no, -t.amount)`)}`,
    );
    await stepB(
      "bills (imported, then paid in full from the balance) and their ledger",
      `CREATE UNLOGGED TABLE sb_bill2 AS
       SELECT ${cust("b.cust")} AS customer_no, 'bil_01sb' || lpad(b.serial::text, 22, '0') AS id, b.serial, b.amount,
              c.id AS unit_id, b.import_ts, (b.import_ts AT TIME ZONE 'Asia/Shanghai')::date AS import_day, b.pay_ts,
              (b.pay_ts AT TIME ZONE 'Asia/Shanghai')::date AS pay_day, 'txn_01sbb' || lpad(b.serial::text, 21, '0') AS pay_txn
         FROM sb_bill b JOIN sb_county c ON c.k = b.cust_county ORDER BY b.pay_ts;
       INSERT INTO bills (customer_no, id, source, source_bill_id, period, amount_fen, paid_fen, state, accounting_unit_id,
                          imported_by, created_at, updated_at)
       SELECT customer_no, id, 'bench-billing', 'B' || serial,
              to_char((import_ts AT TIME ZONE 'Asia/Shanghai') - interval '1 month', 'YYYY-MM'), amount, amount, 'paid',
              unit_id, '${world.fundAdminId}', import_ts, pay_ts
         FROM sb_bill2 ORDER BY import_ts;
       ${txns} SELECT customer_no, id, 'bill', import_day, id, import_ts FROM sb_bill2 ORDER BY import_ts;
       ${entries} SELECT b.customer_no, b.id, l.leg, l.account, l.owner, l.amount, b.import_ts
         FROM (SELECT * FROM sb_bill2 ORDER BY import_ts) b
         ${legs(`(1::smallint, '${A.electricityReceivable}', b.customer_no, b.amount), (2::smallint, '${A.unitElectricityRevenue}', b.unit_id, -b.amount)`)};
       INSERT INTO bill_payments (customer_no, bill_id, ledger_transaction_id, amount_fen, business_date, created_at)
       SELECT customer_no, id, pay_txn, amount, pay_day, pay_ts FROM sb_bill2;
       ${txns} SELECT customer_no, pay_txn, 'bill_payment', pay_day, NULL, pay_ts FROM sb_bill2;
       ${entries} SELECT b.customer_no, b.pay_txn, l.leg, l.account, l.owner, l.amount, b.pay_ts FROM sb_bill2 b
         ${legs(`(1::smallint, '${A.customerPrepaid}', b.customer_no, b.amount), (2::smallint, '${A.electricityReceivable}', b.customer_no, -b.amount)`)}`,
    );
  };
  await Promise.all([laneA(), laneB()]);
  await step(
    "drop the staging tables",
    `DROP TABLE sb_county, sb_outlet, sb_damm_hi, sb_damm_lo, sb_sale, sb_card, sb_top, sb_top2, sb_bill, sb_bill2,
                sb_bal, sb_rch, sb_rem;
     DROP FUNCTION sb_h(bigint, bigint); DROP FUNCTION sb_damm(int, text)`,
  );
  return rebuild;
}

/** The SQL check digits must be the app's: compare a few card numbers with makeCardNo. */
async function checkCardNumbers(sql: Sql) {
  const rows = await sql<{ serial: number; card_no: string }[]>`
    SELECT serial, card_no FROM sb_card WHERE serial % 99991 = 0 OR kk = 0 LIMIT 200`;
  const wrong = rows.filter((r) => makeCardNo("33", Number(r.serial)) !== r.card_no);
  if (rows.length === 0 || wrong.length > 0)
    throw new Error(`card numbers differ from makeCardNo: ${JSON.stringify(wrong.slice(0, 3))}`);
}

const BULK_TABLES = [
  "ledger_entries",
  "ledger_transactions",
  "recharges",
  "topups",
  "cards",
  "bills",
  "bill_payments",
];

/**
 * Drops the indexes of the big tables (and the primary keys no foreign key depends on), returning
 * the statements that recreate them exactly as the migrations made them.
 */
async function dropIndexes(sql: Sql): Promise<{ name: string; create: string }[]> {
  const rows = await sql<
    { tbl: string; name: string; index_def: string; conname: string | null; con_def: string }[]
  >`
    SELECT t.relname AS tbl, ic.relname AS name, pg_get_indexdef(i.indexrelid) AS index_def,
           c.conname, pg_get_constraintdef(c.oid) AS con_def
      FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
      LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u')
     WHERE t.relname IN ${sql(BULK_TABLES)} AND t.relnamespace = 'public'::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)
     ORDER BY array_position(${BULK_TABLES}::text[], t.relname::text), ic.relname`;
  for (const r of rows)
    await sql.unsafe(
      r.conname ? `ALTER TABLE "${r.tbl}" DROP CONSTRAINT "${r.conname}"` : `DROP INDEX "${r.name}"`,
    );
  log(`  dropped ${rows.length} indexes of ${BULK_TABLES.join(", ")} for the load`);
  return rows.map((r) => ({
    name: r.name,
    create: r.conname ? `ALTER TABLE "${r.tbl}" ADD CONSTRAINT "${r.conname}" ${r.con_def}` : r.index_def,
  }));
}

async function rebuildIndexes(sql: Sql, rebuild: { name: string; create: string }[]) {
  const t = performance.now();
  // Two lanes, one per core; each build may also use parallel workers.
  const queue = [...rebuild];
  const lane = async () => {
    const conn = await sql.reserve();
    try {
      await conn`SET maintenance_work_mem = '1GB'`;
      for (let next = queue.shift(); next; next = queue.shift()) {
        const started = performance.now();
        await conn.unsafe(next.create);
        log(`    ${next.name}: ${seconds(started)} s`);
      }
    } finally {
      await conn`RESET ALL`;
      conn.release();
    }
  };
  await Promise.all([lane(), lane()]);
  const defs = await sql<{ name: string }[]>`
    SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public' AND indexname IN ${sql(rebuild.map((r) => r.name))}`;
  if (defs.length !== rebuild.length) throw new Error("not every dropped index was rebuilt");
  log(`  rebuilt ${rebuild.length} indexes: ${seconds(t)} s`);
}

/**
 * What the triggers and foreign keys skipped during the load would have refused: every ledger
 * transaction has at least two legs summing to zero and every entry a transaction; each balance
 * row is the negated sum of the customer's prepaid entries; the card float is the value of the
 * sold, unused cards.
 */
async function verifySeed(sql: Sql): Promise<{ failures: string[]; entries: number }> {
  const t = performance.now();
  const failures: string[] = [];
  const [counts] = await sql<
    { entries: string; txns: string; recharges: string; topups: string; payments: string }[]
  >`
    SELECT (SELECT count(*) FROM ledger_entries) AS entries, (SELECT count(*) FROM ledger_transactions) AS txns,
           (SELECT count(*) FROM recharges) AS recharges, (SELECT count(*) FROM topups) AS topups,
           (SELECT count(*) FROM bill_payments) AS payments`;
  const entries = Number(counts?.entries);
  log(
    `ledger entries: ${fmt(entries)} in ${fmt(Number(counts?.txns))} transactions; recharges ${fmt(Number(counts?.recharges))}, top-ups ${fmt(Number(counts?.topups))}, bill payments ${fmt(Number(counts?.payments))}`,
  );
  if (entries < 10_000_000) failures.push(`only ${fmt(entries)} ledger entries (< 10,000,000)`);
  // Three independent scans, one per connection, each with room to hash in memory.
  const withMemory = <T>(text: string) =>
    sql.begin(async (tx) => {
      await tx`SET LOCAL work_mem = '1GB'`;
      const [row] = await tx.unsafe(text);
      return row as T;
    });
  const [ledger, balances, float] = await Promise.all([
    withMemory<{ unbalanced: string; orphans: string }>(`
      SELECT count(*) FILTER (WHERE t.id IS NOT NULL AND (e.legs IS NULL OR e.legs < 2 OR e.total <> 0)) AS unbalanced,
             count(*) FILTER (WHERE t.id IS NULL) AS orphans
        FROM ledger_transactions t
        FULL JOIN (SELECT book_key, transaction_id, count(*) AS legs, sum(amount_fen) AS total
                     FROM ledger_entries GROUP BY book_key, transaction_id) e
          ON e.book_key = t.book_key AND e.transaction_id = t.id`),
    withMemory<{ wrong: string }>(`
      SELECT count(*) AS wrong
        FROM accounts a
        FULL JOIN (SELECT owner, -sum(amount_fen) AS balance FROM ledger_entries
                    WHERE account = '${A.customerPrepaid}' GROUP BY owner) e ON e.owner = a.customer_no
       WHERE COALESCE(a.balance_fen, -1) <> COALESCE(e.balance, 0) OR a.balance_fen < 0`),
    withMemory<{ ledger: string; cards: string }>(`
      SELECT (SELECT -sum(amount_fen) FROM ledger_entries WHERE account = '${A.cardFloat}' AND owner = '') AS ledger,
             (SELECT sum(face_value_fen) FROM cards WHERE state = 'sold') AS cards`),
  ]);
  if (Number(ledger?.unbalanced) > 0)
    failures.push(`${ledger?.unbalanced} ledger transactions do not balance`);
  if (Number(ledger?.orphans) > 0)
    failures.push(`${ledger?.orphans} entry groups have no ledger transaction`);
  if (Number(balances?.wrong) > 0)
    failures.push(`${balances?.wrong} balances differ from their ledger entries`);
  if (float?.ledger !== float?.cards)
    failures.push(`card float ${float?.ledger} ≠ sold cards ${float?.cards}`);
  log(
    `seed verified in ${seconds(t)} s: ${failures.length === 0 ? "every transaction balances, balances and float match the ledger" : failures.join("; ")}`,
  );
  return { failures, entries };
}

/** Two random rolled-up days: daily_figures must equal the direct sums of the base tables. */
async function checkRollup(sql: Sql, rolledThrough: string | null): Promise<string[]> {
  if (!rolledThrough) return ["nothing was rolled up"];
  const [first] = await sql<{ day: string }[]>`SELECT min(business_date)::text AS day FROM daily_figures`;
  const span = (Date.parse(rolledThrough) - Date.parse(first?.day ?? rolledThrough)) / 86_400_000;
  const days = [1 + Math.floor(Math.random() * span), 1 + Math.floor(Math.random() * span)].map((n) =>
    addDays(rolledThrough, -n + 1),
  );
  const failures: string[] = [];
  for (const day of days) {
    const rows = await sql<{ item: string; n: string; v: string; fn: string | null; fv: string | null }[]>`
      WITH f AS (
        SELECT item, sum(count) AS n, sum(amount_fen) AS v FROM daily_figures WHERE business_date = ${day}::date GROUP BY item
      ), d AS (
        SELECT 'recharge' AS item, count(*) AS n, COALESCE(sum(amount_fen), 0) AS v FROM recharges WHERE business_date = ${day}::date
        UNION ALL SELECT 'topup', count(*), COALESCE(sum(amount_fen), 0) FROM topups WHERE business_date = ${day}::date
        UNION ALL SELECT 'card_sale', COALESCE(sum(card_count), 0), COALESCE(sum(amount_fen), 0) FROM card_sales WHERE business_date = ${day}::date
        UNION ALL SELECT 'bill_payment', count(*), COALESCE(sum(amount_fen), 0) FROM bill_payments WHERE business_date = ${day}::date
        UNION ALL SELECT 'remittance', count(*), COALESCE(sum(amount_fen), 0) FROM remittances
                   WHERE state = 'confirmed' AND (decided_at AT TIME ZONE 'Asia/Shanghai')::date = ${day}::date
      )
      SELECT d.item, d.n::text, d.v::text, f.n::text AS fn, f.v::text AS fv FROM d LEFT JOIN f USING (item)`;
    const wrong = rows.filter((r) => r.n !== (r.fn ?? "0") || r.v !== (r.fv ?? "0"));
    log(
      `rollup check ${day}: ${rows.map((r) => `${r.item} ${r.fn ?? 0}/${r.n} (${r.fv ?? 0}/${r.v} fen)`).join(", ")} — ${wrong.length === 0 ? "OK" : "DIFFERENT"}`,
    );
    if (wrong.length > 0 || rows.some((r) => r.item === "recharge" && r.n === "0"))
      failures.push(
        `daily_figures of ${day} differ from the base tables: ${wrong.map((r) => r.item).join(", ")}`,
      );
  }
  return failures;
}

interface Result {
  label: string;
  targetMs: number | null;
  runs: number[];
  error?: string;
  problem?: string | null;
  figure?: string;
}

/** One warm-up, then `runs` timed calls (runs = 0: the single call is the figure); the last answer is checked. */
async function measure(
  label: string,
  targetMs: number | null,
  call: () => Promise<unknown>,
  check: (body: never) => string | null,
  runs = RUNS,
): Promise<Result> {
  const result: Result = { label, targetMs, runs: [] };
  try {
    let started = performance.now();
    let body = await call();
    const warm = performance.now() - started;
    // A very slow endpoint gets fewer runs, so the bench still ends in minutes.
    const n = runs > 1 && targetMs !== null && warm > 5 * targetMs ? 3 : runs;
    for (let i = 0; i < n; i++) {
      started = performance.now();
      body = await call();
      result.runs.push(performance.now() - started);
    }
    if (runs === 0) result.runs.push(warm);
    result.problem = check(body as never);
    const s = stats(result.runs);
    log(
      `${label}: median ${s.median.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (${runs === 0 ? "a single call" : `${result.runs.length} run${result.runs.length === 1 ? "" : "s"} after a warm-up of ${warm.toFixed(0)} ms`})${result.problem ? ` — WRONG ANSWER: ${result.problem}` : ""}`,
    );
  } catch (err) {
    result.error = (err as Error).message;
    log(`${label}: ERROR ${result.error}`);
  }
  return result;
}

const stats = (runs: number[]) => {
  const sorted = [...runs].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
};

async function call(app: App, method: string, path: string, token: string, body?: unknown): Promise<unknown> {
  const res = await app.request(path, requestInit(method, { token, body }));
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

interface Money {
  count: number;
  valueFen: number;
}
interface Clearing {
  units: {
    unitId: string;
    cardsSold: Money;
    remittedFen: number;
    recharges: Money;
    topups: Money;
    billsPaidFen: number;
    float: Money;
  }[];
  crossUnit: Money[];
}
const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

async function measureAll(app: App, sql: Sql, world: World, rolledThrough: string | null): Promise<Result[]> {
  const now = new Date();
  const today = businessDate(now);
  const yesterday = addDays(today, -1);
  const current = today.slice(0, 7);
  const lastMonth = addDays(`${current}-01`, -1).slice(0, 7);
  log(
    `rolled up through ${rolledThrough} (last closed day now: ${lastClosedDay(now)}); yesterday ${yesterday} is ${rolledThrough && rolledThrough >= yesterday ? "rolled up" : "NOT rolled up (before 01:00 Asia/Shanghai?)"}`,
  );
  const token = () => issueAccessToken(TEST_SIGNING_KEYS, world.officerId, new Date());
  const get = async (path: string) => {
    const t = await token();
    return () => call(app, "GET", path, t);
  };
  const [unitCount] = await sql<{ n: string }[]>`
    SELECT count(*)::text AS n FROM org_units WHERE is_accounting_unit AND starts_with(path, ${world.rootPath})`;
  const results: Result[] = [];

  for (const [period, runs, note] of [
    [lastMonth, RUNS, "rolled up"],
    [current, 1, "partly live"],
  ] as const) {
    const expected = await monthFigures(sql, period);
    results.push(
      await measure(
        `GET monthly-clearing ${period} (${note})`,
        TARGETS.clearingMs,
        await get(`/v1/reports/monthly-clearing?period=${period}`),
        (c: Clearing) => {
          const counties = c.units.filter((u) => u.unitId.startsWith("unt_sb_k"));
          const got = {
            recharges: sum(c.units, (u) => u.recharges.count),
            rechargesFen: sum(c.units, (u) => u.recharges.valueFen),
            topupsFen: sum(c.units, (u) => u.topups.valueFen),
            soldCards: sum(c.units, (u) => u.cardsSold.count),
            soldFen: sum(c.units, (u) => u.cardsSold.valueFen),
            billsFen: sum(c.units, (u) => u.billsPaidFen),
            remittedFen: sum(c.units, (u) => u.remittedFen),
            floatFen: sum(c.units, (u) => u.float.valueFen),
            crossFen: sum(c.crossUnit, (m) => m.valueFen),
          };
          if (c.units.length !== Number(unitCount?.n))
            return `${c.units.length} units, expected ${unitCount?.n} accounting units`;
          if (period !== current && counties.some((u) => u.recharges.count === 0))
            return "a county without recharges";
          return differences(got, expected);
        },
        runs,
      ),
    );
  }

  const periodEnd = monthEnd(lastMonth);
  const [credits] = await sql<{ recharges: string; topups: string }[]>`
    SELECT (SELECT sum(amount_fen) FROM recharges WHERE business_date <= ${periodEnd}::date)::text AS recharges,
           (SELECT sum(amount_fen) FROM topups WHERE business_date <= ${periodEnd}::date)::text AS topups`;
  const runToken = await token();
  results.push(
    await measure(
      `POST settlement-runs ${lastMonth} (every unit's cumulative dues)`,
      TARGETS.settlementRunMs,
      () => call(app, "POST", "/v1/settlement-runs", runToken, { period: lastMonth }),
      (r: { dueFen: number; lines: { rechargesFen: number; topupsFen: number }[] }) =>
        differences(
          {
            rechargesFen: sum(r.lines, (l) => l.rechargesFen),
            topupsFen: sum(r.lines, (l) => l.topupsFen),
            positiveDue: r.dueFen > 0 ? 1 : 0,
          },
          { rechargesFen: Number(credits?.recharges), topupsFen: Number(credits?.topups), positiveDue: 1 },
        ),
      0,
    ),
  );

  for (const [day, note] of [
    [yesterday, rolledThrough && rolledThrough >= yesterday ? "rolled up" : "live"],
    [today, "live"],
  ] as const) {
    const e = await dayFigures(sql, day);
    log(
      `${day}: ${fmt(e.recharges)} recharges, ${fmt(e.topups)} top-ups, ${fmt(e.soldCards)} cards sold, ${fmt(e.outletRows)} outlets active`,
    );
    results.push(
      await measure(
        `GET recharges-by-channel ${day} (${note})`,
        TARGETS.dayReportMs,
        await get(`/v1/reports/recharges-by-channel?from=${day}&to=${day}`),
        (r: { data: unknown[]; totals: { count: number; amountFen: number } }) =>
          new Set(r.data.map((x) => (x as { channel: string }).channel)).size !== e.channels
            ? `${r.data.length} rows, expected ${e.channels} channels`
            : differences(
                { count: r.totals.count, amountFen: r.totals.amountFen },
                { count: e.recharges + e.topups, amountFen: e.rechargesFen + e.topupsFen },
              ),
      ),
    );
    results.push(
      await measure(
        `GET daily-sales ${day} (${note})`,
        TARGETS.dayReportMs,
        await get(`/v1/reports/daily-sales?from=${day}&to=${day}`),
        (r: { totals: { cardCount: number; amountFen: number } }) =>
          differences(
            { cardCount: r.totals.cardCount, amountFen: r.totals.amountFen },
            { cardCount: e.soldCards, amountFen: e.soldFen },
          ),
      ),
    );
    results.push(
      await measure(
        `GET remittance-variance ${day} (${note})`,
        TARGETS.dayReportMs,
        await get(`/v1/reports/remittance-variance?from=${day}&to=${day}`),
        (r: { data: { soldFen: number; confirmedFen: number }[] }) =>
          differences(
            {
              rows: r.data.length,
              soldFen: sum(r.data, (x) => x.soldFen),
              confirmedFen: sum(r.data, (x) => x.confirmedFen),
            },
            { rows: e.outletRows, soldFen: e.soldFen, confirmedFen: e.confirmedFen },
          ),
      ),
    );
  }

  const [float] = await sql<{ n: string; v: string }[]>`
    SELECT ((SELECT sum(card_count) FROM card_sales) - (SELECT count(*) FROM recharges))::text AS n,
           ((SELECT sum(amount_fen) FROM card_sales) - (SELECT sum(amount_fen) FROM recharges))::text AS v`;
  let figure = "";
  const floatResult = await measure(
    "GET card-float (today; scans cards, no target)",
    null,
    await get("/v1/reports/card-float"),
    (r: { totals: { cardCount: number; valueFen: number } }) => {
      figure = `float ${fmt(r.totals.cardCount)} cards, ${fmt(r.totals.valueFen / 100)} 元`;
      return differences(
        { cardCount: r.totals.cardCount, valueFen: r.totals.valueFen },
        { cardCount: Number(float?.n), valueFen: Number(float?.v) },
      );
    },
    0,
  );
  results.push({ ...floatResult, figure });
  return results;
}

function differences(got: Record<string, number>, expected: Record<string, number>): string | null {
  const wrong = Object.keys(expected).filter((k) => got[k] !== expected[k]);
  return wrong.length === 0 ? null : wrong.map((k) => `${k} ${got[k]} ≠ ${expected[k]}`).join(", ");
}

/** A month's totals over every unit, straight from the base tables. */
async function monthFigures(sql: Sql, period: string) {
  const from = `${period}-01`;
  const to = monthEnd(period);
  const [r] = await sql<Record<string, string>[]>`
    SELECT (SELECT count(*) FROM recharges WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS recharges,
           (SELECT COALESCE(sum(amount_fen), 0) FROM recharges WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS recharges_fen,
           (SELECT COALESCE(sum(amount_fen), 0) FROM topups WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS topups_fen,
           (SELECT COALESCE(sum(card_count), 0) FROM card_sales WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS sold_cards,
           (SELECT COALESCE(sum(amount_fen), 0) FROM card_sales WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS sold_fen,
           (SELECT COALESCE(sum(amount_fen), 0) FROM bill_payments WHERE business_date BETWEEN ${from}::date AND ${to}::date)::text AS bills_fen,
           (SELECT COALESCE(sum(amount_fen), 0) FROM remittances WHERE state = 'confirmed'
               AND (decided_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ${from}::date AND ${to}::date)::text AS remitted_fen,
           ((SELECT sum(amount_fen) FROM card_sales WHERE business_date <= ${to}::date)
             - (SELECT sum(amount_fen) FROM recharges WHERE business_date <= ${to}::date))::text AS float_fen`;
  const n = (k: string) => Number(r?.[k]);
  return {
    recharges: n("recharges"),
    rechargesFen: n("recharges_fen"),
    topupsFen: n("topups_fen"),
    soldCards: n("sold_cards"),
    soldFen: n("sold_fen"),
    billsFen: n("bills_fen"),
    remittedFen: n("remitted_fen"),
    floatFen: n("float_fen"),
    crossFen: n("recharges_fen"),
  };
}

/** One day's totals, straight from the base tables. */
async function dayFigures(sql: Sql, day: string) {
  const [r] = await sql<Record<string, string>[]>`
    SELECT (SELECT count(*) FROM recharges WHERE business_date = ${day}::date)::text AS recharges,
           (SELECT COALESCE(sum(amount_fen), 0) FROM recharges WHERE business_date = ${day}::date)::text AS recharges_fen,
           (SELECT count(*) FROM topups WHERE business_date = ${day}::date)::text AS topups,
           (SELECT COALESCE(sum(amount_fen), 0) FROM topups WHERE business_date = ${day}::date)::text AS topups_fen,
           (SELECT COALESCE(sum(card_count), 0) FROM card_sales WHERE business_date = ${day}::date)::text AS sold_cards,
           (SELECT COALESCE(sum(amount_fen), 0) FROM card_sales WHERE business_date = ${day}::date)::text AS sold_fen,
           (SELECT COALESCE(sum(amount_fen), 0) FROM remittances WHERE state = 'confirmed' AND business_date = ${day}::date)::text AS confirmed_fen,
           (SELECT count(DISTINCT outlet_unit_id) FROM (
               SELECT outlet_unit_id FROM card_sales WHERE business_date = ${day}::date
               UNION ALL SELECT outlet_unit_id FROM remittances WHERE business_date = ${day}::date) x)::text AS outlet_rows,
           ((SELECT count(DISTINCT channel) FROM recharges WHERE business_date = ${day}::date)
             + (SELECT least(count(*), 1) FROM topups WHERE business_date = ${day}::date))::text AS channels`;
  const n = (k: string) => Number(r?.[k]);
  return {
    recharges: n("recharges"),
    rechargesFen: n("recharges_fen"),
    topups: n("topups"),
    topupsFen: n("topups_fen"),
    soldCards: n("sold_cards"),
    soldFen: n("sold_fen"),
    confirmedFen: n("confirmed_fen"),
    outletRows: n("outlet_rows"),
    channels: n("channels"),
  };
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
