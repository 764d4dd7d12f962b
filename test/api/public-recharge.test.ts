import { randomInt } from "node:crypto";
import { FAILURE_LIMITS } from "@powercard/api";
import { makeCardNo } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Answer, apiClient, bodyText, idempotencyKey } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

/**
 * POST /v1/public/recharges: no credentials, answers that tell nothing about which card or
 * customer numbers exist, and limits per IP, per customer number and per card number. The app
 * trusts one proxy, so each test names its caller's address in X-Forwarded-For; the clock is
 * pinned a second into an hour, where every limit's window has just begun.
 */
const HOUR = 3_600_000;
const START = Math.floor(Date.now() / HOUR) * HOUR + HOUR + 1_000;
let clock = new Date(START);

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let keyNo = 0;
let ipNo = 0;
const nextIp = () => `198.51.100.${++ipNo}`;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db, { now: () => clock, trustProxy: 1 });
});
afterAll(() => t.close());

interface Attempt {
  cardNo: string;
  pin: string;
  customerNo: string;
}

/** The public page's POST from `ip`, behind the one trusted proxy; a fresh key unless one is given. */
function publicRecharge(
  body: Attempt,
  ip: string,
  options: { idempotencyKey?: string; target?: ReturnType<typeof buildApp> } = {},
) {
  const visitor = apiClient(options.target ?? app, { headers: { "X-Forwarded-For": `10.9.9.9, ${ip}` } });
  const key = options.idempotencyKey ?? `pub-${START}-${keyNo++}`;
  return visitor.POST("/v1/public/recharges", { params: idempotencyKey(key), body });
}

const unknownCard = () => makeCardNo("39", randomInt(1, 2 ** 40));
const unknownCustomer = () => `9${String(randomInt(0, 999_999_999)).padStart(9, "0")}`;
const use = (card: { cardNo: string; pin: string }, customerNo: string): Attempt => ({
  cardNo: card.cardNo,
  pin: card.pin,
  customerNo,
});
/** A failing attempt that names nothing real: only the address's counter is shared with others. */
const stranger = (): Attempt => ({
  cardNo: unknownCard(),
  pin: "0000000000000000",
  customerNo: unknownCustomer(),
});

async function problem(res: Answer) {
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  return JSON.parse(await bodyText(res)) as Record<string, unknown>;
}

async function cardRow(cardNo: string) {
  const [row] = await t.db.query<{ state: string; failed_pin_attempts: number }>(
    "SELECT state, failed_pin_attempts FROM cards WHERE card_no = $1",
    [cardNo],
  );
  return row;
}

describe("POST /v1/public/recharges — answers", () => {
  it("needs no credentials; a success shows the amount, the new balance and the masked name", async () => {
    const customer = await f.customer({ name: "张小明" });
    const first = await f.card({ faceValueFen: 5_000 });
    const ip = nextIp();
    const res = await publicRecharge(
      { cardNo: first.cardNo, pin: first.pin, customerNo: customer.customerNo },
      ip,
    );
    expect(res.status).toBe(201);
    const body = res.data;
    expect(body).toMatchObject({
      customerNo: customer.customerNo,
      customerName: "张*明",
      cardNo: first.cardNo,
      amountFen: 5_000,
      balanceFen: 5_000,
      currency: "CNY",
    });
    expect(Object.keys(body ?? {})).toEqual([
      "id",
      "customerNo",
      "customerName",
      "cardNo",
      "amountFen",
      "balanceFen",
      "currency",
      "createdAt",
    ]);

    const second = await f.card({ faceValueFen: 10_000 });
    const res2 = await publicRecharge(
      { cardNo: second.cardNo, pin: second.pin, customerNo: customer.customerNo },
      ip,
    );
    expect(res2.data?.balanceFen).toBe(15_000);

    const [row] = await t.db.query<{ channel: string; client_id: string }>(
      "SELECT channel, client_id FROM recharges WHERE id = $1",
      [body?.id],
    );
    expect(row).toEqual({ channel: "web", client_id: "web:public" });
  });

  it("answers an unknown customer, an unknown card, a wrong PIN and a locked card identically", async () => {
    const customer = await f.customer();
    const card = await f.card();
    const locked = await f.card();
    await t.db.query(
      "UPDATE cards SET state = 'locked', state_before_lock = 'sold', failed_pin_attempts = 5 WHERE card_no = $1",
      [locked.cardNo],
    );
    const attempts: Attempt[] = [
      { cardNo: card.cardNo, pin: card.pin, customerNo: unknownCustomer() },
      { cardNo: unknownCard(), pin: card.pin, customerNo: customer.customerNo },
      { cardNo: card.cardNo, pin: "0000000000000000", customerNo: customer.customerNo },
      { cardNo: locked.cardNo, pin: locked.pin, customerNo: customer.customerNo },
    ];
    const responses = [];
    for (const attempt of attempts) responses.push(await publicRecharge(attempt, nextIp()));
    const bodies = await Promise.all(responses.map(problem));
    for (const [i, res] of responses.entries()) {
      expect(res.status).toBe(422);
      expect(bodies[i]).toMatchObject({ code: "recharge_refused", status: 422 });
      expect(bodies[i]?.requestId).toBe(res.headers.get("x-request-id"));
    }
    const strip = ({ requestId: _, ...rest }: Record<string, unknown>) => rest;
    expect(new Set(bodies.map((b) => JSON.stringify(strip(b)))).size).toBe(1);
    const headerNames = responses.map((r) => [...r.headers.keys()].sort().join());
    expect(new Set(headerNames).size).toBe(1);
    // The unknown customer's attempt never reached the card; the wrong PIN counted toward the
    // card's self-service budget only (a stranger never locks a card), and the customer's.
    expect(await cardRow(card.cardNo)).toEqual({ state: "sold", failed_pin_attempts: 0 });
    const [budget] = await t.db.query<{ n: number }>(
      "SELECT self_service_failed_pin_attempts AS n FROM cards WHERE card_no = $1",
      [card.cardNo],
    );
    expect(budget?.n).toBe(1);
  });

  it("tells card_already_used and card_not_sold, which compare no PIN", async () => {
    const customer = await f.customer();
    const used = await f.card();
    const inStock = await f.card({ state: "in_stock" });
    const ip = nextIp();
    expect((await publicRecharge(use(used, customer.customerNo), ip)).status).toBe(201);
    const again = await publicRecharge(use(used, customer.customerNo), ip);
    expect(again.status).toBe(409);
    expect((await problem(again)).code).toBe("card_already_used");
    const notSold = await publicRecharge(use(inStock, customer.customerNo), ip);
    expect(notSold.status).toBe(409);
    expect((await problem(notSold)).code).toBe("card_not_sold");
  });

  it("replays the first answer for the same key, scopes keys by card, and requires a key", async () => {
    const customer = await f.customer();
    const a = await f.card({ faceValueFen: 1_000 });
    const b = await f.card({ faceValueFen: 2_000 });
    const ip = nextIp();
    const key = `shared-${START}`;
    const first = await publicRecharge(use(a, customer.customerNo), ip, { idempotencyKey: key });
    const replay = await publicRecharge(use(a, customer.customerNo), nextIp(), { idempotencyKey: key });
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.text).toBe(first.text);
    // Another visitor who happens to pick the same key for another card is a different request.
    const other = await publicRecharge(use(b, customer.customerNo), nextIp(), { idempotencyKey: key });
    expect(other.status).toBe(201);
    expect(other.data?.balanceFen).toBe(3_000);
    // The same card and key with another body is a reused key.
    const reused = await publicRecharge({ ...use(a, customer.customerNo), pin: "1111111111111111" }, ip, {
      idempotencyKey: key,
    });
    expect(reused.status).toBe(422);
    expect((await problem(reused)).code).toBe("idempotency_key_reused");

    // A raw request: the typed client cannot leave out a header the spec requires.
    const missing = await app.request(
      "/v1/public/recharges",
      requestInit("POST", { body: use(a, customer.customerNo) }),
    );
    expect(missing.status).toBe(400);
    expect((await problem(missing)).code).toBe("idempotency_key_missing");
  });
});

describe("POST /v1/public/recharges — limits", () => {
  const ipLimit = FAILURE_LIMITS.ip;
  const customerLimit = FAILURE_LIMITS.customer;

  it("refuses an address after its failures with 429 and Retry-After, without looking at the card", async () => {
    const ip = nextIp();
    for (let i = 0; i < ipLimit.max; i++) expect((await publicRecharge(stranger(), ip)).status).toBe(422);

    const customer = await f.customer();
    const card = await f.card();
    const refused = await publicRecharge(
      { cardNo: card.cardNo, pin: "0000000000000000", customerNo: customer.customerNo },
      ip,
    );
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe(String(ipLimit.windowSeconds - 1));
    expect(await problem(refused)).toMatchObject({ code: "rate_limited", status: 429 });
    expect(await cardRow(card.cardNo)).toEqual({ state: "sold", failed_pin_attempts: 0 });
    // Not even the right PIN gets through from that address; another address is unaffected.
    const right = { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
    expect((await publicRecharge(right, ip)).status).toBe(429);
    expect((await publicRecharge(right, nextIp())).status).toBe(201);
  });

  it("counts only failures: a success gives its attempt back", async () => {
    const ip = nextIp();
    for (let i = 0; i < ipLimit.max - 1; i++) expect((await publicRecharge(stranger(), ip)).status).toBe(422);
    const customer = await f.customer();
    const card = await f.card();
    expect((await publicRecharge(use(card, customer.customerNo), ip)).status).toBe(201);
    expect((await publicRecharge(stranger(), ip)).status).toBe(422); // the limit-th failure
    expect((await publicRecharge(stranger(), ip)).status).toBe(429);
  });

  it("limits failures per customer number across addresses", async () => {
    const customer = await f.customer();
    for (let i = 0; i < customerLimit.max; i++) {
      const res = await publicRecharge(
        { cardNo: unknownCard(), pin: "0000000000000000", customerNo: customer.customerNo },
        nextIp(),
      );
      expect(res.status).toBe(422);
    }
    const card = await f.card();
    const refused = await publicRecharge(use(card, customer.customerNo), nextIp());
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe(String(customerLimit.windowSeconds - 1));
    // A refused attempt evaluated nothing and counts nothing against the address it came from.
    const other = await f.customer();
    expect((await publicRecharge(use(card, other.customerNo), nextIp())).status).toBe(201);
  });

  it("limits failures per card number", async () => {
    const card = await f.card();
    const owner = await f.customer();
    expect((await publicRecharge(use(card, owner.customerNo), nextIp())).status).toBe(201);
    // A used card never locks, but refusals naming it are still limited.
    for (let i = 0; i < FAILURE_LIMITS.card.max; i++)
      expect(
        (
          await publicRecharge(
            { cardNo: card.cardNo, pin: "0000000000000000", customerNo: unknownCustomer() },
            nextIp(),
          )
        ).status,
      ).toBe(422);
    expect(
      (await publicRecharge({ cardNo: card.cardNo, pin: card.pin, customerNo: unknownCustomer() }, nextIp()))
        .status,
    ).toBe(429);
  });

  it("starts afresh in the next window", async () => {
    const ip = nextIp();
    for (let i = 0; i < ipLimit.max; i++) expect((await publicRecharge(stranger(), ip)).status).toBe(422);
    expect((await publicRecharge(stranger(), ip)).status).toBe(429);
    const saved = clock;
    try {
      clock = new Date(START + ipLimit.windowSeconds * 1000);
      const customer = await f.customer();
      const card = await f.card();
      expect((await publicRecharge(use(card, customer.customerNo), ip)).status).toBe(201);
      expect((await publicRecharge(stranger(), ip)).status).toBe(422);
    } finally {
      clock = saved;
    }
  });

  it("ignores X-Forwarded-For unless a proxy is trusted", async () => {
    const direct = buildApp(t.db, { now: () => new Date(START + 2 * HOUR) });
    for (let i = 0; i < ipLimit.max; i++)
      expect((await publicRecharge(stranger(), nextIp(), { target: direct })).status).toBe(422);
    // Every request came from the same peer, whatever the header said.
    expect((await publicRecharge(stranger(), nextIp(), { target: direct })).status).toBe(429);
  });
});
