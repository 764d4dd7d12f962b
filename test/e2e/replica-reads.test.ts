import {
  DATA_AS_OF_HEADER,
  DATA_SOURCE_HEADER,
  loadEnv,
  REPLICA_CONNECT_TIMEOUT_MS,
  REPLICA_LAG_CACHE_MS,
} from "@powercard/api";
import { createDb, type Db, migrate, type PostgresTimeouts } from "@powercard/db";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, apiClient, newIdempotencyKey, postRecharge } from "../helpers/api-client.ts";
import { buildApp, startServer } from "../helpers/app.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import {
  createOwnPostgres,
  createOwnReplica,
  type OwnPostgres,
  ownReplicaAvailable,
} from "../helpers/own-postgres.ts";

/**
 * Reads that may be stale on a REAL streaming replica: a primary cluster of the test's own
 * (wal_level=replica) and a hot standby made from it by `pg_basebackup -R`, each on its own port.
 * The app is the real one over real HTTP with both URLs. Reports and history lists are served by
 * the replica while it keeps up, and say how fresh they are; money is decided on the primary even
 * while the replica is behind; a replica that lags past the bound or is down is not read, and once
 * it catches up (or is back) it is read again. Bounds only catch hangs.
 */
const { skip, reason } = ownReplicaAvailable();
if (skip) console.warn(`[e2e/replica-reads] ${reason}`);

/** Small, so that "lagging past the bound" takes a second or two, not the default 10 s. */
const MAX_LAG_MS = 1_000;
const HANG = 30_000;
const defaults = loadEnv({});
const serverTimeouts: PostgresTimeouts = {
  connectMs: defaults.DB_CONNECT_TIMEOUT_MS,
  statementMs: defaults.DB_STATEMENT_TIMEOUT_MS,
  idleInTransactionMs: defaults.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
};

const figure = (what: string, ms: number) => console.log(`[replica-reads] ${what}: ${Math.round(ms)} ms`);

/** Polls `check` until it returns a value (not undefined); fails with `what` after HANG. */
async function eventually<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + HANG;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(skip)("stale reads on a streaming replica (clusters of the test's own)", () => {
  let primary: OwnPostgres;
  let replica: OwnPostgres;
  let db: Db;
  let replicaDb: Db;
  let onReplica: postgres.Sql;
  let server: { url: string; close(): Promise<void> };
  let counter: ApiClient;
  let fundAdmin: ApiClient;
  let f: Fixtures;
  let customerNo: string;

  beforeAll(async () => {
    primary = await createOwnPostgres({ replication: true });
    db = await createDb({ url: primary.url, maxConnections: 10, timeouts: serverTimeouts });
    await migrate(db);
    f = await Fixtures.create(db);
    replica = await createOwnReplica(primary);
    // As server.ts opens it: small, read-only, a short connect timeout.
    replicaDb = await createDb({
      url: replica.url,
      maxConnections: 4,
      readOnly: true,
      timeouts: { connectMs: REPLICA_CONNECT_TIMEOUT_MS, statementMs: serverTimeouts.statementMs },
    });
    onReplica = postgres(replica.url, { max: 1, onnotice: () => {} });
    server = await startServer(buildApp(db, { replica: { db: replicaDb, maxLagMs: MAX_LAG_MS } }));
    counter = apiClient(server.url, { apiKey: (await f.client("counter")).apiKey });
    fundAdmin = apiClient(server.url, { token: (await f.staff(["fund_admin"])).token });
    ({ customerNo } = await f.customer());
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await onReplica?.end({ timeout: 5 });
    await replicaDb?.close();
    await db?.close();
    await replica?.destroy();
    await primary?.destroy();
  }, 60_000);

  const history = () =>
    counter.GET("/v1/accounts/{customerNo}/transactions", { params: { path: { customerNo } } });
  const references = (answer: Awaited<ReturnType<typeof history>>) =>
    (answer.data?.data ?? []).map((t) => t.reference);
  const recharge = async () => {
    const card = await f.card();
    const key = newIdempotencyKey("replica");
    const res = await postRecharge(counter, { cardNo: card.cardNo, pin: card.pin, customerNo }, key);
    expect(res.status).toBe(201);
    return { card, key, res, id: (res.data as { id: string }).id };
  };
  /** Whether the replica has replayed the recharge (asked of the replica itself). */
  const replicaHas = async (rechargeId: string) =>
    (await onReplica`SELECT 1 FROM recharges WHERE id = ${rechargeId}`).length > 0;

  it("streams from the primary and refuses writes: the replica pool is read-only", async () => {
    const [standby] = await onReplica`SELECT pg_is_in_recovery() AS standby`;
    expect(standby?.standby).toBe(true);
    await expect(replicaDb.query("CREATE TABLE mistaken (x int)")).rejects.toMatchObject({ code: "25006" });
  });

  it("serves a history list and a report from the replica, with the as-of of its data", async () => {
    const { id } = await recharge();
    await eventually("the replica replays the recharge", async () =>
      (await replicaHas(id)) ? true : undefined,
    );
    const before = Date.now();
    const res = await eventually("a history read on the replica", async () => {
      const answer = await history();
      return answer.headers.get(DATA_SOURCE_HEADER) === "replica" ? answer : undefined;
    });
    expect(res.status).toBe(200);
    expect(references(res)).toContain(id);
    const asOf = Date.parse(res.headers.get(DATA_AS_OF_HEADER) ?? "");
    // The replica had replayed everything it had: as of about now (never in the future of the test).
    expect(asOf).toBeGreaterThan(before - MAX_LAG_MS - REPLICA_LAG_CACHE_MS);
    expect(asOf).toBeLessThanOrEqual(Date.now());

    const today = new Date().toISOString().slice(0, 10);
    const report = await fundAdmin.GET("/v1/reports/daily-sales", {
      params: { query: { from: today, to: today } },
    });
    expect(report.status).toBe(200);
    expect(report.headers.get(DATA_SOURCE_HEADER)).toBe("replica");
    expect(Date.parse(report.headers.get(DATA_AS_OF_HEADER) ?? "")).not.toBeNaN();
  });

  it("decides about money on the primary while the replica is behind; past the bound reads fall back; resumed, the replica again", async () => {
    await onReplica`SELECT pg_wal_replay_pause()`;
    try {
      const first = await recharge();
      // Immediately after the write, the money decisions see it: the card is used, the key replays,
      // the balance has the money; none of it has reached the replica.
      const again = await postRecharge(counter, {
        cardNo: first.card.cardNo,
        pin: first.card.pin,
        customerNo,
      });
      expect(again.status).toBe(409);
      expect((again.error as { code: string }).code).toBe("card_already_used");
      const replay = await postRecharge(
        counter,
        { cardNo: first.card.cardNo, pin: first.card.pin, customerNo },
        first.key,
      );
      expect(replay.status).toBe(201);
      expect(replay.text).toBe(first.res.text);
      const account = await counter.GET("/v1/accounts/{customerNo}", { params: { path: { customerNo } } });
      expect(account.headers.get(DATA_SOURCE_HEADER)).toBeNull(); // not a stale-read route
      expect(await replicaHas(first.id)).toBe(false);

      // Past the bound (and the cached measurement), history is read on the primary, and says so.
      const paused = performance.now();
      const fallback = await eventually("history falls back to the primary", async () => {
        const answer = await history();
        return answer.headers.get(DATA_SOURCE_HEADER) === "primary;fallback=lagging" ? answer : undefined;
      });
      figure(`replay paused, bound ${MAX_LAG_MS} ms: reads on the primary after`, performance.now() - paused);
      expect(fallback.status).toBe(200);
      expect(references(fallback)).toContain(first.id);
      expect(Date.now() - Date.parse(fallback.headers.get(DATA_AS_OF_HEADER) ?? "")).toBeLessThan(HANG);
      expect(await replicaHas(first.id)).toBe(false);
    } finally {
      await onReplica`SELECT pg_wal_replay_resume()`;
    }

    const resumed = performance.now();
    const back = await eventually("history on the replica again", async () => {
      const answer = await history();
      return answer.headers.get(DATA_SOURCE_HEADER) === "replica" ? answer : undefined;
    });
    figure("replay resumed: reads on the replica again after", performance.now() - resumed);
    expect(back.status).toBe(200);
    const primaryAnswer = await db.query<{ id: string }>("SELECT id FROM recharges WHERE customer_no = $1", [
      customerNo,
    ]);
    expect(references(back)).toEqual(expect.arrayContaining(primaryAnswer.map((r) => r.id)));
  });

  it("reads the primary while the replica is down, without taking the API down; back, the replica again", async () => {
    await eventually("a read on the replica", async () =>
      (await history()).headers.get(DATA_SOURCE_HEADER) === "replica" ? true : undefined,
    );
    // A second app that trusts its first measurement for 10 minutes: its read after the stop goes
    // to the replica, fails there, and must be made again on the primary.
    const trusting = buildApp(db, { replica: { db: replicaDb, maxLagMs: MAX_LAG_MS, lagCacheMs: 600_000 } });
    const trustingCounter = apiClient(trusting, { apiKey: (await f.client("counter")).apiKey });
    const trustingHistory = () =>
      trustingCounter.GET("/v1/accounts/{customerNo}/transactions", { params: { path: { customerNo } } });
    expect((await trustingHistory()).headers.get(DATA_SOURCE_HEADER)).toBe("replica");

    await replica.stop();
    try {
      const failedOver = await trustingHistory();
      expect(failedOver.status).toBe(200);
      expect(failedOver.headers.get(DATA_SOURCE_HEADER)).toBe("primary;fallback=unreachable");

      const started = performance.now();
      const down = await history();
      figure("replica stopped: a history read answered by the primary in", performance.now() - started);
      expect(down.status).toBe(200);
      expect(down.headers.get(DATA_SOURCE_HEADER)).toBe("primary;fallback=unreachable");
      // The primary was not taken for away: money still moves, readiness holds.
      const { id } = await recharge();
      const next = await history();
      expect(next.headers.get(DATA_SOURCE_HEADER)).toBe("primary;fallback=unreachable");
      expect(references(next)).toContain(id);
      expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
    } finally {
      await replica.start();
    }
    const restarted = performance.now();
    await eventually("history on the replica once it is back", async () =>
      (await history()).headers.get(DATA_SOURCE_HEADER) === "replica" ? true : undefined,
    );
    figure("replica started again: reads on it after", performance.now() - restarted);

    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    for (const series of [
      'powercard_replica_reads_total{served="replica",reason="fresh"}',
      'powercard_replica_reads_total{served="primary",reason="lagging"}',
      'powercard_replica_reads_total{served="primary",reason="unreachable"}',
    ]) {
      const value = Number(metrics.match(new RegExp(`^${escapeRegExp(series)} (\\d+)$`, "m"))?.[1] ?? 0);
      expect(value, series).toBeGreaterThan(0);
    }
    expect(metrics).toMatch(/^powercard_replica_lag_seconds \d/m);
  }, 120_000);
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
