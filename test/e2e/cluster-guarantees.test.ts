import { clientFailureMax, FAILURE_LIMITS } from "@powercard/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../helpers/api-client.ts";
import { requestInit } from "../helpers/app.ts";
import { buildApi } from "../helpers/built-server.ts";
import { balancerAvailable, type Cluster, INSTANCE_NAMES } from "../helpers/cluster.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";
import { servedBy, startTestCluster } from "../helpers/test-cluster.ts";

/**
 * Three API processes (the built bundle) behind HAProxy (deploy/haproxy/powercard.cfg) on one
 * PostgreSQL database, every request through the balancer: the guarantees a single instance
 * gives — one use per card, one effect per Idempotency-Key, failure limits counted exactly —
 * hold whichever instance each request reaches. Each race asserts that all three instances
 * served part of it (the balancer names the server in X-Served-By).
 *
 * The test plays a proxy in front of HAProxy (TRUST_PROXY=2): the address it writes in
 * X-Forwarded-For is the caller's, HAProxy appends its own peer.
 */
const postgres = realPostgresOnly();
const balancer = postgres.skip ? postgres : balancerAvailable();
if (balancer.skip) console.warn(`[e2e/cluster-guarantees] ${balancer.reason}`);

const WRONG_PIN = "9999999999999999";
const RACE = 50;

describe.skipIf(balancer.skip)("3 instances behind HAProxy: the single-instance guarantees", () => {
  let t: TestDatabase;
  let f: Fixtures;
  let cluster: Cluster;
  let keyNo = 0;

  beforeAll(async () => {
    await buildApi();
    // An empty database: the three instances start together and apply the migrations at once
    // (one at a time, under db/src/migrate.ts's advisory lock).
    t = await createTestDatabase({ maxConnections: 10, prepare: async () => {} });
    cluster = await startTestCluster(t.url as string, { trustProxy: 2 });
    f = await Fixtures.create(t.db);
    console.log(`[cluster] 3 instances and HAProxy started in ${cluster.startedInMs} ms`);
  }, 600_000);
  afterAll(async () => {
    if (cluster?.balancerOutput()) console.log(`[cluster] HAProxy said:\n${cluster.balancerOutput()}`);
    await cluster?.stop();
    await t?.close();
  });

  const post = (
    path: string,
    bearer: string | undefined,
    body: unknown,
    { key = `cluster-${keyNo++}`, forwardedFor }: { key?: string; forwardedFor?: string } = {},
  ) =>
    fetch(
      `${cluster.url}${path}`,
      requestInit("POST", {
        token: bearer,
        body,
        idempotencyKey: key,
        headers: forwardedFor ? { "X-Forwarded-For": forwardedFor } : {},
      }),
    );

  /** Every instance served some of these: the race really was spread. */
  function expectSpread(responses: readonly Response[]) {
    const counts = servedBy(responses);
    for (const name of INSTANCE_NAMES) expect(counts[name], JSON.stringify(counts)).toBeGreaterThan(0);
    return counts;
  }

  const statusCounts = (responses: readonly Response[]) => {
    const counts: Record<number, number> = {};
    for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
    return counts;
  };

  /** PIN comparisons made on these cards: every wrong PIN on a sold card adds one. */
  async function comparisons(cardNos: string[]): Promise<number> {
    const [row] = await t.db.query<{ n: number }>(
      `SELECT COALESCE(sum(failed_pin_attempts + self_service_failed_pin_attempts), 0)::int AS n
       FROM cards WHERE card_no = ANY($1::text[])`,
      [cardNos],
    );
    return row?.n ?? -1;
  }

  const soldCards = (n: number) => Promise.all(Array.from({ length: n }, () => f.card()));
  const customers = (n: number) => Promise.all(Array.from({ length: n }, () => f.customer()));

  it("50 simultaneous recharges of one card over 3 instances: exactly one 201", async () => {
    const partner = await partnerClient(f, t.db);
    const customer = await f.customer();
    const card = await f.card({ faceValueFen: 10_000 });
    const body = { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
    const responses = await Promise.all(
      Array.from({ length: RACE }, () => post("/v1/recharges", partner.token, body)),
    );
    console.log("[cluster] one card ×50:", statusCounts(responses), expectSpread(responses));
    const codes = await Promise.all(responses.map(async (r) => ((await r.json()) as Partial<Problem>).code));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === "card_already_used")).toHaveLength(RACE - 1);
    const [row] = await t.db.query<{ recharges: number; balance: string }>(
      `SELECT (SELECT count(*)::int FROM recharges WHERE card_no = $1) AS recharges,
              (SELECT balance_fen::text FROM accounts WHERE customer_no = $2) AS balance`,
      [card.cardNo, customer.customerNo],
    );
    expect(row).toEqual({ recharges: 1, balance: "10000" });
  });

  it("one Idempotency-Key ×20 over 3 instances: one effect, every completed answer identical", async () => {
    const partner = await partnerClient(f, t.db);
    const customer = await f.customer();
    const card = await f.card({ faceValueFen: 5_000 });
    const body = { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
    const key = `one-key-${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post("/v1/recharges", partner.token, body, { key })),
    );
    console.log("[cluster] one key ×20:", statusCounts(responses), expectSpread(responses));
    const results = await Promise.all(
      responses.map(async (r) => ({
        status: r.status,
        text: await r.text(),
        replayed: r.headers.get("idempotent-replayed"),
      })),
    );
    // A duplicate may find the first still running (409) — never a second effect or another answer.
    for (const r of results.filter((r) => r.status === 409))
      expect(JSON.parse(r.text).code).toBe("idempotency_in_progress");
    const completed = results.filter((r) => r.status !== 409);
    expect(completed[0]?.status).toBe(201);
    expect(new Set(completed.map((r) => r.text)).size).toBe(1);
    expect(results.filter((r) => r.replayed !== "true")).toHaveLength(1);
    // And a late duplicate on each instance replays the same bytes.
    const late = await Promise.all(
      INSTANCE_NAMES.map(() => post("/v1/recharges", partner.token, body, { key })),
    );
    expectSpread(late);
    for (const r of late) expect(await r.text()).toBe(completed[0]?.text);
    const [row] = await t.db.query<{ recharges: number; balance: string }>(
      `SELECT (SELECT count(*)::int FROM recharges WHERE idempotency_key = $1) AS recharges,
              (SELECT balance_fen::text FROM accounts WHERE customer_no = $2) AS balance`,
      [key, customer.customerNo],
    );
    expect(row).toEqual({ recharges: 1, balance: "5000" });
  });

  it("100 simultaneous wrong PINs at one card over 3 instances: 5 compared, the card locked", async () => {
    const partner = await partnerClient(f, t.db);
    const customer = await f.customer();
    const card = await f.card();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        post("/v1/recharges", partner.token, {
          cardNo: card.cardNo,
          pin: String(1_000_000_000_000_000 + i).slice(0, 16),
          customerNo: customer.customerNo,
        }),
      ),
    );
    const codes = await Promise.all(responses.map(async (r) => ((await r.json()) as Partial<Problem>).code));
    console.log("[cluster] wrong PINs ×100:", statusCounts(responses), expectSpread(responses), {
      codes: [...new Set(codes)],
    });
    const [row] = await t.db.query<{ state: string; failed: number }>(
      "SELECT state, failed_pin_attempts AS failed FROM cards WHERE card_no = $1",
      [card.cardNo],
    );
    expect(row).toEqual({ state: "locked", failed: 5 });
  });

  describe("every failure limit: 50 concurrent failures at one subject, over 3 instances", () => {
    it("partner API, one customer number: exactly its limit compared", async () => {
      const partner = await partnerClient(f, t.db);
      const [customer] = await customers(1);
      const cards = await soldCards(RACE);
      const responses = await Promise.all(
        cards.map((c) =>
          post("/v1/recharges", partner.token, {
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            customerNo: customer?.customerNo,
          }),
        ),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(`[cluster] partner → one customer: ${evaluated} of ${RACE}`, expectSpread(responses));
      expect(evaluated).toBe(FAILURE_LIMITS.customer.max);
      expect(responses.filter((r) => r.status === 429)).toHaveLength(RACE - FAILURE_LIMITS.customer.max);
    });

    /** Puts a client's failure counter `left` short of its limit in the current window. */
    async function nearlySpent(clientId: string, left: number) {
      const [row] = await t.db.query<{ rate: number }>(
        "SELECT rate_limit_per_minute AS rate FROM channel_clients WHERE id = $1",
        [clientId],
      );
      const max = clientFailureMax(Number(row?.rate));
      const ms = FAILURE_LIMITS.client.windowSeconds * 1000;
      const windowStart = new Date(Math.floor(Date.now() / ms) * ms);
      await t.db.query(
        "INSERT INTO rate_limit_counters (key, window_start, count, expires_at) VALUES ($1, $2, $3, $4)",
        [`fail:client:${clientId}`, windowStart, max - left, new Date(windowStart.getTime() + 2 * ms)],
      );
    }

    it("partner API, one client 5 short of its limit: at most 5 compared", async () => {
      const partner = await partnerClient(f, t.db);
      await nearlySpent(partner.id, 5);
      const cards = await soldCards(RACE);
      const named = await customers(RACE);
      const responses = await Promise.all(
        cards.map((c, i) =>
          post("/v1/recharges", partner.token, {
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            customerNo: named[i]?.customerNo,
          }),
        ),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(`[cluster] partner client with 5 left: ${evaluated} of ${RACE}`, expectSpread(responses));
      expect(evaluated).toBeLessThanOrEqual(5);
      expect(evaluated).toBeGreaterThan(0);
    });

    it("card verification by a client 5 short of its limit: at most 5 compared", async () => {
      const partner = await partnerClient(f, t.db);
      await nearlySpent(partner.id, 5);
      const cards = await soldCards(RACE);
      const responses = await Promise.all(
        cards.map((c) => post("/v1/cards/verify", partner.token, { cardNo: c.cardNo, pin: WRONG_PIN })),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(`[cluster] verify with 5 left: ${evaluated} of ${RACE}`, expectSpread(responses));
      expect(evaluated).toBeLessThanOrEqual(5);
      expect(evaluated).toBeGreaterThan(0);
    });

    it("counter terminal key 5 short of its limit: at most 5 compared", async () => {
      const terminal = await f.client("counter");
      await nearlySpent(terminal.id, 5);
      const cards = await soldCards(RACE);
      const named = await customers(RACE);
      const responses = await Promise.all(
        cards.map((c, i) =>
          post("/v1/recharges", terminal.apiKey, {
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            customerNo: named[i]?.customerNo,
          }),
        ),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(`[cluster] counter key with 5 left: ${evaluated} of ${RACE}`, expectSpread(responses));
      expect(evaluated).toBeLessThanOrEqual(5);
      expect(evaluated).toBeGreaterThan(0);
    });

    it("a clerk's token: exactly the clerk limit compared", async () => {
      const clerk = await f.staff(["clerk"], { unitId: f.outletId });
      const cards = await soldCards(RACE);
      const named = await customers(RACE);
      const responses = await Promise.all(
        cards.map((c, i) =>
          post("/v1/recharges", clerk.token, {
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            customerNo: named[i]?.customerNo,
          }),
        ),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(
        `[cluster] clerk: ${evaluated} of ${RACE}`,
        statusCounts(responses),
        expectSpread(responses),
      );
      expect(evaluated).toBe(FAILURE_LIMITS.clerk.max);
    });

    it("IVR, one calling number: exactly the phone limit compared", async () => {
      const ivr = await f.client("ivr");
      const cards = await soldCards(RACE);
      const named = await customers(RACE);
      const responses = await Promise.all(
        cards.map((c, i) =>
          post("/v1/channels/ivr/recharge", ivr.apiKey, {
            customerNo: named[i]?.customerNo,
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            callId: `cluster-call-${i}`,
            callerNumber: "13800000001",
          }),
        ),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(`[cluster] IVR one phone: ${evaluated} of ${RACE}`, expectSpread(responses));
      expect(evaluated).toBe(FAILURE_LIMITS.phone.max);
    });

    it("IVR, one customer number from many callers: exactly the customer limit compared", async () => {
      const ivr = await f.client("ivr");
      const [customer] = await customers(1);
      const cards = await soldCards(RACE);
      const responses = await Promise.all(
        cards.map((c, i) =>
          post("/v1/channels/ivr/recharge", ivr.apiKey, {
            customerNo: customer?.customerNo,
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            callId: `cluster-call-b-${i}`,
            callerNumber: `1370000${String(i).padStart(4, "0")}`,
          }),
        ),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(`[cluster] IVR one customer: ${evaluated} of ${RACE}`, expectSpread(responses));
      expect(evaluated).toBe(FAILURE_LIMITS.customer.max);
    });

    it("SMS, one sender: exactly the phone limit compared", async () => {
      const sms = await f.client("sms");
      const cards = await soldCards(RACE);
      const named = await customers(RACE);
      const responses = await Promise.all(
        cards.map((c, i) =>
          post("/v1/channels/sms/inbound", sms.apiKey, {
            from: "13900000002",
            text: `CZ ${named[i]?.customerNo} ${c.cardNo} ${WRONG_PIN}`,
            messageId: `cluster-msg-${i}`,
          }),
        ),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(`[cluster] SMS one sender: ${evaluated} of ${RACE}`, expectSpread(responses));
      expect(evaluated).toBe(FAILURE_LIMITS.phone.max);
    });

    it("public page, one address: exactly the address limit compared, the rest 429", async () => {
      const cards = await soldCards(RACE);
      const named = await customers(RACE);
      const responses = await Promise.all(
        cards.map((c, i) =>
          post(
            "/v1/public/recharges",
            undefined,
            { cardNo: c.cardNo, pin: WRONG_PIN, customerNo: named[i]?.customerNo },
            { forwardedFor: "203.0.113.7" },
          ),
        ),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(`[cluster] public one address: ${evaluated} of ${RACE}`, expectSpread(responses));
      expect(evaluated).toBe(FAILURE_LIMITS.ip.max);
      expect(responses.filter((r) => r.status === 429)).toHaveLength(RACE - FAILURE_LIMITS.ip.max);
    });

    it("public page, one card number from many addresses: 5 compared and it stays sold", async () => {
      const [card] = await soldCards(1);
      const named = await customers(RACE);
      const responses = await Promise.all(
        named.map((c, i) =>
          post(
            "/v1/public/recharges",
            undefined,
            { cardNo: card?.cardNo, pin: WRONG_PIN, customerNo: c.customerNo },
            { forwardedFor: `192.0.2.${i + 1}` },
          ),
        ),
      );
      expectSpread(responses);
      const [row] = await t.db.query<{ state: string; failed: number; self: number }>(
        `SELECT state, failed_pin_attempts AS failed, self_service_failed_pin_attempts AS self
         FROM cards WHERE card_no = $1`,
        [card?.cardNo],
      );
      expect(row).toEqual({ state: "sold", failed: 0, self: 5 });
    });
  });
});
