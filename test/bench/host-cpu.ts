import { readFileSync } from "node:fs";

/**
 * CPU accounting around a run. On a small shared machine the figures mean little without it:
 * the API, its load generator and PostgreSQL share the same cores, and other work may too.
 */
export interface CpuWindow {
  /** Share of all cores busy during the window (Linux /proc/stat), 0–1; NaN elsewhere. */
  hostBusy: number;
  /** CPU time this Node process used (API and load generator), in ms. */
  processMs: number;
}

export function startCpuWindow(): () => CpuWindow {
  const host = readHostCpu();
  const usage = process.cpuUsage();
  return () => {
    const after = readHostCpu();
    const used = process.cpuUsage(usage);
    const total = after.total - host.total;
    return {
      hostBusy: total > 0 ? (after.busy - host.busy) / total : Number.NaN,
      processMs: (used.user + used.system) / 1000,
    };
  };
}

/** How busy the host is with work that is not ours, sampled while this process is idle. */
export async function idleHostLoad(ms = 1000): Promise<number> {
  const stop = startCpuWindow();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return stop().hostBusy;
}

function readHostCpu(): { busy: number; total: number } {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const total = ticks.reduce((sum, t) => sum + t, 0);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0); // idle + iowait
    return { busy: total - idle, total };
  } catch {
    return { busy: 0, total: 0 };
  }
}
