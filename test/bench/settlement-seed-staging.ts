import { cust, type SeedSpan, type SeedStep } from "./settlement-seed-sql.ts";
import { COUNTIES, OUTLETS, SIZE } from "./settlement-size.ts";

const FIRST_SERIAL = 1_000_000;
/** Face values of the sales, by weight: half 100 元, 30% 50 元, 15% 200 元, 5% 500 元. */
const FACES = [...Array(10).fill(10_000), ...Array(6).fill(5_000), ...Array(3).fill(20_000), 50_000];

/**
 * The staging tables (sb_*): every card, recharge, top-up, bill and remittance computed once from
 * generate_series and deterministic hashes, so the run is reproducible. The real tables are filled
 * from them (settlement-seed-tables.ts); the org lookups sb_county and sb_outlet come from layWorld.
 */
export async function stageSeed(step: SeedStep, { START, NOW }: SeedSpan) {
  const cps = SIZE.cardsPerSale;
  const perCounty = SIZE.customers / COUNTIES;
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
           ${cust("c.cust")} AS customer_no, c.cust_county, b.bal,
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
}
