import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import {
  driveRechargesWithAutocannon,
  type LoadGenerator,
  type LoadOptions,
  type LoadResult,
} from "./api-load.ts";
import { driveRechargesWithWrk } from "./wrk-load.ts";

/**
 * The recharge bench's load generator: `BENCH_LOAD=wrk|autocannon`, else wrk when it is on PATH
 * (C, as cheap as pgbench's client, so the ratio API/ceiling measures the API), else autocannon
 * (in a worker thread of this process; it costs about as much CPU as the API it drives).
 */
export function chooseLoadGenerator(): LoadGenerator {
  const asked = process.env.BENCH_LOAD;
  if (asked === "wrk" || asked === "autocannon") return asked;
  if (asked) throw new Error(`BENCH_LOAD must be wrk or autocannon, not ${asked}`);
  return onPath("wrk") ? "wrk" : "autocannon";
}

export function driveRecharges(generator: LoadGenerator, options: LoadOptions): Promise<LoadResult> {
  return generator === "wrk" ? driveRechargesWithWrk(options) : driveRechargesWithAutocannon(options);
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
