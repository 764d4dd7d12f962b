import {
  billSweepJob,
  DEVELOPMENT_WEBHOOK_POLICY,
  figureRollupJob,
  loadEnv,
  startJob,
  webhookDeliveryJob,
} from "@powercard/api";
import { createDb, type Db, migrate, type PostgresTimeouts } from "@powercard/db";
import pino from "pino";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Answer, apiClient, postRecharge } from "../helpers/api-client.ts";
import { buildApp, requestInit, startServer } from "../helpers/app.ts";
import { Fixtures, TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";
import { createOwnPostgres, type OwnPostgres, ownPostgresAvailable } from "../helpers/own-postgres.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * PostgreSQL goes away under a running API and comes back: a cluster of the test's own (initdb,
 * its own port), stopped with `pg_ctl stop -m immediate` (a crash) while a recharge is in flight,
 * then started again. The API is the real app over real HTTP, with the server's default timeouts
 * and its background jobs running. Figures are printed; the bounds asserted only catch a hang.
 */
const { skip, reason } = ownPostgresAvailable();
if (skip) console.warn(`[e2e/postgres-away] ${reason}`);

const HANG = 10_000; // far above the ~2 s aimed at: a failure here is a hang, not slowness
const defaults = loadEnv({});
const serverTimeouts: PostgresTimeouts = {
  connectMs: defaults.DB_CONNECT_TIMEOUT_MS,
  statementMs: defaults.DB_STATEMENT_TIMEOUT_MS,
  idleInTransactionMs: defaults.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
};

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  status?: number;
  job?: string;
}

const figure = (what: string, ms: number) => console.log(`[postgres-away] ${what}: ${Math.round(ms)} ms`);

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

describe.skipIf(skip)("PostgreSQL away and back (a cluster of the test's own)", () => {
  let pg: OwnPostgres;
  let db: Db;
  let f: Fixtures;
  let apiKey: string;
  let server: { url: string; close(): Promise<void> };
  let admin: postgres.Sql;
  const logs: LogLine[] = [];
  const stops: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    pg = await createOwnPostgres();
    db = await createDb({ url: pg.url, maxConnections: 10, timeouts: serverTimeouts });
    await migrate(db);
    f = await Fixtures.create(db);
    apiKey = (await f.client("counter")).apiKey;
    const logger = pino({ level: "info" }, { write: (line: string) => logs.push(JSON.parse(line)) });
    server = await startServer(buildApp(db, { logger }));
    // The background jobs, on short timers so that they run many rounds during the outage.
    for (const job of [
      webhookDeliveryJob({ db, signingKeys: TEST_SIGNING_KEYS, policy: DEVELOPMENT_WEBHOOK_POLICY }),
      figureRollupJob({ db }),
      billSweepJob({ db }),
    ]) {
      const worker = startJob(job, { logger, intervalMs: 200 });
      stops.push(() => worker.stop());
    }
    admin = postgres(pg.url, { max: 2, onnotice: () => {} });
  }, 120_000);

  afterAll(async () => {
    for (const stop of stops) await stop();
    await server?.close();
    await admin?.end({ timeout: 1 });
    await db?.close();
    await pg?.destroy();
  });

  const counter = () => apiClient(server.url, { apiKey });
  const get = (path: string) => fetch(`${server.url}${path}`, requestInit("GET", { apiKey }));

  /** Holds the card's row lock in a transaction of its own until `release` is called. */
  async function lockCard(sql: postgres.Sql, cardNo: string) {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const transaction = sql
      .begin(async (tx) => {
        await tx`SELECT 1 FROM cards WHERE card_no = ${cardNo} FOR UPDATE`;
        locked();
        await held;
      })
      .catch(() => {}); // the server's crash ends it
    await isLocked;
    return { release, transaction };
  }

  async function waitForLockWaiter(sql: postgres.Sql) {
    for (let i = 0; i < 200; i++) {
      const [row] = await sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`;
      if ((row?.n ?? 0) > 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("the recharge never waited on the card lock");
  }

  async function expectUnavailable(res: Answer) {
    await expectProblem(res, 503, "service_unavailable");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  }

  it("answers 503 service_unavailable with Retry-After at once while stopped, and recovers by itself", async () => {
    const customer = await f.customer();
    const warmCard = await f.card({ faceValueFen: 1_000 });
    const warm = await postRecharge(
      counter(),
      { cardNo: warmCard.cardNo, pin: warmCard.pin, customerNo: customer.customerNo },
      "warm-1",
    );
    expect(warm.status).toBe(201);
    expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);

    // A recharge in flight when the server dies: it waits on the card's row lock.
    const inFlightCard = await f.card({ faceValueFen: 5_000 });
    const inFlightBody = {
      cardNo: inFlightCard.cardNo,
      pin: inFlightCard.pin,
      customerNo: customer.customerNo,
    };
    const blocker = postgres(pg.url, { max: 1, onnotice: () => {} });
    await lockCard(blocker, inFlightCard.cardNo);
    const inFlight = postRecharge(counter(), inFlightBody, "in-flight-1");
    await waitForLockWaiter(admin);

    const logsBefore = logs.length;
    await pg.stop();
    const stoppedAt = performance.now();
    const first = await inFlight;
    figure("in-flight recharge answered after the stop", performance.now() - stoppedAt);
    await expectUnavailable(first);

    const read = await timed(() => get(`/v1/accounts/${customer.customerNo}`));
    figure("account read while stopped", read.ms);
    await expectUnavailable(read.value);
    expect(read.ms).toBeLessThan(HANG);

    const newCard = await f.card({ faceValueFen: 2_000 }).catch(() => null);
    expect(newCard).toBeNull(); // the test's own writes fail too: the server really is down
    const during = await timed(() => postRecharge(counter(), inFlightBody, "during-1"));
    figure("recharge while stopped", during.ms);
    await expectUnavailable(during.value);
    expect(during.ms).toBeLessThan(HANG);

    const ready = await timed(() => fetch(`${server.url}/health/ready`));
    figure("readiness while stopped", ready.ms);
    await expectUnavailable(ready.value);
    expect((await fetch(`${server.url}/health`)).status).toBe(503);
    const live = await fetch(`${server.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });

    // A burst: none waits on the dead server.
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => timed(() => postRecharge(counter(), inFlightBody, `burst-${i}`))),
    );
    for (const { value } of burst) await expectUnavailable(value);
    const slowest = Math.max(...burst.map((b) => b.ms));
    figure("slowest of 30 simultaneous recharges while stopped", slowest);
    expect(slowest).toBeLessThan(HANG);

    // The jobs keep failing quietly for a while; nothing crashes, the probe keeps retrying.
    await new Promise((r) => setTimeout(r, 3_000));
    await expectUnavailable(await get(`/v1/accounts/${customer.customerNo}`));

    const restartCalled = performance.now();
    await pg.start();
    const restarted = performance.now();
    let recovered: Answer | null = null;
    while (performance.now() - restarted < 30_000) {
      const res = await postRecharge(counter(), inFlightBody, "in-flight-1");
      if (res.status !== 503) {
        recovered = res;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    figure("recovery: first recharge accepted after pg_ctl start returned", performance.now() - restarted);
    figure("recovery: from pg_ctl start called", performance.now() - restartCalled);
    // The in-flight recharge was rolled back by the crash: its key is free and its retry is the first.
    expect(recovered?.status).toBe(201);
    expect(recovered?.headers.get("idempotent-replayed")).toBeNull();
    const [stuck] = await admin`SELECT count(*)::int AS n FROM idempotency_keys WHERE state = 'in_progress'`;
    expect(stuck?.n).toBe(0);
    const [account] =
      await admin`SELECT balance_fen::int AS balance FROM accounts WHERE customer_no = ${customer.customerNo}`;
    expect(account?.balance).toBe(1_000 + 5_000);
    expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
    await blocker.end({ timeout: 1 });

    // Logged as warnings with the requestId, never as unhandled errors; the jobs once each.
    const outage = logs.slice(logsBefore);
    expect(outage.filter((l) => l.msg === "unhandled error")).toEqual([]);
    expect(outage.filter((l) => l.level >= 50)).toEqual([]);
    const refused = outage.filter((l) => l.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(34);
    for (const line of refused) expect(line).toMatchObject({ level: 40, requestId: expect.any(String) });
    for (const job of ["webhook delivery", "daily figures rollup", "bill sweep"])
      expect(outage.filter((l) => l.job === job && l.level === 40).length).toBeLessThanOrEqual(1);
    console.log(
      `[postgres-away] log lines during the outage: ${outage.length} (${refused.length} refused requests)`,
    );
  }, 120_000);

  it("a recharge held past the statement timeout is rolled back: 503, its key stays free, the retry succeeds", async () => {
    const slowDb = await createDb({
      url: pg.url,
      maxConnections: 2,
      timeouts: { ...serverTimeouts, statementMs: 1_000 },
    });
    const slowServer = await startServer(buildApp(slowDb));
    const blocker = postgres(pg.url, { max: 1, onnotice: () => {} });
    try {
      const customer = await f.customer();
      const card = await f.card({ faceValueFen: 3_000 });
      const send = () =>
        postRecharge(
          apiClient(slowServer.url, { apiKey }),
          { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
          "slow-1",
        );
      const lock = await lockCard(blocker, card.cardNo);
      const held = await timed(send);
      figure("recharge held on a lock, answered after the 1 s statement timeout", held.ms);
      await expectUnavailable(held.value);
      expect(held.ms).toBeLessThan(HANG);
      const [row] = await admin`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'slow-1'`;
      expect(row?.n).toBe(0);
      lock.release();
      await lock.transaction;
      const retried = await send();
      expect(retried.status).toBe(201);
      expect(retried.data?.balanceFen).toBe(3_000);
    } finally {
      await blocker.end({ timeout: 1 });
      await slowServer.close();
      await slowDb.close();
    }
  }, 60_000);
});
