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
  /**
   * CPU time of the thread that started the window, in ms (Linux; NaN elsewhere): started on the
   * main thread, the API alone (the load generator runs in a worker, PostgreSQL elsewhere). Less
   * skewed than throughput when other work shares the cores: it counts work done, not time waited.
   */
  threadMs: number;
}

export function startCpuWindow(): () => CpuWindow {
  const host = readHostCpu();
  const usage = process.cpuUsage();
  const thread = readThreadCpuMs();
  return () => {
    const after = readHostCpu();
    const used = process.cpuUsage(usage);
    const total = after.total - host.total;
    return {
      hostBusy: total > 0 ? (after.busy - host.busy) / total : Number.NaN,
      processMs: (used.user + used.system) / 1000,
      threadMs: readThreadCpuMs() - thread,
    };
  };
}

/** How busy the host is with work that is not ours, sampled while this process is idle. */
export async function idleHostLoad(ms = 1000): Promise<number> {
  const stop = startCpuWindow();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return stop().hostBusy;
}

/** The calling thread's user + system time from /proc/thread-self/stat (clock ticks of 10 ms). */
function readThreadCpuMs(): number {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    // Fields after the command name (which may hold spaces, so split after its closing paren).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU time of this process's finished, waited-for children (a load generator run as a child
 * process, like wrk), in ms, from /proc/self/stat (Linux; NaN elsewhere).
 */
export function readChildrenCpuMs(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
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
