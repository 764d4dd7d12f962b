import postgres from "postgres";
import { IN_CI, POSTGRES_URL } from "./env.ts";

/** Says once which database the run uses, and drops test databases left by a crashed run. */
export default async function globalSetup() {
  if (!POSTGRES_URL) {
    if (IN_CI) throw new Error("CI=true but neither DATABASE_URL nor TEST_DATABASE_URL is set");
    console.warn(
      "\n[powercard tests] No DATABASE_URL: running on embedded PGlite. Tests that need a real PostgreSQL server (concurrency) are SKIPPED.\n",
    );
    return;
  }
  const sql = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  try {
    const stale = await sql<{ datname: string }[]>`
      SELECT datname FROM pg_database
       WHERE datname LIKE 'pc_test_%' AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = pg_database.datname)`;
    for (const { datname } of stale) await sql.unsafe(`DROP DATABASE IF EXISTS "${datname}"`);
  } finally {
    await sql.end();
  }
}
