import { randomBytes } from "node:crypto";
import { createDb, type Db, migrate } from "@powercard/db";
import postgres from "postgres";
import { IN_CI, POSTGRES_URL } from "./env.ts";

/** pc_test_<creation time, ms in base 36>_<random> */
export const TEST_DATABASE_PREFIX = "pc_test_";

export interface TestDatabase {
  db: Db;
  /** The connection URL of this file's own database (PostgreSQL only). */
  url?: string;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: its own PostgreSQL database when a server is
 * configured, otherwise an in-memory PGlite. No file sees another's data.
 */
export async function createTestDatabase({
  maxConnections = 20,
  /** How the new database is brought to its schema: all migrations unless a test says otherwise. */
  prepare = migrate,
}: {
  maxConnections?: number;
  prepare?: (db: Db) => Promise<void>;
} = {}): Promise<TestDatabase> {
  if (!POSTGRES_URL) {
    const db = await createDb();
    await prepare(db);
    return { db, close: () => db.close() };
  }
  // The creation time is in the name so that a later run drops only what a crashed run left behind,
  // never a database another run on the same server just created (test/helpers/global-setup.ts).
  const name = `${TEST_DATABASE_PREFIX}${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const db = await createDb({ url: url.toString(), maxConnections });
  await prepare(db);
  return {
    db,
    url: url.toString(),
    close: async () => {
      await db.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * Tests that only mean something on a real server (concurrency) use this: they say clearly that
 * they are skipped on PGlite, and they are never skipped under CI=true.
 */
export function realPostgresOnly(): { skip: boolean; reason: string } {
  if (POSTGRES_URL) return { skip: false, reason: "" };
  if (IN_CI) throw new Error("CI=true requires DATABASE_URL: concurrency tests may not be skipped in CI");
  return {
    skip: true,
    reason: "SKIPPED on PGlite (single connection): set DATABASE_URL to run against PostgreSQL",
  };
}
