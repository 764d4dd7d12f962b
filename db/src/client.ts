import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { lockDataDir } from "./data-dir-lock.ts";
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
  /**
   * Work that may rightly run long (migrations): on a connection of its own, without the
   * statement and idle-in-transaction timeouts the pool's connections have.
   */
  withoutTimeouts<T>(fn: (orm: Orm) => Promise<T>): Promise<T>;
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
  /** PostgreSQL only; each unset one keeps the driver's or the server's default. */
  timeouts?: PostgresTimeouts;
  /**
   * PostgreSQL only: every transaction is read-only (`default_transaction_read_only=on`, a
   * connection parameter), so a write sent by mistake fails loudly. For a streaming replica's pool.
   */
  readOnly?: boolean;
  /** PostgreSQL only: how the connections are named in pg_stat_activity (default `powercard`). */
  applicationName?: string;
}

export interface PostgresTimeouts {
  /** How long opening a connection (TCP, TLS, startup) may take before it fails. */
  connectMs?: number;
  /** statement_timeout: the server cancels (and rolls back) a statement running longer. */
  statementMs?: number;
  /** idle_in_transaction_session_timeout: a transaction left idle this long is ended, its locks freed. */
  idleInTransactionMs?: number;
}

export async function createDb(options: CreateDbOptions = {}): Promise<Db> {
  return options.url
    ? createPostgresDb(options.url, options.maxConnections ?? 10, options.timeouts ?? {}, {
        readOnly: options.readOnly ?? false,
        applicationName: options.applicationName ?? "powercard",
      })
    : createPgliteDb(options.dataDir);
}

/**
 * The wait before a closed connection is opened again, in seconds. postgres.js grows it to 20 s
 * while the server is away, and a query handed to that connection waits it out: requests hung for
 * the whole outage. Short and jittered instead; requests stop coming while the server is known to
 * be away (the API's database watch), so only a probe and the requests in flight retry.
 */
const reconnectBackoff = (retries: number) => (0.5 + Math.random() / 2) * Math.min(0.05 * 2 ** retries, 0.5);

function createPostgresDb(
  url: string,
  max: number,
  timeouts: PostgresTimeouts,
  session: { readOnly: boolean; applicationName: string },
): Db {
  const clientOptions = (limits: PostgresTimeouts) =>
    ({
      onnotice: () => {},
      ...(timeouts.connectMs ? { connect_timeout: timeouts.connectMs / 1000 } : {}),
      backoff: reconnectBackoff,
      // Timestamps and bigints are handled by the code that reads them; keep the driver's defaults.
      // JIT off: this is an OLTP service. JIT only pays off for queries running for seconds; for
      // the reports over daily figures it cost more compiling (50–400 ms) than the query itself.
      connection: {
        application_name: session.applicationName,
        jit: "off",
        ...(session.readOnly ? { default_transaction_read_only: true } : {}),
        ...(limits.statementMs ? { statement_timeout: limits.statementMs } : {}),
        ...(limits.idleInTransactionMs
          ? { idle_in_transaction_session_timeout: limits.idleInTransactionMs }
          : {}),
      },
    }) satisfies postgres.Options<never>;
  const client = postgres(url, { max, ...clientOptions(timeouts) });
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
        // A bulk load is one long COPY with the app computing between chunks: the request's
        // deadline bounds it, not the per-statement timeouts.
        if (timeouts.statementMs || timeouts.idleInTransactionMs)
          await sql`SET LOCAL statement_timeout = 0; SET LOCAL idle_in_transaction_session_timeout = 0`.simple();
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
    withoutTimeouts: async <T>(fn: (orm: Orm) => Promise<T>) => {
      // Always its own single connection, so a session-level lock taken in `fn` (migrate's) holds throughout.
      const own = postgres(url, { max: 1, ...clientOptions({}) });
      try {
        return await fn(drizzlePostgres(own, { schema }) as unknown as Orm);
      } finally {
        await own.end({ timeout: 5 });
      }
    },
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
    release = await lockDataDir(dataDir);
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
    withoutTimeouts: (fn) => fn(orm),
    close: async () => {
      await client.close();
      await release?.();
    },
  };
}
