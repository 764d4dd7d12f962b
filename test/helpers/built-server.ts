import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

/**
 * The server as `npm start` and production run it: the compiled bundle in api/dist on the
 * embedded database in a data folder, its banner parsed for the demo data it prints.
 */
export const REPO_ROOT = new URL("../../", import.meta.url).pathname;
const API_DIR = join(REPO_ROOT, "api");
const run = promisify(execFile);
/** Catches a start that hangs; a slow, busy machine may take a minute or more (see README). */
export const START_TIMEOUT_MS = 180_000;
/** Catches a build that hangs. */
export const BUILD_TIMEOUT_MS = 300_000;

export interface Started {
  child: ChildProcess;
  url: string;
  banner: string;
}

/** Names the test run, for buildApi (set once by helpers/global-setup.ts, inherited by workers). */
export const TEST_RUN_VARIABLE = "POWERCARD_TEST_RUN";
const BUILT_MARKER = join(API_DIR, "dist", ".built-for-test-run");
const BUILD_LOCK = join(
  tmpdir(),
  `powercard-api-build-${createHash("sha256").update(API_DIR).digest("hex").slice(0, 12)}`,
);

const builtForRun = () => {
  try {
    return readFileSync(BUILT_MARKER, "utf8");
  } catch {
    return null;
  }
};

/**
 * Builds api/dist, the bundle the other functions start, once per test run: the build empties
 * dist/ first, so a second file's build would pull it from under the first file's server. A
 * lock folder lets one file build while the others wait; one left by a killed run is taken over.
 */
export async function buildApi(): Promise<void> {
  const runId = process.env[TEST_RUN_VARIABLE] ?? `pid-${process.pid}`;
  while (builtForRun() !== runId) {
    try {
      mkdirSync(BUILD_LOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const age = Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > BUILD_TIMEOUT_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      if (builtForRun() === runId) return;
      await run("npm", ["run", "-s", "build", "-w", "@powercard/api"], { cwd: REPO_ROOT });
      writeFileSync(BUILT_MARKER, runId);
    } finally {
      rmSync(BUILD_LOCK, { recursive: true, force: true });
    }
  }
}

/** The environment of a start: DATABASE_URL is removed on purpose, this is the embedded path. */
export function embeddedEnv(dataDir: string): NodeJS.ProcessEnv {
  const { DATABASE_URL: _, ...env } = process.env;
  return { ...env, DATA_DIR: dataDir, LOG_LEVEL: "warn", NODE_ENV: "development" };
}

/** Starts dist/server.js on a free port; resolves once the banner with the demo data is out. */
export function startBuiltServer(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ["--enable-source-maps", "dist/server.js"], {
    cwd: API_DIR,
    env: { ...embeddedEnv(dataDir), PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), START_TIMEOUT_MS);
    child.stderr?.on("data", (d) => {
      out += d;
    });
    child.stdout?.on("data", (d) => {
      out += d;
      const url = /Powercard API\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (url && out.includes("Try it:") && out.includes("-d '")) {
        clearTimeout(timer);
        resolve({ child, url, banner: out });
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

/** Stops a started server; resolves with its exit code. */
export function stopServer(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

/** The demo cards, customer and counter API key the banner offers; the first card spelled out. */
export function demoFromBanner(banner: string) {
  const cards = [...banner.matchAll(/card\s+([\d ]{19})\s+PIN (\d{16})/g)].map((m) => ({
    cardNo: (m[1] ?? "").replaceAll(" ", ""),
    pin: m[2] ?? "",
  }));
  const customer = /customers\s+(\d{10})/.exec(banner);
  const apiKey = /api key\s+counter\s+(\S+)/.exec(banner);
  if (!cards[0] || !customer?.[1] || !apiKey?.[1]) throw new Error(`banner lacks demo data:\n${banner}`);
  return { ...cards[0], cards, customerNo: customer[1], apiKey: apiKey[1] };
}

/** The demo bank's access token, the way the README says: `TOKEN=$(npm run -s demo:token)`. */
export async function demoBankToken(url: string, dataDir: string): Promise<string> {
  const { stdout } = await run("npm", ["run", "-s", "demo:token", "--", "--url", url], {
    cwd: REPO_ROOT,
    env: embeddedEnv(dataDir),
  });
  return stdout.trim();
}
