/**
 * Node CPU per recharge of two checkouts, measured in the same run: `npm run bench:recharge-ab --
 * <other checkout>` (default: this checkout against itself, to see the noise). Both APIs serve
 * one fresh database as child processes; wrk drives them in turns of a few seconds, the order
 * flipped every round, so the drift of a shared machine falls on both alike. Each turn's CPU
 * time of the serving process (from /proc) over its 201s is one sample; the figure to read is
 * the median of B/A per round. The other checkout needs its own node_modules. To compare Node
 * flags instead of code, give one side its own: BENCH_AB_NODE_FLAGS_A / _B (e.g.
 * "--max-semi-space-size=32").
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, migrate } from "@powercard/db";
import postgres from "postgres";
import { loadWorld } from "./bench-world.ts";
import { chooseLoadGenerator, driveRecharges } from "./load-generator.ts";

const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS || 6);
const TURN_SECONDS = Number(process.env.BENCH_AB_SECONDS || 4);
const CONNECTIONS = 64;
/** Enough for every turn at up to ~4,000 recharges/s; each card is recharged once. */
const CARDS_PER_TURN = 4_000 * TURN_SECONDS;
const HERE = fileURLToPath(new URL(".", import.meta.url));
const THIS_CHECKOUT = resolve(HERE, "../..");

interface Side {
  name: "A" | "B";
  root: string;
  child: ChildProcess;
  url: string;
}

async function main(): Promise<void> {
  const other = resolve(process.argv[2] ?? THIS_CHECKOUT);
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const name = `pc_bench_${randomBytes(6).toString("hex")}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const sides: Side[] = [];
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    const setup = await createDb({ url: url.toString(), maxConnections: 2 });
    await migrate(setup);
    await setup.close();
    const sql = postgres(url.toString(), { max: 3, onnotice: () => {} });
    const turns = 2 * (ROUNDS + 1);
    const world = await loadWorld(sql, {
      customers: 10_000,
      apiCards: turns * CARDS_PER_TURN,
      pgbenchCards: 1,
    });
    sides.push(await startSide("A", THIS_CHECKOUT, url.toString()));
    sides.push(await startSide("B", other, url.toString()));
    const flags = (side: string) => process.env[`BENCH_AB_NODE_FLAGS_${side}`] ?? "";
    console.log(`A = ${THIS_CHECKOUT} ${flags("A")}\nB = ${other} ${flags("B")}`);
    console.log(`${ROUNDS} rounds of ${TURN_SECONDS} s per side`);

    const generator = chooseLoadGenerator();
    let turn = 0;
    const drive = async (side: Side, label: string) => {
      const cards = world.apiCards.slice(turn * CARDS_PER_TURN, (turn + 1) * CARDS_PER_TURN);
      turn++;
      const before = processCpuMs(side.child);
      const load = await driveRecharges(generator, {
        url: side.url,
        apiKey: world.apiKey,
        connections: CONNECTIONS,
        seconds: TURN_SECONDS,
        cards,
        name: `${label}-${turn}`,
      });
      if (load.errors > 0)
        throw new Error(`${side.name}: ${load.errors} errors ${JSON.stringify(load.statusCodes)}`);
      return { rate: load.rate, cpuPerRecharge: (processCpuMs(side.child) - before) / load.succeeded };
    };
    // One warm-up turn each (JIT, pools, plans), not counted.
    for (const side of sides) await drive(side, "warmup");
    // As in bench:recharge: plans cached while the ledger was empty are replanned on fresh statistics.
    await sql`ANALYZE`;

    const rows: { a: number; b: number; rateA: number; rateB: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      const got = new Map<Side["name"], { rate: number; cpuPerRecharge: number }>();
      for (const side of order) got.set(side.name, await drive(side, side.name));
      const [a, b] = [got.get("A"), got.get("B")];
      if (!a || !b) throw new Error("a round must drive both sides");
      rows.push({ a: a.cpuPerRecharge, b: b.cpuPerRecharge, rateA: a.rate, rateB: b.rate });
      console.log(
        `round ${round + 1} (${order.map((s) => s.name).join(" then ")}): A ${a.cpuPerRecharge.toFixed(3)} ms ` +
          `(${a.rate.toFixed(0)}/s), B ${b.cpuPerRecharge.toFixed(3)} ms (${b.rate.toFixed(0)}/s), ` +
          `B/A ${(b.cpuPerRecharge / a.cpuPerRecharge).toFixed(3)}`,
      );
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;
    console.log("\n=== Node CPU per recharge, A against B ===");
    console.log(`A median                 ${median(rows.map((r) => r.a)).toFixed(3)} ms`);
    console.log(`B median                 ${median(rows.map((r) => r.b)).toFixed(3)} ms`);
    console.log(`B/A per round, median    ${median(rows.map((r) => r.b / r.a)).toFixed(3)}`);
    console.log(`B/A recharges/s, median  ${median(rows.map((r) => r.rateB / r.rateA)).toFixed(3)}`);
    await sql.end();
  } finally {
    for (const side of sides) side.child.kill("SIGKILL");
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

function startSide(name: Side["name"], root: string, url: string): Promise<Side> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env[`BENCH_AB_NODE_FLAGS_${name}`] ?? "").split(" ").filter(Boolean),
      "--import",
      "tsx",
      resolve(HERE, "ab-server.ts"),
      root,
      url,
      process.env.BENCH_POOL_SIZE || "10",
    ],
    { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((done, fail) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\S+)/.exec(output);
      if (match?.[1]) done({ name, root, child, url: match[1] });
    });
    child.on("exit", (code) => fail(new Error(`side ${name} (${root}) exited with ${code}`)));
  });
}

/** A child's user + system time (all its threads) from /proc/<pid>/stat, in ms (ticks of 10 ms). */
function processCpuMs(child: ChildProcess): number {
  const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

main().then(
  () => {},
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
