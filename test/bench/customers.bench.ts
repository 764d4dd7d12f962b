/**
 * The province-sized first load of customers from the marketing system, and a change file, through
 * the real import path (POST /v1/customer-imports/csv of the in-process app, streamed, no
 * Content-Length) into a fresh PostgreSQL database that is dropped afterwards (KEEP_DB=1 keeps it).
 *
 *  1. the first load: BENCH_CUSTOMERS rows (default 10,000,000), generated on the fly as a stream
 *     (the file never exists, in memory or on disk), 1 row in 100,000 with an unknown unit;
 *  2. a change file of a tenth of that: 40 % moves (in force from the import), 10 % closures, 30 % name
 *     changes and 20 % stale rows (an older version, which must change nothing).
 *
 * Prints per phase: time, rows/s, MB/s, the importing process's peak RSS (sampled) and the counts
 * the import answered, checked against what the generator knows it sent. Run:
 * `npm run bench:customers` (BENCH_CUSTOMERS=1000000 for a quick check).
 */
import { randomBytes } from "node:crypto";
import { createDb, migrate } from "@powercard/db";
import postgres from "postgres";
import { buildApp } from "../helpers/app.ts";
import { Fixtures } from "../helpers/fixtures.ts";

const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const KEEP_DB = process.env.KEEP_DB === "1";
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000_000);
const CHANGES = Math.floor(CUSTOMERS / 10);
const UNITS = 100;
const FIRST_NO = 3_000_000_000;
const HEADER = "户号,户名,电话,地址,核算单位,状态,版本,生效日期\r\n";

const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈",
];
const GIVEN = [..."伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉玲红梅鑫波斌宇浩凯"];
const nameOf = (i: number, salt = 0) =>
  `${SURNAMES[(i + salt) % SURNAMES.length]}${GIVEN[(i * 7 + salt) % GIVEN.length]}${GIVEN[(i * 13 + salt) % GIVEN.length]}`;
const phoneOf = (i: number) => `13${String((i * 7_919) % 1_000_000_000).padStart(9, "0")}`;
const addressOf = (i: number) =>
  `"浙江省杭州市第${(i % 97) + 1}区文${i % 1000}路${(i % 300) + 1}号, ${i % 30}单元"`;
const initiallyClosed = (i: number) => i % 100 === 99;
const badRow = (i: number) => i % 100_000 === 50_000;

const log = (line: string) => console.log(`[bench:customers] ${line}`);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/** A CSV body produced line by line as the reader pulls it: the file never exists as a whole. */
function csvStream(rows: number, line: (k: number) => string) {
  const encoder = new TextEncoder();
  const started = performance.now();
  let k = 0;
  let bytes = 0;
  let header = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = header ? "" : HEADER;
      header = true;
      for (let n = 0; n < 2_000 && k < rows; n++, k++) {
        chunk += line(k);
        // Progress, so a run cut short still tells its rate: rows handed to the import so far.
        if (k > 0 && k % 1_000_000 === 0)
          log(
            `… ${fmt(k)} rows read after ${((performance.now() - started) / 1000).toFixed(0)} s, RSS ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB`,
          );
      }
      const encoded = encoder.encode(chunk);
      bytes += encoded.byteLength;
      controller.enqueue(encoded);
      if (k >= rows) controller.close();
    },
  });
  return { stream, bytes: () => bytes };
}

/** The resident set size of this process, sampled: the peak while `work` runs. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRss: number }> {
  let peakRss = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 100);
  try {
    const result = await work();
    return { result, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
  } finally {
    clearInterval(timer);
  }
}

interface ImportAnswer {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  moved: number;
  closed: number;
  complete: boolean;
  errors: unknown[];
}

async function main(): Promise<number> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const name = `pc_bench_customers_${randomBytes(6).toString("hex")}`;
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
  try {
    await migrate(db);
    const f = await Fixtures.create(db);
    const units = [f.cityId, f.otherCityId];
    for (let u = units.length; u < UNITS; u++) {
      const id = `unt_bench_${u}`;
      await db.query(
        `INSERT INTO org_units (id, code, name, kind, parent_id, path, is_accounting_unit, created_at)
         VALUES ($1, $1, $2, 'county', $3, $4, true, now())`,
        [id, `核算单位${u}`, f.provinceId, `/${f.provinceId}/${id}/`],
      );
      units.push(id);
    }
    const importer = await f.client("web", { operations: ["customers:import"] });
    const app = buildApp(db);
    const send = async (stream: ReadableStream<Uint8Array>) => {
      const res = await app.request(
        new Request("http://localhost/v1/customer-imports/csv", {
          method: "POST",
          headers: { Authorization: `Bearer ${importer.apiKey}`, "Content-Type": "text/csv; charset=utf-8" },
          body: stream,
          duplex: "half",
        } as RequestInit),
      );
      if (res.status !== 200) throw new Error(`import answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as ImportAnswer;
    };
    const unitOf = (i: number) => (badRow(i) ? "unt_unknown" : units[i % UNITS]);
    const failures: string[] = [];
    const phase = async (
      label: string,
      rows: number,
      line: (k: number) => string,
      expected: Partial<ImportAnswer>,
    ) => {
      const file = csvStream(rows, line);
      const started = performance.now();
      const { result, peakRss } = await withPeakRss(() => send(file.stream));
      const s = (performance.now() - started) / 1000;
      log(
        `${label}: ${fmt(rows)} rows, ${(file.bytes() / 1e6).toFixed(0)} MB in ${s.toFixed(1)} s — ` +
          `${fmt(rows / s)} rows/s, ${(file.bytes() / 1e6 / s).toFixed(1)} MB/s, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
      );
      const { errors, ...counts } = result;
      log(`${label}: answered ${JSON.stringify(counts)}; first error ${JSON.stringify(errors[0] ?? null)}`);
      for (const [key, value] of Object.entries(expected))
        if (result[key as keyof ImportAnswer] !== value)
          failures.push(
            `${label}: ${key} = ${String(result[key as keyof ImportAnswer])}, expected ${String(value)}`,
          );
    };

    let bad = 0;
    for (let i = 0; i < CUSTOMERS; i++) if (badRow(i)) bad++;
    await phase(
      "first load",
      CUSTOMERS,
      (i) =>
        `${FIRST_NO + i},${nameOf(i)},${phoneOf(i)},${addressOf(i)},${unitOf(i)},${initiallyClosed(i) ? "销户" : "正常"},1,\r\n`,
      { rows: CUSTOMERS, created: CUSTOMERS - bad, rejected: bad, complete: true },
    );

    // The change file: customer k·7919 mod N (distinct for k < N: 7919 is a prime not dividing N).
    const target = (k: number) => (k * 7_919) % CUSTOMERS;
    let moves = 0;
    let closes = 0;
    let stale = 0;
    let skipped = 0;
    for (let k = 0; k < CHANGES; k++) {
      const i = target(k);
      if (badRow(i)) skipped++;
      else if (k % 10 < 4) moves++;
      else if (k % 10 === 4 && !initiallyClosed(i)) closes++;
      else if (k % 10 >= 8) stale++;
    }
    await phase(
      "change file",
      CHANGES,
      (k) => {
        const i = target(k);
        const kind = k % 10;
        const unit = kind < 4 && !badRow(i) ? units[(i + 1) % UNITS] : unitOf(i);
        const status = kind === 4 || initiallyClosed(i) ? "销户" : "正常";
        const version = kind >= 8 ? 0 : 2;
        // Moves take effect at the import (no date): a move dated before the customer's current
        // period began would relabel that period instead of opening a new one.
        const effective = "";
        const name = kind >= 5 ? nameOf(i, 3) : nameOf(i);
        return `${FIRST_NO + i},${name},${phoneOf(i)},${addressOf(i)},${unit},${status},${version},${effective}\r\n`;
      },
      { rows: CHANGES, moved: moves, closed: closes, unchanged: stale, rejected: skipped, complete: true },
    );

    const [tables] = await db.query<{ customers: number; accounts: number; periods: number; closed: number }>(
      `SELECT (SELECT count(*)::int FROM customers) AS customers, (SELECT count(*)::int FROM accounts) AS accounts,
              (SELECT count(*)::int FROM customer_unit_history) AS periods,
              (SELECT count(*)::int FROM customers WHERE status = 'closed') AS closed`,
    );
    log(`tables: ${JSON.stringify(tables)}`);
    const imported = CUSTOMERS - bad;
    if (tables?.customers !== imported)
      failures.push(`customers = ${tables?.customers}, expected ${imported}`);
    if (tables?.accounts !== tables?.customers) failures.push("every customer must have its account");
    if (tables?.periods !== imported + moves)
      failures.push(`unit periods = ${tables?.periods}, expected ${imported + moves}`);
    log(`process max RSS over the whole run: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
    for (const failure of failures) log(`FAILED: ${failure}`);
    return failures.length ? 1 : 0;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
