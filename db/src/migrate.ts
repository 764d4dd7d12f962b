import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Db } from "./client.ts";

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/**
 * One migrator at a time across processes: instances started together on a database that lacks
 * migrations would otherwise each apply them, and all but one fail on what the first created.
 */
export const MIGRATION_LOCK_KEY = 0x6d696772;

/** Applies the committed migrations; safe to run at every start, from any number of processes at once. */
export async function migrate(db: Db): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: drizzle's migrators take their own driver's type.
  const run = async (orm: any) => {
    if (db.kind !== "postgres") return migratePglite(orm, { migrationsFolder });
    // A session lock on withoutTimeouts' own connection; the next process then finds nothing to apply.
    await orm.execute(sql`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await migratePostgres(orm, { migrationsFolder });
    } finally {
      await orm.execute(sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  };
  // An index built on a large table may outlast the statement timeout of the request pool.
  await db.withoutTimeouts(run);
}
