import type postgres from "postgres";
import { log, seconds } from "./settlement-log.ts";

/** A dropped index (or unique or primary key) and the statement that recreates it. */
export interface DroppedIndex {
  name: string;
  create: string;
}

/** The tables the seed fills in bulk: faster without their indexes, which are rebuilt afterwards. */
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
export async function dropIndexes(sql: postgres.Sql): Promise<DroppedIndex[]> {
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

/** Recreates the dropped indexes on two connections and checks every one is back. */
export async function rebuildIndexes(sql: postgres.Sql, rebuild: DroppedIndex[]) {
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
