import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Db } from "./client.ts";

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** Applies the committed migrations; safe to run at every start. */
export async function migrate(db: Db): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: drizzle's migrators take their own driver's type.
  const run = (orm: any) =>
    db.kind === "postgres"
      ? migratePostgres(orm, { migrationsFolder })
      : migratePglite(orm, { migrationsFolder });
  // An index built on a large table may outlast the statement timeout of the request pool.
  await db.withoutTimeouts(run);
}
