import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";

/**
 * A V8 CPU profile of this process's main thread (the API; autocannon runs in a worker and is
 * not in it) over one window: `BENCH_CPU_PROFILE=/tmp/recharge.cpuprofile npm run bench:recharge`
 * profiles the measured load run. The profiler costs throughput itself, so figures of a profiled
 * run are not comparable with an unprofiled one. Read the file with `bench/profile-areas.ts`, or
 * open it in Chrome DevTools.
 */
export async function startCpuProfile(file: string | undefined): Promise<() => Promise<void>> {
  if (!file) return async () => {};
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  // 250 µs between samples: enough samples in 10 s for a breakdown, little overhead.
  await session.post("Profiler.setSamplingInterval", { interval: 250 });
  await session.post("Profiler.start");
  return async () => {
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    await writeFile(file, JSON.stringify(profile));
    console.log(`[bench] CPU profile of the load run written to ${file}`);
  };
}
