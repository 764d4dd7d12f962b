import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { IN_CI } from "./env.ts";

/**
 * A PostgreSQL cluster of the test's own — initdb into a temporary folder, its own free port,
 * trust auth — so a test can stop and start it. The shared server on 5432 is never touched.
 * initdb refuses to run as root: as root, every command runs as the `postgres` OS user.
 */
export interface OwnPostgres {
  url: string;
  port: number;
  /** pg_ctl stop -m immediate: the server dies as in a crash (no checkpoint, connections cut). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server if it runs and removes its folder. */
  destroy(): Promise<void>;
}

const POSTGRES_LIB = "/usr/lib/postgresql";

/** The newest /usr/lib/postgresql/<version>/bin that has initdb, or why there is none. */
export function findPostgresBin(): { bin: string } | { missing: string } {
  const versions = existsSync(POSTGRES_LIB)
    ? readdirSync(POSTGRES_LIB)
        .filter((v) => existsSync(join(POSTGRES_LIB, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  return newest
    ? { bin: join(POSTGRES_LIB, newest, "bin") }
    : { missing: `no ${POSTGRES_LIB}/*/bin/initdb (install Debian's postgresql package)` };
}

/**
 * Tests that need a cluster of their own: never skipped under CI=true (a missing PostgreSQL is a
 * failure there, with the reason), skipped with the reason elsewhere.
 */
export function ownPostgresAvailable(): { skip: boolean; reason: string } {
  const found = findPostgresBin();
  if ("bin" in found) return { skip: false, reason: "" };
  if (IN_CI) throw new Error(`CI=true requires a PostgreSQL server binary for this test: ${found.missing}`);
  return { skip: true, reason: `SKIPPED: ${found.missing}` };
}

/** As ownPostgresAvailable, for tests that also make a streaming replica (pg_basebackup). */
export function ownReplicaAvailable(): { skip: boolean; reason: string } {
  const cluster = ownPostgresAvailable();
  if (cluster.skip) return cluster;
  const found = findPostgresBin();
  if ("bin" in found && existsSync(join(found.bin, "pg_basebackup"))) return { skip: false, reason: "" };
  const missing = `no pg_basebackup beside initdb (install Debian's postgresql-client package)`;
  if (IN_CI) throw new Error(`CI=true requires pg_basebackup for this test: ${missing}`);
  return { skip: true, reason: `SKIPPED: ${missing}` };
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = () => process.getuid?.() === 0;

export interface OwnPostgresOptions {
  /**
   * A primary that streams to replicas (createOwnReplica): WAL for replication and full-page
   * writes kept (a base backup needs them). initdb's pg_hba already lets local replication in.
   */
  replication?: boolean;
}

/** Runs a PostgreSQL program (as the `postgres` OS user when root), with the server log in its error. */
function runner(bin: string, logFile: string) {
  // Asynchronous, so that an API server in the same process keeps answering meanwhile.
  return async (program: string, args: string[]) => {
    const [file, argv] = isRoot()
      ? ["runuser", ["-u", "postgres", "--", join(bin, program), ...args]]
      : [join(bin, program), args];
    try {
      await promisify(execFile)(file as string, argv as string[], { timeout: 60_000 });
    } catch (error) {
      const log = existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-2000) : "";
      const stderr = String((error as { stderr?: unknown }).stderr ?? "");
      throw new Error(`${program} ${args.join(" ")} failed: ${stderr}\n${log}`);
    }
  };
}

/** A temporary folder the `postgres` OS user owns when we are root. */
function ownRoot(): string {
  const root = mkdtempSync(join(tmpdir(), "powercard-own-pg-"));
  if (isRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(root, uid, gid);
  }
  return root;
}

function postgresBin(): string {
  const found = findPostgresBin();
  if (!("bin" in found)) throw new Error(found.missing);
  return found.bin;
}

export async function createOwnPostgres(options: OwnPostgresOptions = {}): Promise<OwnPostgres> {
  const bin = postgresBin();
  const root = ownRoot();
  const dataDir = join(root, "data");
  const run = runner(bin, join(root, "server.log"));
  await run("initdb", [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "-A",
    "trust",
    "-E",
    "UTF8",
    "--no-sync",
    "--no-instructions",
  ]);
  // Durability off: this cluster lives for one test.
  const durability = options.replication
    ? "-c wal_level=replica -c max_wal_senders=4"
    : "-c full_page_writes=off";
  return startCluster({ bin, root, dataDir, serverOptions: `-c fsync=off ${durability}` });
}

/**
 * A hot standby of `primary` (created with `replication: true`): `pg_basebackup -R -X stream`
 * into a folder of its own, started on its own port, streaming from the primary from then on.
 * `SELECT pg_wal_replay_pause()` on it makes it lag; `stop()` makes it unreachable.
 */
export async function createOwnReplica(primary: OwnPostgres): Promise<OwnPostgres> {
  const bin = postgresBin();
  const root = ownRoot();
  const dataDir = join(root, "data");
  const run = runner(bin, join(root, "server.log"));
  await run("pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    dataDir,
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
  ]);
  return startCluster({ bin, root, dataDir, serverOptions: "-c fsync=off -c hot_standby=on" });
}

async function startCluster({
  bin,
  root,
  dataDir,
  serverOptions: extra,
}: {
  bin: string;
  root: string;
  dataDir: string;
  serverOptions: string;
}): Promise<OwnPostgres> {
  const logFile = join(root, "server.log");
  const run = runner(bin, logFile);
  const port = await freePort();
  // Its own port and socket folder.
  const serverOptions = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 ${extra}`;
  let running = false;
  const cluster: OwnPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      await run("pg_ctl", ["-D", dataDir, "-o", serverOptions, "-l", logFile, "-w", "-t", "60", "start"]);
      running = true;
    },
    async stop() {
      await run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "-t", "60", "stop"]);
      running = false;
    },
    async destroy() {
      try {
        if (running) await cluster.stop();
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
  await cluster.start();
  return cluster;
}
