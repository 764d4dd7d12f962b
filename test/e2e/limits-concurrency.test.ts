import { randomInt } from "node:crypto";
import { CLIENT_REQUEST_SYNC_MS, FAILURE_LIMITS } from "@powercard/api";
import { makeCardNo } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../helpers/api-client.ts";
import { buildApp, requestInit, startServer } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * Limits under real concurrency, over real HTTP, with two API instances on one PostgreSQL
 * database: the counters are rows in the database, so a limit holds whichever instance a
 * request reaches, and racing requests cannot slip past it. Each test has its own clock hour,
 * so their windows never share a count.
 */
const { skip, reason } = realPostgresOnly();
if (skip) console.warn(`[e2e/limits-concurrency] ${reason}`);

const HOUR = 3_600_000;
const BASE = Math.floor(Date.now() / HOUR) * HOUR + HOUR + 1_000;

describe.skipIf(skip)("limits under concurrency (real PostgreSQL, two instances)", () => {
  let t: TestDatabase;
  let f: Fixtures;
  let clock = new Date(BASE);
  type Server = { url: string; close(): Promise<void> };
  let direct: Server; // trusts no proxy: the caller is the socket's peer, 127.0.0.1
  let a: Server; // a and b: two instances behind one trusted proxy
  let b: Server;

  beforeAll(async () => {
    t = await createTestDatabase({ maxConnections: 20 });
    f = await Fixtures.create(t.db);
    const now = () => clock;
    direct = await startServer(buildApp(t.db, { now }));
    a = await startServer(buildApp(t.db, { now, trustProxy: 1 }));
    b = await startServer(buildApp(t.db, { now, trustProxy: 1 }));
  });
  afterAll(async () => {
    await Promise.all([direct, a, b].map((s) => s?.close()));
    await t?.close();
  });

  let keyNo = 0;
  const strangerBody = () => ({
    cardNo: makeCardNo("39", randomInt(1, 2 ** 40)),
    pin: "0000000000000000",
    customerNo: `9${String(randomInt(0, 999_999_999)).padStart(9, "0")}`,
  });
  const publicRecharge = (server: Server, body: unknown, forwardedFor?: string) =>
    fetch(
      `${server.url}/v1/public/recharges`,
      requestInit("POST", {
        idempotencyKey: `conc-${BASE}-${keyNo++}`,
        body,
        headers: forwardedFor ? { "X-Forwarded-For": forwardedFor } : {},
      }),
    );

  async function evaluatedPublicAttempts(since: Date) {
    const [row] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE actor_id = 'web:public' AND action LIKE 'recharge.%' AND occurred_at >= $1",
      [since],
    );
    return row?.n ?? -1;
  }

  async function scrape(server: Server): Promise<Map<string, number>> {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const values = new Map<string, number>();
    for (const line of (await res.text()).split("\n")) {
      const match = /^([a-z_]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
      if (match?.[1] && match[2]) values.set(match[1], Number(match[2]));
    }
    return values;
  }

  it("100 simultaneous failing requests from one address: exactly the limit evaluated, the rest 429", async () => {
    clock = new Date(BASE);
    const before = await scrape(direct);
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => publicRecharge(direct, strangerBody())),
    );
    const statuses = responses.map((r) => r.status);
    const { max, windowSeconds } = FAILURE_LIMITS.ip;
    expect(statuses.filter((s) => s === 422)).toHaveLength(max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100 - max);
    for (const r of responses.filter((r) => r.status === 429)) {
      expect(r.headers.get("retry-after")).toBe(String(windowSeconds - 1));
      expect(((await r.json()) as Problem).code).toBe("rate_limited");
    }
    expect(await evaluatedPublicAttempts(clock)).toBe(max);
    // The refused attempts gave their units back: the address holds exactly its failures.
    const [row] = await t.db.query<{ count: number }>(
      "SELECT count FROM rate_limit_counters WHERE key = 'fail:ip:127.0.0.1' AND window_start = $1",
      [new Date(Math.floor(BASE / (windowSeconds * 1000)) * windowSeconds * 1000)],
    );
    expect(row?.count).toBe(max);

    // /metrics counts what happened (this process serves both counts; compare before and after).
    const after = await scrape(direct);
    const delta = (series: string) => (after.get(series) ?? 0) - (before.get(series) ?? 0);
    expect(delta('powercard_rate_limited_total{limit="ip_failures"}')).toBe(100 - max);
    expect(delta('powercard_recharge_outcomes_total{channel="web",outcome="customer_not_found"}')).toBe(max);
    expect(after.get("process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("the same address spread over two instances at once: still exactly the limit", async () => {
    clock = new Date(BASE + HOUR);
    const ip = "203.0.113.7";
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => publicRecharge(i % 2 ? a : b, strangerBody(), ip)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 422)).toHaveLength(FAILURE_LIMITS.ip.max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(60 - FAILURE_LIMITS.ip.max);
    expect(await evaluatedPublicAttempts(clock)).toBe(FAILURE_LIMITS.ip.max);
  });

  it("one customer number attacked from many addresses through both instances: exactly its limit", async () => {
    clock = new Date(BASE + 2 * HOUR);
    const customer = await f.customer();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        publicRecharge(
          i % 2 ? a : b,
          { ...strangerBody(), customerNo: customer.customerNo },
          `198.51.100.${i + 1}`,
        ),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 422)).toHaveLength(FAILURE_LIMITS.customer.max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50 - FAILURE_LIMITS.customer.max);
    // Afterwards the right card and PIN are refused too, on either instance, from a fresh address.
    const card = await f.card();
    for (const server of [a, b]) {
      const res = await publicRecharge(
        server,
        { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
        "192.0.2.99",
      );
      expect(res.status).toBe(429);
    }
  });

  it("a client's requests per minute are counted once across instances", async () => {
    clock = new Date(BASE + 3 * HOUR);
    const client = await partnerClient(f, t.db, { rateLimitPerMinute: 30, now: clock });
    const customer = await f.customer();
    const get = (server: Server) =>
      fetch(`${server.url}/v1/accounts/${customer.customerNo}`, requestInit("GET", { token: client.token }));
    // A burst of 20 on instance a; within CLIENT_REQUEST_SYNC_MS its count is in the database.
    const burst = await Promise.all(Array.from({ length: 20 }, () => get(a)));
    expect(burst.map((r) => r.status)).toEqual(burst.map(() => 200));
    const windowStart = new Date(Math.floor(clock.getTime() / 60_000) * 60_000);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const [row] = await t.db.query<{ count: number }>(
        "SELECT count FROM rate_limit_counters WHERE key = $1 AND window_start = $2",
        [`req:client:${client.id}`, windowStart],
      );
      if (row?.count === 20) break;
      if (Date.now() > deadline) throw new Error(`count is ${row?.count}, not 20`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // Instance b knows it at its first request: 10 more, then 429.
    const onB = [];
    for (let i = 0; i < 12; i++) onB.push((await get(b)).status);
    expect(onB).toEqual([...Array(10).fill(200), 429, 429]);
    // Instance a decides on a shared total at most 2 × SYNC_MS old: after a pause it is refused too.
    await new Promise((resolve) => setTimeout(resolve, 2 * CLIENT_REQUEST_SYNC_MS + 100));
    const late = await get(a);
    expect(late.status).toBe(429);
    expect(Number(late.headers.get("retry-after"))).toBe(59);
  });

  it("/metrics is not served through a proxy, and a token replaces the loopback rule", async () => {
    expect((await fetch(`${a.url}/metrics`, { headers: { "X-Forwarded-For": "203.0.113.1" } })).status).toBe(
      404,
    );
    const guarded = await startServer(buildApp(t.db, { metricsToken: "m".repeat(32) }));
    try {
      expect((await fetch(`${guarded.url}/metrics`)).status).toBe(404);
      const wrong = await fetch(`${guarded.url}/metrics`, {
        headers: { Authorization: `Bearer ${"x".repeat(32)}` },
      });
      expect(wrong.status).toBe(404);
      const right = await fetch(`${guarded.url}/metrics`, {
        headers: { Authorization: `Bearer ${"m".repeat(32)}` },
      });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain("# TYPE powercard_rate_limited_total counter");
    } finally {
      await guarded.close();
    }
  });
});
