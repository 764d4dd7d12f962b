import { log } from "./settlement-log.ts";

/** Timed calls per measurement, after one warm-up. */
export const RUNS = 7;

/** One timed endpoint: its runs in ms, and what went wrong, if anything. */
export interface Result {
  label: string;
  targetMs: number | null;
  runs: number[];
  error?: string;
  problem?: string | null;
  figure?: string;
}

/** One warm-up, then `runs` timed calls (runs = 0: the single call is the figure); the last answer is checked. */
export async function measure(
  label: string,
  targetMs: number | null,
  call: () => Promise<unknown>,
  check: (body: never) => string | null,
  runs = RUNS,
): Promise<Result> {
  const result: Result = { label, targetMs, runs: [] };
  try {
    let started = performance.now();
    let body = await call();
    const warm = performance.now() - started;
    // A very slow endpoint gets fewer runs, so the bench still ends in minutes.
    const n = runs > 1 && targetMs !== null && warm > 5 * targetMs ? 3 : runs;
    for (let i = 0; i < n; i++) {
      started = performance.now();
      body = await call();
      result.runs.push(performance.now() - started);
    }
    if (runs === 0) result.runs.push(warm);
    result.problem = check(body as never);
    const s = stats(result.runs);
    log(
      `${label}: median ${s.median.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (${runs === 0 ? "a single call" : `${result.runs.length} run${result.runs.length === 1 ? "" : "s"} after a warm-up of ${warm.toFixed(0)} ms`})${result.problem ? ` — WRONG ANSWER: ${result.problem}` : ""}`,
    );
  } catch (err) {
    result.error = (err as Error).message;
    log(`${label}: ERROR ${result.error}`);
  }
  return result;
}

/** The median and the slowest of the runs, in ms. */
export const stats = (runs: number[]) => {
  const sorted = [...runs].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
};
