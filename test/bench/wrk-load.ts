import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadOptions, LoadResult } from "./api-load.ts";
import { readChildrenCpuMs } from "./host-cpu.ts";

const SCRIPT = fileURLToPath(new URL("./next-recharge.lua", import.meta.url));
/** Like pgbench's 2 threads: one per core. Each thread gets its own slice of the cards. */
const THREADS = 2;
/** autocannon's default, so a slow response counts as late, not lost, with either generator. */
const TIMEOUT = "10s";

/** What next-recharge.lua's `done` prints, on the line starting with `BENCH_WRK `. */
interface WrkSummary {
  statuses: Record<string, number>;
  sent: number;
  cards: number;
  durationUs: number;
  p50Us: number;
  p99Us: number;
  socketErrors: number;
  timeouts: number;
}

/**
 * The same run as api-load.ts's autocannon, driven by wrk (C, a child process, so it shares
 * neither the API's event loop nor its process): the cards go through a file that
 * next-recharge.lua reads, the API key and key prefix through the environment.
 */
export async function driveRechargesWithWrk(options: LoadOptions): Promise<LoadResult> {
  const dir = await mkdtemp(join(tmpdir(), "pc-bench-wrk-"));
  try {
    const cards = join(dir, "cards.txt");
    // Bodies are JSON.stringify output: no newlines inside, so one per line.
    await writeFile(cards, `${options.cards.map((c) => c.body).join("\n")}\n`);
    const before = readChildrenCpuMs();
    const output = await run(
      [
        `--threads=${THREADS}`,
        `--connections=${options.connections}`,
        `--duration=${options.seconds}s`,
        `--timeout=${TIMEOUT}`,
        `--script=${SCRIPT}`,
        options.url,
      ],
      {
        BENCH_WRK_CARDS: cards,
        BENCH_WRK_THREADS: String(THREADS),
        BENCH_WRK_API_KEY: options.apiKey,
        BENCH_WRK_KEY_PREFIX: `bench-${options.name}-${process.pid}`,
      },
    );
    return toLoadResult(parseSummary(output), readChildrenCpuMs() - before);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function toLoadResult(summary: WrkSummary, generatorCpuMs: number): LoadResult {
  let succeeded = 0;
  let non2xx = 0;
  for (const [code, count] of Object.entries(summary.statuses)) {
    if (code.startsWith("2")) succeeded += count;
    else non2xx += count;
  }
  return {
    generator: "wrk",
    succeeded,
    rate: succeeded / (summary.durationUs / 1e6),
    p50: summary.p50Us / 1000,
    p99: summary.p99Us / 1000,
    errors: non2xx + summary.socketErrors + summary.timeouts,
    statusCodes: summary.statuses,
    ranOutOfCards: summary.sent > summary.cards,
    generatorCpuMs,
  };
}

function parseSummary(output: string): WrkSummary {
  const line = output.split("\n").find((l) => l.startsWith("BENCH_WRK "));
  if (!line) throw new Error(`wrk printed no summary:\n${output}`);
  return JSON.parse(line.slice("BENCH_WRK ".length)) as WrkSummary;
}

/** Runs wrk without blocking the event loop (the API under test shares it). */
function run(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`wrk exited with ${code}:\n${output}`)),
    );
  });
}
