import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Db, migrate, migrationsFolder } from "@powercard/db";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";

/**
 * The CONVENTIONS' scale-out rules that the schema itself can break (Citus, distributed by card
 * number and customer number), checked in the catalog of a freshly migrated database.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("scale-out rules of the schema", () => {
  it("no trigger function branches on TG_TABLE_NAME (on a shard it is the shard's name)", async () => {
    const branching = await t.db.query<{ proname: string }>(
      `SELECT p.proname FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND p.prorettype = 'trigger'::regtype
          AND p.prosrc ILIKE '%tg_table_name%' ORDER BY 1`,
    );
    expect(branching).toEqual([]);
  });

  it("every unique key of a customer-side table contains customer_no", async () => {
    // Tables with a customer_no column whose unique keys (primary keys included) leave it out.
    const offending = await t.db.query<{ table: string; key: string }>(
      `SELECT c.relname AS table, i.relname AS key
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class c ON c.oid = x.indrelid
        WHERE x.indisunique AND c.relnamespace = 'public'::regnamespace
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'customer_no')
          AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                           WHERE a.attrelid = c.oid AND a.attname = 'customer_no' AND a.attnum = ANY (x.indkey))
        ORDER BY 1, 2`,
    );
    // The two keys that span customers by design, each in a small table of its own (distributed
    // by its own key under Citus) and written in the same transaction as the customer's rows.
    // And the movement feed: one order across all customers is what it is for (its positions),
    // written off the hot path by the single sequencer, never in a customer's transaction.
    expect([...new Set(offending.map((r) => r.table))]).toEqual([
      "account_movements",
      "bill_imports",
      "partner_references",
    ]);
  });

  it("a foreign key into a customer-side table carries its distribution column on both sides (co-located)", async () => {
    // Into a table distributed by customer (customer_no) or by book (book_key): a key that leaves
    // the column out joins two shards, which Citus refuses. Keys into reference tables (units, staff) are fine.
    const offending = await t.db.query<{ from_table: string; to_table: string; key: string }>(
      `SELECT k.conrelid::regclass::text AS from_table, k.confrelid::regclass::text AS to_table, k.conname AS key
         FROM pg_constraint k
         CROSS JOIN LATERAL (SELECT a.attnum FROM pg_attribute a
                              WHERE a.attrelid = k.confrelid AND a.attname IN ('customer_no', 'book_key')
                              ORDER BY a.attname = 'book_key' DESC LIMIT 1) dist
        WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace
          AND NOT (dist.attnum = ANY (k.confkey)
                   AND EXISTS (SELECT 1 FROM pg_attribute a
                                WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
                                  AND a.attname IN ('customer_no', 'book_key')))
        ORDER BY 1, 2, 3`,
    );
    expect(offending).toEqual([]);
  });

  it("a table whose unique keys share no column can only be a reference table: these, and no more", async () => {
    // Citus puts the distribution column in every unique key; a table with two unique keys that
    // share no column cannot be distributed. Each of these is small and copied to every node
    // (reference table), or stays on the coordinator (audit chain, movement feed). A new table
    // here means deciding that, or giving its keys a common column.
    const tables = await t.db.query<{ table: string }>(
      `WITH keys AS (
         SELECT x.indrelid AS rel, x.indkey::int2[] AS cols
           FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid
          WHERE x.indisunique AND c.relnamespace = 'public'::regnamespace)
       SELECT r.rel::regclass::text AS table FROM (SELECT DISTINCT rel FROM keys) r
        WHERE NOT EXISTS (SELECT 1 FROM pg_attribute a
                           WHERE a.attrelid = r.rel AND a.attnum > 0 AND NOT a.attisdropped
                             AND NOT EXISTS (SELECT 1 FROM keys k WHERE k.rel = r.rel AND NOT a.attnum = ANY (k.cols)))
        ORDER BY 1`,
    );
    expect(tables.map((r) => r.table)).toEqual([
      "account_movements",
      "audit_chain",
      "audit_events",
      "channel_clients",
      "org_units",
      "production_orders",
      "refresh_tokens",
      "remittances",
      "reversal_cases",
      "settlement_runs",
      "staff_users",
    ]);
  });
});

/** Applies the migrations up to and including `lastIdx`, from a copy of the folder cut there. */
function migrateThrough(lastIdx: number) {
  return async (db: Db) => {
    const folder = await mkdtemp(join(tmpdir(), "pc-migrations-"));
    try {
      await cp(migrationsFolder, folder, { recursive: true });
      const journalFile = join(folder, "meta", "_journal.json");
      const journal = JSON.parse(await readFile(journalFile, "utf8")) as { entries: { idx: number }[] };
      journal.entries = journal.entries.filter((e) => e.idx <= lastIdx);
      await writeFile(journalFile, JSON.stringify(journal));
      // biome-ignore lint/suspicious/noExplicitAny: each migrator takes its own driver's type.
      const run = (orm: any) =>
        db.kind === "postgres"
          ? migratePostgres(orm, { migrationsFolder: folder })
          : migratePglite(orm, { migrationsFolder: folder });
      await db.withoutTimeouts(run);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
}

describe("migration 0013 (bill_imports)", () => {
  let old: TestDatabase;
  beforeAll(async () => {
    old = await createTestDatabase({ prepare: migrateThrough(12) });
  });
  afterAll(() => old.close());

  it("moves the billing-system ids of bills imported before it, so importing them again stays a no-op", async () => {
    // Written by hand: the fixtures' inserts name columns that later migrations add.
    const cityId = "unt_before_0013";
    const importerId = "usr_before_0013";
    const customerNo = "1300000013";
    await old.db.query(
      `INSERT INTO org_units (id, code, name, kind, parent_id, path, is_accounting_unit, created_at)
       VALUES ($1, $1, '旧省公司', 'province', NULL, '/' || $1 || '/', true, now())`,
      [cityId],
    );
    await old.db.query(
      `INSERT INTO staff_users (id, username, display_name, unit_id, password_hash, password_changed_at, created_at, updated_at)
       VALUES ($1, 'before.0013', '旧账号', $2, 'x', now(), now(), now())`,
      [importerId, cityId],
    );
    await old.db.query(
      "INSERT INTO customers (customer_no, name, accounting_unit_id, created_at) VALUES ($1, '张小明', $2, now())",
      [customerNo, cityId],
    );
    const at = "2026-11-01T02:00:00.000Z";
    await old.db.query(
      `INSERT INTO bills (customer_no, id, source, source_bill_id, period, amount_fen, paid_fen, state,
                          accounting_unit_id, imported_by, created_at, updated_at)
       VALUES ($1, 'bil_before_0013', 'marketing', 'M-1', '2026-10', 5000, 0, 'open', $2, $3, $4, $4)`,
      [customerNo, cityId, importerId, at],
    );
    await migrate(old.db);
    const moved = await old.db.query<Record<string, unknown>>(
      "SELECT source, source_bill_id, customer_no, bill_id FROM bill_imports",
    );
    expect(moved).toEqual([
      { source: "marketing", source_bill_id: "M-1", customer_no: customerNo, bill_id: "bil_before_0013" },
    ]);
    const indexes = await old.db.query<{ indexname: string }>(
      "SELECT indexname FROM pg_indexes WHERE tablename = 'bills' AND indexdef ILIKE '%source_bill_id%'",
    );
    expect(indexes).toEqual([]);
  });
});
