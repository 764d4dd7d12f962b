import postgres from "postgres";
import { TEST_RUN_VARIABLE } from "./built-server.ts";
import { TEST_DATABASE_PREFIX } from "./database.ts";
import { IN_CI, POSTGRES_URL } from "./env.ts";

/** Older than this, a test database no connection uses is a crashed run's leftover. */
const LEFTOVER_AFTER_MS = 6 * 60 * 60 * 1000;

/** The creation time in a test database's name, or null for a name of an older scheme. */
const createdAt = (datname: string) => {
  const stamp = datname.slice(TEST_DATABASE_PREFIX.length).split("_")[0] ?? "";
  const ms = Number.parseInt(stamp, 36);
  return /^[0-9a-z]{8,9}$/.test(stamp) && Number.isFinite(ms) ? ms : null;
};

/**
 * Names the run (for the files that build api/dist: once a run), says once which database the
 * run uses, and drops test databases left by a crashed run.
 */
export default async function globalSetup() {
  process.env[TEST_RUN_VARIABLE] ??= `${Date.now().toString(36)}-${process.pid}`;
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
       WHERE starts_with(datname, ${TEST_DATABASE_PREFIX})
         AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = pg_database.datname)`;
    // Another run on the same server may have created a database a moment ago and not yet
    // connected to it: only what is old enough to be a crashed run's is dropped.
    const leftovers = stale.filter(({ datname }) => {
      const at = createdAt(datname);
      return at === null || Date.now() - at > LEFTOVER_AFTER_MS;
    });
    for (const { datname } of leftovers) await sql.unsafe(`DROP DATABASE IF EXISTS "${datname}"`);
  } finally {
    await sql.end();
  }
}
