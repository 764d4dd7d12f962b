import { clientFailureMax, FAILURE_LIMITS } from "@powercard/api";
import { makeCardNo } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type Problem, postRecharge } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * Limits of channel clients: requests per minute, failures per client and per customer number,
 * the counter's exemption, and two app instances sharing the counts in the database. The clock
 * is pinned a second into an hour, where every window has just begun.
 */
const HOUR = 3_600_000;
const START = Math.floor(Date.now() / HOUR) * HOUR + HOUR + 1_000;
let clock = new Date(START);

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let serial = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db, { now: () => clock });
});
afterAll(() => t.close());

const unknownCard = () => makeCardNo("39", 5_000_000 + serial++);

/** Our own channels send their API key, partners their access token (issued at `clock`). */
type Client = { apiKey: string } | { token: string };

/** The typed client of a channel client, on this app or another instance. */
const as = (client: Client, target: ReturnType<typeof buildApp> = app) => apiClient(target, client);

const verify = (apiKey: string, body: { cardNo: string; pin: string }) =>
  app.request("/v1/cards/verify", requestInit("POST", { apiKey, body }));

async function code(res: Response) {
  return ((await res.json()) as Partial<Problem>).code;
}

describe("requests per minute of a channel client", () => {
  it("answers 429 with Retry-After past rate_limit_per_minute, and again in the next minute", async () => {
    const client = await partnerClient(f, t.db, { rateLimitPerMinute: 3, now: clock });
    const customer = await f.customer();
    const get = () =>
      app.request(`/v1/accounts/${customer.customerNo}`, requestInit("GET", { token: client.token }));
    for (let i = 0; i < 3; i++) expect((await get()).status).toBe(200);
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("59");
    expect(await refused.json()).toMatchObject({ code: "rate_limited", status: 429 });
    // Another client is not affected; the next minute starts afresh.
    const other = await partnerClient(f, t.db, { now: clock });
    expect(
      (await app.request(`/v1/accounts/${customer.customerNo}`, requestInit("GET", { token: other.token })))
        .status,
    ).toBe(200);
    const saved = clock;
    try {
      clock = new Date(START + 60_000);
      expect((await get()).status).toBe(200);
    } finally {
      clock = saved;
    }
  });

  it("keeps the count in the database, where another instance finds it", async () => {
    const client = await partnerClient(f, t.db, { rateLimitPerMinute: 4, now: clock });
    const customer = await f.customer();
    const path = `/v1/accounts/${customer.customerNo}`;
    const minute = new Date(START + 2 * 60_000);
    const a = buildApp(t.db, { now: () => minute });
    const b = buildApp(t.db, { now: () => minute });
    for (let i = 0; i < 4; i++)
      expect((await a.request(path, requestInit("GET", { token: client.token }))).status).toBe(200);
    await until(async () => (await counter(`req:client:${client.id}`, minute)) === 4);
    const refused = await b.request(path, requestInit("GET", { token: client.token }));
    expect(refused.status).toBe(429);
  });
});

describe("failure limits of channel clients", () => {
  it("refuses a client after its failures in the window (verifications and recharges alike)", async () => {
    const ivr = await f.client("ivr", { rateLimitPerMinute: 600 });
    const { max, windowSeconds } = FAILURE_LIMITS.client;
    expect(clientFailureMax(600)).toBe(max);
    for (let i = 0; i < max; i++) {
      const res = await verify(ivr.apiKey, { cardNo: unknownCard(), pin: "0000000000000000" });
      expect(res.status).toBe(422);
    }
    const card = await f.card();
    const refused = await verify(ivr.apiKey, { cardNo: card.cardNo, pin: card.pin });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe(String(windowSeconds - 1));
    expect(await code(refused)).toBe("rate_limited");
    const customer = await f.customer();
    const blocked = await postRecharge(as(ivr), {
      cardNo: card.cardNo,
      pin: card.pin,
      customerNo: customer.customerNo,
    });
    expect(blocked.status).toBe(429);
    // Refused before the card was looked at; another client is not affected.
    const other = await f.client("ivr");
    expect((await verify(other.apiKey, { cardNo: card.cardNo, pin: card.pin })).status).toBe(200);
  });

  it("lets a client's failure limit grow with the traffic it is allowed", () => {
    expect(clientFailureMax(600)).toBe(FAILURE_LIMITS.client.max);
    // 100,000 requests a minute: 1,000,000 per 10 minutes, of which 2% may fail.
    expect(clientFailureMax(100_000)).toBe(20_000);
  });

  it("refuses recharges naming a customer number after its failures, per channel class", async () => {
    const customer = await f.customer();
    const partner = await partnerClient(f, t.db, { now: clock });
    for (let i = 0; i < FAILURE_LIMITS.customer.max; i++) {
      const res = await postRecharge(as(partner), {
        cardNo: unknownCard(),
        pin: "0000000000000000",
        customerNo: customer.customerNo,
      });
      expect(res.status).toBe(422);
    }
    expect(await customerFailures(customer.customerNo)).toEqual({ selfService: 0, partner: 10 });
    const card = await f.card();
    const right = { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
    const refused = await postRecharge(as(partner), right);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe(String(FAILURE_LIMITS.customer.windowSeconds - 1));
    // The limit is the customer number's, whichever partner names it.
    const otherPartner = await partnerClient(f, t.db, { now: clock });
    expect((await postRecharge(as(otherPartner), right)).status).toBe(429);
    // Self-service channels count their failures apart, and the counter is outside the limits.
    const sms = await f.client("sms");
    expect((await postRecharge(as(sms), right)).status).toBe(201);
    const counter = await f.client("counter");
    const another = await f.card();
    const atCounter = { cardNo: another.cardNo, pin: another.pin, customerNo: customer.customerNo };
    expect((await postRecharge(as(counter), atCounter)).status).toBe(201);
    // A refused attempt evaluated nothing: the card it named is still sold and unharmed.
    const [row] = await t.db.query<{ state: string; failed_pin_attempts: number }>(
      "SELECT state, failed_pin_attempts FROM cards WHERE card_no = $1",
      [card.cardNo],
    );
    expect(row).toEqual({ state: "used", failed_pin_attempts: 0 });
  });

  it("does not limit the counter, and does not count a replayed failure again", async () => {
    const customer = await f.customer();
    const counterClient = await f.client("counter");
    for (let i = 0; i < FAILURE_LIMITS.customer.max + 2; i++) {
      const res = await postRecharge(as(counterClient), {
        cardNo: unknownCard(),
        pin: "0000000000000000",
        customerNo: customer.customerNo,
      });
      expect(res.status).toBe(422);
    }
    const other = await f.customer();
    const partner = await partnerClient(f, t.db, { now: clock });
    const failing = { cardNo: unknownCard(), pin: "0000000000000000", customerNo: other.customerNo };
    for (let i = 0; i < FAILURE_LIMITS.customer.max + 5; i++) {
      const res = await postRecharge(as(partner), failing, `replayed-${START}`);
      expect(res.status).toBe(422);
    }
    expect(await customerFailures(other.customerNo)).toEqual({ selfService: 0, partner: 1 });
    expect(await customerFailures(customer.customerNo)).toEqual({ selfService: 0, partner: 0 });
  });

  it("two instances: what one counted, the other enforces — at once when it has seen the subject fail", async () => {
    const customer = await f.customer();
    const partner = await partnerClient(f, t.db, { now: clock });
    const a = buildApp(t.db, { now: () => clock });
    const b = buildApp(t.db, { now: () => clock });
    const fail = (target: ReturnType<typeof buildApp>) =>
      postRecharge(as(partner, target), {
        cardNo: unknownCard(),
        pin: "0000000000000000",
        customerNo: customer.customerNo,
      });
    const half = FAILURE_LIMITS.customer.max / 2;
    for (let i = 0; i < half; i++) expect((await fail(a)).status).toBe(422);
    for (let i = 0; i < half; i++) expect((await fail(b)).status).toBe(422);
    // The count is on the account row, read by the recharge statement itself: both refuse at once.
    const card = await f.card();
    const right = { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
    expect((await postRecharge(as(partner, a), right)).status).toBe(429);
    expect((await postRecharge(as(partner, b), right)).status).toBe(429);
    const [row] = await t.db.query<{ state: string }>("SELECT state FROM cards WHERE card_no = $1", [
      card.cardNo,
    ]);
    expect(row?.state).toBe("sold");
  });
});

describe("the cost of the limits on the recharge path", () => {
  it("a channel recharge is one statement, success or failure; a failure's unit is leased again once", async () => {
    const statements: string[] = [];
    // The client's shared request count is written by a timer (CLIENT_REQUEST_SYNC_MS), not by the
    // request: on a slow machine it can land while a request runs, so it is not counted as the request's.
    const requestCountSync = (text: string, params?: unknown[]) =>
      text.includes("INSERT INTO rate_limit_counters") &&
      Array.isArray(params?.[0]) &&
      (params[0] as unknown[]).every((key) => String(key).startsWith("req:client:"));
    const counting = {
      ...t.db,
      query: (text: string, params?: unknown[]) => {
        if (!requestCountSync(text, params)) statements.push(text);
        return t.db.query(text, params);
      },
    } as typeof t.db;
    const counted = buildApp(counting, { now: () => clock });
    const partner = await partnerClient(f, t.db, { now: clock });
    const customer = await f.customer();
    // What a request ran, but for the background give-back of idle units (an UPDATE … GREATEST).
    const once = async (body: { cardNo: string; pin: string; customerNo: string }) => {
      statements.length = 0;
      const res = await postRecharge(as(partner, counted), body);
      const ran = statements.filter((sql) => !sql.includes("GREATEST(r.count"));
      return {
        status: res.status,
        recharges: ran.filter((sql) => sql.includes("INSERT INTO recharges (")).length,
        leases: ran.filter((sql) => sql.includes("INSERT INTO rate_limit_counters")).length,
        total: ran.length,
      };
    };
    // The first request of a client on an instance reads its key, its shared request count and
    // leases one unit of its failure limit.
    const warm = await f.card();
    const first = await once({ cardNo: warm.cardNo, pin: warm.pin, customerNo: customer.customerNo });
    expect(first.status).toBe(201);
    expect(first.leases).toBeGreaterThanOrEqual(1);

    const card = await f.card();
    const success = await once({ cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo });
    expect(success).toEqual({ status: 201, recharges: 1, leases: 0, total: 1 });

    const failing = { cardNo: unknownCard(), pin: "0000000000000000", customerNo: customer.customerNo };
    const failure = await once(failing);
    expect(failure).toEqual({ status: 422, recharges: 1, leases: 0, total: 1 });
    // The failure spent its unit: the next attempt leases one (and keeps it while it succeeds).
    const next = await f.card();
    const after = await once({ cardNo: next.cardNo, pin: next.pin, customerNo: customer.customerNo });
    expect(after).toEqual({ status: 201, recharges: 1, leases: 1, total: 2 });
  });
});

async function customerFailures(customerNo: string) {
  const [row] = await t.db.query<{ self_service_failures: number; partner_failures: number }>(
    "SELECT self_service_failures, partner_failures FROM accounts WHERE customer_no = $1",
    [customerNo],
  );
  return { selfService: row?.self_service_failures, partner: row?.partner_failures };
}

async function counter(key: string, at: Date, windowSeconds = 60) {
  const ms = windowSeconds * 1000;
  const [row] = await t.db.query<{ count: number }>(
    "SELECT count FROM rate_limit_counters WHERE key = $1 AND window_start = $2",
    [key, new Date(Math.floor(at.getTime() / ms) * ms)],
  );
  return row?.count ?? 0;
}

async function until(check: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
