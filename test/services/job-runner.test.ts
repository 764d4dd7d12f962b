import { backgroundJobs, DEVELOPMENT_WEBHOOK_POLICY, type Job, startJob } from "@powercard/api";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMetrics } from "../../api/src/shared/metrics.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";

/**
 * The runner every background job goes through (api/src/jobs/job-runner.ts): one round at a
 * time, failures logged once while the database is away and retried, stop waits for the round in
 * progress, runs and failures counted per job in /metrics.
 */
interface LogLine {
  level: number;
  msg: string;
  job?: string;
  table?: string;
}

function capturingLogger() {
  const lines: LogLine[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

/** What the driver throws when PostgreSQL refuses the connection. */
const unreachable = () =>
  Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

/** The value of one series in the exposition, undefined when it is absent. */
function series(name: string, job: string): number | undefined {
  const line = renderMetrics()
    .split("\n")
    .find((l) => l.startsWith(`${name}{job="${job}"} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

const job = (name: string, run: Job["run"], extra: Partial<Job> = {}): Job => ({
  name,
  intervalMs: 60_000,
  lock: "anywhere",
  run,
  ...extra,
});

describe("startJob", () => {
  it("logs a database outage once, retries every tick, and says once when it works again", async () => {
    const { logger, lines } = capturingLogger();
    let rounds = 0;
    const running = startJob(
      job("flaky test job", async () => {
        rounds += 1;
        if (rounds <= 4) throw unreachable();
      }),
      { logger, intervalMs: 10 },
    );
    try {
      await expect.poll(() => rounds).toBeGreaterThanOrEqual(6);
    } finally {
      await running.stop();
    }
    const own = lines.filter((l) => l.job === "flaky test job");
    expect(own.filter((l) => l.level === 40)).toHaveLength(1);
    expect(own.filter((l) => l.level >= 50)).toHaveLength(0);
    expect(own.filter((l) => l.msg.includes("reachable again"))).toHaveLength(1);
    expect(series("powercard_job_failures_total", "flaky test job")).toBe(4);
    expect(series("powercard_job_runs_total", "flaky test job")).toBe(rounds);
    expect(series("powercard_job_last_success_timestamp_seconds", "flaky test job")).toBeGreaterThan(0);
  });

  it("logs any other failure as an error every round", async () => {
    const { logger, lines } = capturingLogger();
    let rounds = 0;
    const running = startJob(
      job("broken test job", async () => {
        rounds += 1;
        throw new Error("not a database outage");
      }),
      { logger, intervalMs: 10 },
    );
    try {
      await expect.poll(() => rounds).toBeGreaterThanOrEqual(3);
    } finally {
      await running.stop();
    }
    const errors = lines.filter((l) => l.job === "broken test job" && l.level === 50);
    expect(errors.length).toBe(rounds);
    expect(errors[0]?.msg).toBe("broken test job failed");
    expect(series("powercard_job_failures_total", "broken test job")).toBe(rounds);
    expect(series("powercard_job_last_success_timestamp_seconds", "broken test job")).toBeUndefined();
  });

  it("counts a round with a failed part as failed, and goes on with the other parts", async () => {
    const { logger, lines } = capturingLogger();
    const done: string[] = [];
    const running = startJob(
      job(
        "partial test job",
        async ({ failed }) => {
          failed(new Error("one part broke"), "partial test job: part failed", { table: "a" });
          done.push("b");
        },
        { runAtStart: true },
      ),
      { logger },
    );
    await expect.poll(() => series("powercard_job_runs_total", "partial test job")).toBe(1);
    await running.stop();
    expect(done).toEqual(["b"]);
    expect(lines.filter((l) => l.job === "partial test job").map((l) => [l.msg, l.table])).toEqual([
      ["partial test job: part failed", "a"],
    ]);
    expect(series("powercard_job_failures_total", "partial test job")).toBe(1);
  });

  it("runs one round at a time, and stop waits for the round in progress", async () => {
    const { logger } = capturingLogger();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = 0;
    let aborted: boolean | undefined;
    const running = startJob(
      job("slow test job", async ({ signal }) => {
        started += 1;
        await held;
        aborted = signal.aborted;
      }),
      { logger, intervalMs: 5 },
    );
    await expect.poll(() => started).toBe(1);
    // Many ticks pass while the round is held: none starts another round.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(started).toBe(1);
    let stopped = false;
    const stopping = running.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(aborted).toBe(true);
    expect(series("powercard_job_runs_total", "slow test job")).toBe(1);
    // Stopped: no tick runs it again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toBe(1);
  });

  it("declares a started job's counters at 0 before its first round", async () => {
    const running = startJob(
      job("idle test job", async () => {}),
      { logger: capturingLogger().logger },
    );
    await running.stop();
    expect(series("powercard_job_runs_total", "idle test job")).toBe(0);
    expect(series("powercard_job_failures_total", "idle test job")).toBe(0);
  });
});

describe("the background jobs of the server", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  const list = () =>
    backgroundJobs({ db: t.db, signingKeys: TEST_SIGNING_KEYS, webhookPolicy: DEVELOPMENT_WEBHOOK_POLICY });

  it("are one list of named jobs, each with its interval and how instances keep apart", () => {
    expect(list().map((j) => [j.name, j.lock])).toEqual([
      ["purge", "anywhere"],
      ["audit chain sealing", "advisory-lock"],
      ["webhook delivery", "skip-locked"],
      ["daily figures rollup", "row-lock"],
      ["bill sweep", "skip-locked"],
      ["movement sequencer", "advisory-lock"],
    ]);
    for (const j of list()) expect(j.intervalMs).toBeGreaterThanOrEqual(1_000);
  });

  it("each run a round on a fresh database without failing", async () => {
    const { logger, lines } = capturingLogger();
    for (const j of list()) {
      const failures: string[] = [];
      await j.run({
        now: new Date(),
        signal: new AbortController().signal,
        logger,
        failed: (_err, message) => failures.push(message),
      });
      expect({ job: j.name, failures }).toEqual({ job: j.name, failures: [] });
    }
    expect(lines.filter((l) => l.level >= 40)).toEqual([]);
  });
});
