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
  /**
   * A transaction that can also bulk-load rows with COPY (drizzle has no COPY): `copyFrom`
   * streams CSV chunks into a table. Used where a million rows must load in seconds.
   */
  bulkTransaction<T>(fn: (tx: BulkTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface BulkTx {
  orm: Orm;
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** COPY table (columns) FROM STDIN in CSV; each chunk is whole CSV lines. */
  copyFrom(
    table: string,
    columns: readonly string[],
    chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  ): Promise<void>;
}

const copySql = (table: string, columns: readonly string[], source: string) =>
  `COPY ${table} (${columns.join(", ")}) FROM ${source} WITH (FORMAT csv)`;

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
    // JIT off: this is an OLTP service. JIT only pays off for queries running for seconds; for
    // the reports over daily figures it cost more compiling (50–400 ms) than the query itself.
    connection: { application_name: "powercard", jit: "off" },
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
    bulkTransaction: <T>(fn: (tx: BulkTx) => Promise<T>) =>
      client.begin(async (sql) => {
        const tx: BulkTx = {
          // drizzle reads `options` (type parsers), which a transaction's handle lacks: lend the pool's.
          orm: drizzlePostgres(withOptions(sql, client), { schema }) as unknown as Orm,
          query: async <R extends Row>(text: string, params: unknown[] = []) =>
            (await sql.unsafe(
              text,
              params.map(toWire) as postgres.ParameterOrJSON<never>[],
            )) as unknown as R[],
          copyFrom: async (table, columns, chunks) => {
            const stream = await sql.unsafe(copySql(table, columns, "STDIN")).writable();
            const done = new Promise<void>((resolve, reject) => {
              stream.on("finish", resolve);
              stream.on("error", reject);
            });
            for await (const chunk of chunks) {
              if (!stream.write(chunk)) await new Promise((r) => stream.once("drain", r));
            }
            stream.end();
            await done;
          },
        };
        return fn(tx);
      }) as Promise<T>,
    close: () => client.end({ timeout: 5 }),
  };
}

const withOptions = (tx: postgres.TransactionSql, pool: postgres.Sql) =>
  new Proxy(tx, {
    get: (target, prop, receiver) =>
      prop === "options" ? pool.options : Reflect.get(target, prop, receiver),
  }) as unknown as postgres.Sql;

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
    bulkTransaction: <T>(fn: (tx: BulkTx) => Promise<T>) =>
      client.transaction(async (ptx) => {
        const tx: BulkTx = {
          orm: drizzlePglite(ptx as unknown as PGlite, { schema }) as unknown as Orm,
          query: async <R extends Row>(text: string, params: unknown[] = []) =>
            (await ptx.query<R>(text, params)).rows,
          // PGlite reads COPY input from a Blob; one COPY per chunk keeps memory flat.
          copyFrom: async (table, columns, chunks) => {
            for await (const chunk of chunks) {
              await ptx.query(copySql(table, columns, "'/dev/blob'"), [], { blob: new Blob([chunk]) });
            }
          },
        };
        return fn(tx);
      }),
    close: async () => {
      await client.close();
      await release?.();
    },
  };
}
