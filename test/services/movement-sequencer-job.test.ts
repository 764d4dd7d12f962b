import { movementSequencerJob, startJob } from "@powercard/api";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMetrics } from "../../api/src/shared/metrics.ts";
import { buildApp } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { rechargeNewCard } from "../helpers/funds.ts";
import { readFeed } from "../helpers/movements.ts";

/** The movement sequencer as the server runs it: through the job runner, on its own clock. */
let t: TestDatabase;
let f: Fixtures;
beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
});
afterAll(() => t.close());

describe("the movement sequencer job", () => {
  it("gives booked movements their positions in the background, one round at a time", async () => {
    const app = buildApp(t.db);
    const counterKey = (await f.client("counter")).apiKey;
    const marketing = (await f.client("web", { operations: ["movements:read"] })).apiKey;
    const { customerNo } = await f.customer();
    const first = await rechargeNewCard(app, f, counterKey, customerNo, 10_000);
    const running = startJob(movementSequencerJob({ db: t.db }), {
      logger: pino({ level: "silent" }),
      intervalMs: 20,
    });
    try {
      await expect
        .poll(async () => (await readFeed(app, marketing)).movements.length, { timeout: 30_000 })
        .toBe(1);
      const second = await rechargeNewCard(app, f, counterKey, customerNo, 5_000);
      await expect
        .poll(async () => (await readFeed(app, marketing)).movements.length, { timeout: 30_000 })
        .toBe(2);
      const { movements } = await readFeed(app, marketing);
      expect(movements.map((m) => [m.position, m.reference, m.balanceAfterFen])).toEqual([
        [1, first.id, 10_000],
        [2, second.id, 15_000],
      ]);
    } finally {
      await running.stop();
    }
    expect(renderMetrics()).toMatch(/powercard_job_runs_total\{job="movement sequencer"\} [1-9]/);
    expect(renderMetrics()).toMatch(/powercard_job_failures_total\{job="movement sequencer"\} 0/);
  });
});
