import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { IN_CI } from "./env.ts";
import { freePort } from "./own-postgres.ts";

/**
 * Three API instances (the built api/dist/server.js, each its own process) on one PostgreSQL,
 * behind HAProxy configured by the repository's deploy/haproxy/powercard.cfg — for the cluster
 * test and for `npm run cluster`. With the demo world, one instance starts first (it seeds it,
 * which is not safe from three processes at once), then the others; without, all three together.
 * The balancer starts last, and is ready once each instance has answered through it.
 */
const root = new URL("../../", import.meta.url).pathname;
export const SERVER_BUNDLE = join(root, "api", "dist", "server.js");
export const BALANCER_CONFIG = join(root, "deploy", "haproxy", "powercard.cfg");
/** The config names three servers: api1, api2, api3. */
export const INSTANCE_NAMES = ["api1", "api2", "api3"] as const;
export type InstanceName = (typeof INSTANCE_NAMES)[number];
/** Catches a start that hangs; on a busy two-core machine a start takes seconds, not minutes. */
const START_TIMEOUT_MS = 180_000;

/** The keys every instance must share: a PIN hashed by one is checked by another, a token signed by one verified by all. */
export interface ClusterSecrets {
  /** PIN_HMAC_KEYS: kid:base64key[,…] */
  pinKeys: string;
  pinKeyId: string;
  /** STAFF_SIGNING_KEYS_FILE: a JSON array of private JWKs. */
  signingKeysFile: string;
}

export interface ClusterOptions {
  databaseUrl: string;
  secrets: ClusterSecrets;
  /** DATA_DIR, shared by the instances (demo keys of the demo bank and manufacturer). */
  dataDir: string;
  /** Where the balancer listens; a free port when absent. */
  balancerPort?: number;
  /** TRUST_PROXY of the instances: 1 = the balancer; a test that plays an outer proxy says 2. */
  trustProxy?: number;
  /** DB_POOL_SIZE of each instance. */
  poolSize?: number;
  seedDemo?: boolean;
  logLevel?: string;
  /** How long the balancer queues a request for a busy instance (POWERCARD_QUEUE_MS; default 20 ms). */
  queueMs?: number;
  /** How many requests may wait in the balancer's queue at once (POWERCARD_MAX_QUEUE; default 10). */
  maxQueue?: number;
  /** How many requests the balancer gives one instance at once (POWERCARD_API_MAXCONN; default 20). */
  maxConn?: number;
  /** Any other settings of the instances (api/src/env.ts). */
  env?: Record<string, string>;
}

export interface ClusterInstance {
  name: InstanceName;
  /** The instance directly, bypassing the balancer (its /metrics answers loopback callers only). */
  url: string;
  /** Its process id (the overload bench lowers the instances' CPU priority). */
  pid: number;
  /** What it printed: the start banner, warnings. */
  output(): string;
  /** Still running. */
  alive(): boolean;
}

export interface Cluster {
  /** The balancer: what clients use. */
  url: string;
  instances: ClusterInstance[];
  /** The first instance's start banner (the demo data when seeded). */
  banner: string;
  /** Milliseconds from the first spawn to the balancer answering through every instance. */
  startedInMs: number;
  /** kill -9 one instance: no shutdown, connections cut, its requests in flight lost. */
  kill(name: InstanceName): Promise<void>;
  /** What HAProxy printed (servers going down and up, at log level warning). */
  balancerOutput(): string;
  /** SIGTERM to everything, waiting for each to exit. */
  stop(): Promise<void>;
}

/**
 * The cluster tests need Debian's haproxy: never skipped under CI=true (its absence is a
 * failure there, with the reason), skipped with the reason elsewhere.
 */
export function balancerAvailable(): { skip: boolean; reason: string } {
  let missing = "";
  try {
    execFileSync("haproxy", ["-v"], { stdio: "ignore" });
  } catch {
    missing = "haproxy is not installed (apt-get install haproxy; .ci/run installs it)";
  }
  if (!missing) return { skip: false, reason: "" };
  if (IN_CI) throw new Error(`CI=true requires haproxy for the cluster test: ${missing}`);
  return { skip: true, reason: `SKIPPED: ${missing}` };
}

interface Process {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function launch(program: string, args: string[], env: NodeJS.ProcessEnv): Process {
  const child = spawn(program, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor<T>(what: string, proc: Process, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exitCode: number | null | undefined;
  void proc.exited.then((code) => {
    exitCode = code;
  });
  for (;;) {
    if (exitCode !== undefined) throw new Error(`${what} exited with ${exitCode}:\n${proc.output()}`);
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not start:\n${proc.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stopProcess(proc: Process, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill(signal);
  const late = setTimeout(() => proc.child.kill("SIGKILL"), 30_000);
  await proc.exited;
  clearTimeout(late);
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const began = Date.now();
  const [balancerPort, ...ports] = await Promise.all([
    options.balancerPort ?? freePort(),
    ...INSTANCE_NAMES.map(() => freePort()),
  ]);
  const balancerUrl = `http://127.0.0.1:${balancerPort}`;
  const { DATABASE_URL: _db, PORT: _port, ...inherited } = process.env;
  const instanceEnv = (port: number): NodeJS.ProcessEnv => ({
    ...inherited,
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: options.databaseUrl,
    DB_POOL_SIZE: String(options.poolSize ?? 8),
    DATA_DIR: options.dataDir,
    PIN_HMAC_KEYS: options.secrets.pinKeys,
    PIN_HMAC_KEY_ID: options.secrets.pinKeyId,
    STAFF_SIGNING_KEYS_FILE: options.secrets.signingKeysFile,
    // One audience for every instance: a partner's client assertion names the balancer's origin.
    PUBLIC_BASE_URL: balancerUrl,
    TRUST_PROXY: String(options.trustProxy ?? 1),
    SEED_DEMO: options.seedDemo ? "auto" : "never",
    LOG_LEVEL: options.logLevel ?? "warn",
    ...options.env,
  });

  const running: { name: InstanceName; url: string; proc: Process }[] = [];
  let balancer: Process | undefined;
  const stop = async () => {
    if (balancer) await stopProcess(balancer);
    await Promise.all(running.map((r) => stopProcess(r.proc)));
  };

  const startInstance = async (name: InstanceName, port: number) => {
    const proc = launch(process.execPath, ["--enable-source-maps", SERVER_BUNDLE], instanceEnv(port));
    const url = `http://127.0.0.1:${port}`;
    running.push({ name, url, proc });
    await waitFor(`instance ${name}`, proc, async () =>
      /Powercard API\s+http:\/\//.test(proc.output()) && (await fetch(`${url}/health/ready`)).ok
        ? true
        : undefined,
    );
    return proc.output();
  };

  try {
    // The demo seed is not safe to run from three processes at once: the first seeds alone.
    // Migrations are (db/src/migrate.ts takes an advisory lock), so without the demo all start together.
    const [firstName, ...otherNames] = INSTANCE_NAMES;
    const [firstPort, ...otherPorts] = ports as [number, ...number[]];
    const first = options.seedDemo
      ? await startInstance(firstName, firstPort)
      : startInstance(firstName, firstPort);
    const others = Promise.all(otherNames.map((name, i) => startInstance(name, otherPorts[i] as number)));
    const [banner] = await Promise.all([first, others]);

    const proc = launch("haproxy", ["-f", BALANCER_CONFIG, "-db"], {
      ...inherited,
      POWERCARD_BALANCER: `127.0.0.1:${balancerPort}`,
      POWERCARD_API1: `127.0.0.1:${ports[0]}`,
      POWERCARD_API2: `127.0.0.1:${ports[1]}`,
      POWERCARD_API3: `127.0.0.1:${ports[2]}`,
      ...(options.queueMs === undefined ? {} : { POWERCARD_QUEUE_MS: String(options.queueMs) }),
      ...(options.maxQueue === undefined ? {} : { POWERCARD_MAX_QUEUE: String(options.maxQueue) }),
      ...(options.maxConn === undefined ? {} : { POWERCARD_API_MAXCONN: String(options.maxConn) }),
    });
    balancer = proc;
    // Ready once every instance has answered through it (round robin: a few requests suffice).
    const seen = new Set<string>();
    await waitFor("haproxy", proc, async () => {
      const res = await fetch(`${balancerUrl}/health/ready`);
      const by = res.headers.get("x-served-by");
      if (res.ok && by) seen.add(by);
      return seen.size === INSTANCE_NAMES.length ? true : undefined;
    });

    return {
      url: balancerUrl,
      banner,
      startedInMs: Date.now() - began,
      instances: running.map((r) => ({
        name: r.name,
        url: r.url,
        pid: r.proc.child.pid ?? -1,
        output: r.proc.output,
        alive: () => r.proc.child.exitCode === null && r.proc.child.signalCode === null,
      })),
      async kill(name) {
        const target = running.find((r) => r.name === name);
        if (target) await stopProcess(target.proc, "SIGKILL");
      },
      balancerOutput: proc.output,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
