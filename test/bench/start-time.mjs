// `npm run bench:start [-- --runs 5] [-- --fresh] [-- --only built|tsx]`: how long the API takes
// to start, from spawning the process to the first 200 on /health. It times the built server
// (api/dist/server.js, what `npm start` and production run; the npm script builds it first) and
// the TypeScript source through tsx, in turn (built, tsx, built, tsx…), so a drift of the machine's
// speed hits both alike, and prints each run, min/median/max per path and the ratio pair by pair.
// Default: a restart on a data folder a first start has filled (a crash, a deploy); --fresh: a
// first start on an empty folder (initdb, migrations, demo seed, development keys); --data-dir DIR:
// a start on DIR as it is (kept). Embedded PGlite unless DATABASE_URL is set. Plain JavaScript, so
// that timing it from outside (`/usr/bin/time -v node test/bench/start-time.mjs --only built
// --runs 1 --data-dir DIR`) adds no transpiling of its own.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    fresh: { type: "boolean", default: false },
    only: { type: "string" },
    "data-dir": { type: "string" },
  },
});
const apiDir = new URL("../../api/", import.meta.url).pathname;
const PATHS = {
  built: ["--enable-source-maps", "dist/server.js"],
  tsx: ["--import", "tsx", "src/server.ts"],
};
const paths = values.only ? [values.only] : Object.keys(PATHS);
if (!paths.every((p) => p in PATHS)) throw new Error("--only takes built or tsx");
const runs = Number(values.runs);

/** A free loopback port, so the poll can start before the server says where it listens. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** One start: milliseconds from spawn to the first 200 on /health; the server is then stopped. */
async function timeStart(path, dataDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, PATHS[path], {
    cwd: apiDir,
    env: { ...process.env, DATA_DIR: dataDir, HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${path}: the server exited with ${child.exitCode}`);
      const ready = await fetch(`http://127.0.0.1:${port}/health`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ready) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

/**
 * A restart is timed on a folder that a first start (not timed) has already filled; with
 * --data-dir, a start on that folder as it is, which is kept.
 */
async function timeOne(path) {
  if (values["data-dir"]) return timeStart(path, values["data-dir"]);
  const dataDir = mkdtempSync(join(tmpdir(), "powercard-start-time-"));
  try {
    if (!values.fresh) await timeStart(path, dataDir);
    return await timeStart(path, dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return `min ${Math.round(s[0])}  median ${Math.round(median)}  max ${Math.round(s.at(-1))}`;
};

const kind = values.fresh ? "first start" : "restart";
const database = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";
console.log(`time to the first 200 on /health, ${kind} on ${database}, ${runs} run(s) per path (ms)`);
const times = Object.fromEntries(paths.map((p) => [p, []]));
for (let i = 0; i < runs; i++) {
  for (const path of paths) times[path].push(await timeOne(path));
  console.log(`  run ${i + 1}: ${paths.map((p) => `${p} ${Math.round(times[p][i])}`).join("  ")}`);
}
for (const path of paths) console.log(`${path.padEnd(6)} ${stats(times[path])}`);
if (paths.length === 2)
  console.log(`built/tsx ${stats(times.built.map((b, i) => (100 * b) / times.tsx[i]))} %`);
