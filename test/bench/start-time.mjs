// Times a start of the API server: from spawning the process to the first 200 on /health.
// `node test/bench/start-time.mjs [--built|--tsx] [--fresh]`: the built bundle (api/dist/server.js,
// `npm run build -w @powercard/api` first) or the TypeScript source through tsx; on a data folder
// that already holds the demo world (a restart, the default) or on an empty one (a first start).
// Uses PGlite unless DATABASE_URL is set. Prints one line: the milliseconds to ready.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    built: { type: "boolean", default: false },
    tsx: { type: "boolean", default: false },
    fresh: { type: "boolean", default: false },
    "data-dir": { type: "string" },
    port: { type: "string", default: "38090" },
  },
});
const apiDir = new URL("../../api/", import.meta.url).pathname;
const args = values.tsx
  ? ["--import", "tsx", "src/server.ts"]
  : ["--enable-source-maps", "dist/server.js"];
const port = Number(values.port);
const keep = values["data-dir"];
const dataDir = keep ?? mkdtempSync(join(tmpdir(), "powercard-start-time-"));

async function startOnce() {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: apiDir,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/health`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

try {
  // A restart is timed on a folder that a first start has already filled.
  if (!values.fresh && !keep) await startOnce();
  console.log(`${values.tsx ? "tsx" : "built"} ${values.fresh ? "first start" : "restart"}: ready in ${Math.round(await startOnce())} ms`);
} finally {
  if (!keep) rmSync(dataDir, { recursive: true, force: true });
}
