import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import lockfile from "proper-lockfile";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
export type Orm = PgDatabase<PgQueryResultHKT, Schema>;
export type Row = Record<string, unknown>;

/**
 * One handle for both engines. `orm` is drizzle's query builder, used everywhere except the
 * recharge hot path, which sends hand-written SQL through `query` (one prepared statement, one
 * round trip). Rows come back as plain objects on both engines.
 */
export interface Db {
  readonly kind: "postgres" | "pglite";
  readonly orm: Orm;
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  execute<T extends Row = Row>(query: SQL): Promise<T[]>;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** postgres://… — when absent, the embedded PGlite engine is used. */
  url?: string;
  /** PGlite's data folder; absent means in memory (tests). */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
}

export async function createDb(options: CreateDbOptions = {}): Promise<Db> {
  return options.url
    ? createPostgresDb(options.url, options.maxConnections ?? 10)
    : createPgliteDb(options.dataDir);
}

function createPostgresDb(url: string, max: number): Db {
  const client = postgres(url, {
    max,
    onnotice: () => {},
    // Timestamps and bigints are handled by the code that reads them; keep the driver's defaults.
    connection: { application_name: "powercard" },
  });
  const orm = drizzlePostgres(client, { schema }) as unknown as Orm;
  return {
    kind: "postgres",
    orm,
    query: async <T extends Row>(text: string, params: unknown[] = []) =>
      (await client.unsafe(text, params.map(toWire) as postgres.ParameterOrJSON<never>[], {
        prepare: true,
      })) as unknown as T[],
    execute: async <T extends Row>(query: SQL) => (await orm.execute(query)) as unknown as T[],
    close: () => client.end({ timeout: 5 }),
  };
}

/** postgres.js cannot serialise a Date bound to a parameter whose type the server inferred; ISO text always works. */
const toWire = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

async function createPgliteDb(dataDir: string | undefined): Promise<Db> {
  let release: (() => Promise<void>) | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    // PGlite is single-process: a second process on the same folder would corrupt it.
    release = await lockfile.lock(dataDir, { stale: 30_000, update: 10_000 }).catch((error: Error) => {
      throw new Error(
        `The database folder ${dataDir} is in use by another Powercard process (${error.message}).`,
      );
    });
  }
  const client = await PGlite.create(dataDir ?? "memory://");
  const orm = drizzlePglite(client, { schema }) as unknown as Orm;
  return {
    kind: "pglite",
    orm,
    query: async <T extends Row>(text: string, params: unknown[] = []) =>
      (await client.query<T>(text, params)).rows,
    execute: async <T extends Row>(query: SQL) =>
      ((await orm.execute(query)) as unknown as { rows: T[] }).rows,
    close: async () => {
      await client.close();
      await release?.();
    },
  };
}
