import { createDb, type Db, migrate } from "@powercard/db";
import { loadEnv } from "../src/env.ts";

/** For the command-line tools: the database the server would use, migrated. */
export async function openConfiguredDb(): Promise<Db> {
  const env = loadEnv();
  const db = await createDb(
    env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: `${env.DATA_DIR}/pglite` },
  );
  await migrate(db);
  return db;
}
