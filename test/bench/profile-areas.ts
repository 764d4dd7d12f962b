/**
 * What the API's CPU went to, from a profile written by `BENCH_CPU_PROFILE` (cpu-profile.ts):
 * self time grouped by area (routing, validation, logging, postgres.js, each middleware of ours…)
 * and the top functions. Run: `npx tsx bench/profile-areas.ts /tmp/recharge.cpuprofile [recharges]`
 * — with the number of recharges of the run, each area is also shown in µs per recharge.
 */
import { readFileSync } from "node:fs";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** First match wins: a file's area from its URL. */
const AREAS: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/\/node_modules\/postgres\//, "postgres.js"],
  [
    /\/node_modules\/(pino|pino-std-serializers|sonic-boom|thread-stream|fast-redact|quick-format-unescaped)\//,
    "logging (pino)",
  ],
  [/\/node_modules\/zod\//, "validation (zod)"],
  [/\/node_modules\/@hono\/zod-(openapi|validator)\//, "validation (zod-openapi glue)"],
  [/\/node_modules\/@hono\/node-server\//, "node-server adapter"],
  [/\/node_modules\/hono\/dist\/(cjs\/)?router/, "routing (hono router)"],
  [/\/node_modules\/hono\/dist\/(cjs\/)?middleware\/([^/]+)/, (m) => `hono middleware: ${m[2]}`],
  [/\/node_modules\/hono\/dist\/(cjs\/)?validator/, "validation (hono validator)"],
  [/\/node_modules\/hono\//, "hono core (compose, context, request)"],
  [/\/node_modules\/drizzle-orm\//, "drizzle"],
  [/\/node_modules\/(tsx|esbuild|get-tsconfig)\//, "tsx loader"],
  [/\/api\/src\/http\/(auth\/)?([^/]+)\.ts/, (m) => `http: ${m[2]}`],
  [/\/api\/src\/services\/limits\//, "limits (lease pool, client requests)"],
  [/\/api\/src\/services\/channels\//, "auth: client authenticator"],
  [/\/api\/src\/services\/idempotency\//, "idempotency fingerprint"],
  [/\/api\/src\/services\/recharge\//, "recharge service"],
  [/\/api\/src\/shared\/([^/]+)\.ts/, (m) => `shared: ${m[1]}`],
  [/\/api\/src\/routes\//, "route handlers"],
  [/\/db\/src\/([^/]+)\.ts/, (m) => `db: ${m[1]}`],
  [/^node:internal\/crypto/, "crypto"],
  [/^node:(_http_\w+|http|internal\/http)/, "node http"],
  [/^node:(net|internal\/(stream_base_commons|net|tcp))/, "node net"],
  [/^node:(internal\/)?(streams?|buffer|events)/, "node streams/buffers/events"],
  [/^node:internal\/(timers|process\/task_queues|async_hooks)/, "node timers/microtasks"],
  [/^node:/, "node other"],
];

const SPECIAL = new Map([
  ["(garbage collector)", "GC"],
  ["(idle)", "idle"],
  ["(program)", "V8/native (program)"],
  ["(root)", "root"],
]);

function areaOfFrame(frame: CallFrame): string | null {
  const special = SPECIAL.get(frame.functionName);
  if (special) return special;
  if (!frame.url) return null;
  for (const [pattern, name] of AREAS) {
    const m = pattern.exec(frame.url);
    if (m) return typeof name === "string" ? name : name(m);
  }
  return `other: ${frame.url.replace(/^.*\/node_modules\//, "")}`;
}

function main() {
  const [file, recharges] = process.argv.slice(2);
  if (!file) throw new Error("usage: profile-areas.ts <file.cpuprofile> [recharges]");
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // Built-ins without a URL (JSON.parse, RegExp, a native crypto digest) count for their caller's area.
  const areaCache = new Map<number, string>();
  const areaOf = (id: number): string => {
    const cached = areaCache.get(id);
    if (cached) return cached;
    const node = byId.get(id);
    const own = node ? areaOfFrame(node.callFrame) : "root";
    const parentId = parent.get(id);
    const area = own ?? (parentId === undefined ? "native" : areaOf(parentId));
    areaCache.set(id, area);
    return area;
  };

  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const area = areaOf(id);
    areas.set(area, (areas.get(area) ?? 0) + us);
    if (area === "idle") continue;
    busy += us;
    const frame = byId.get(id)?.callFrame;
    const where = frame?.url
      ? `${frame.url.replace(/^.*\/(node_modules|src)\//, "")}:${frame.lineNumber + 1}`
      : "";
    const name = `${frame?.functionName || "(anonymous)"} ${where} [${area}]`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }

  const n = recharges ? Number(recharges) : 0;
  const row = (label: string, us: number) =>
    `${label.padEnd(48)} ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / busy).toFixed(1).padStart(5)}%` +
    (n > 0 ? ` ${(us / n).toFixed(1).padStart(7)} µs/recharge` : "");
  console.log(`busy (not idle): ${(busy / 1000).toFixed(0)} ms`);
  console.log("\n--- self time by area ---");
  for (const [area, us] of [...areas].sort((a, b) => b[1] - a[1]))
    if (area !== "idle") console.log(row(area, us));
  console.log(`${"idle".padEnd(48)} ${((areas.get("idle") ?? 0) / 1000).toFixed(0).padStart(7)} ms`);
  console.log("\n--- top functions by self time ---");
  for (const [name, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(row(name, us));
}

main();
