import { FAILURE_LIMITS } from "@powercard/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../helpers/api-client.ts";
import { buildApp, requestInit, startServer } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * Many simultaneous requests at one card or one key, over real HTTP into a real PostgreSQL with
 * a pool of 20 connections — the races a single-connection PGlite cannot produce.
 */
const { skip, reason } = realPostgresOnly();
if (skip) console.warn(`[e2e/recharge-concurrency] ${reason}`);

describe.skipIf(skip)("concurrent recharges (real PostgreSQL, real HTTP server)", () => {
  let t: TestDatabase;
  let f: Fixtures;
  let server: { url: string; close(): Promise<void> };
  let client: { token: string };

  beforeAll(async () => {
    t = await createTestDatabase({ maxConnections: 20 });
    f = await Fixtures.create(t.db);
    server = await startServer(buildApp(t.db));
    client = await partnerClient(f, t.db);
  });
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  const post = (body: unknown, idempotencyKey: string) =>
    fetch(`${server.url}/v1/recharges`, requestInit("POST", { token: client.token, idempotencyKey, body }));

  async function cardState(cardNo: string) {
    const [row] = await t.db.query<{ state: string; failed_pin_attempts: number }>(
      "SELECT state, failed_pin_attempts FROM cards WHERE card_no = $1",
      [cardNo],
    );
    return row;
  }

  it("50 simultaneous recharges of one card with different keys: exactly one 201, the rest card_already_used", async () => {
    const customer = await f.customer();
    const card = await f.card({ faceValueFen: 10_000 });
    const body = { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => post(body, `race-card-${i}`)));
    const results = await Promise.all(
      responses.map(async (r) => ({ status: r.status, body: (await r.json()) as Partial<Problem> })),
    );

    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const others = results.filter((r) => r.status !== 201);
    expect(others).toHaveLength(49);
    for (const r of others) expect(r).toMatchObject({ status: 409, body: { code: "card_already_used" } });

    const [account] = await t.db.query<{ balance_fen: string | number }>(
      "SELECT balance_fen FROM accounts WHERE customer_no = $1",
      [customer.customerNo],
    );
    expect(Number(account?.balance_fen)).toBe(10_000);
    const [rows] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM recharges WHERE card_no = $1",
      [card.cardNo],
    );
    expect(rows?.n).toBe(1);
    const [legs] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM ledger_entries WHERE account = 'customer_prepaid' AND owner = $1",
      [customer.customerNo],
    );
    expect(legs?.n).toBe(1);
  });

  it("the same Idempotency-Key sent 20 times at once: one effect, every answer the first one byte for byte", async () => {
    const customer = await f.customer();
    const card = await f.card({ faceValueFen: 5_000 });
    const body = { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(body, "one-key-twenty-times")));
    const results = await Promise.all(
      responses.map(async (r) => ({
        status: r.status,
        text: await r.text(),
        replayed: r.headers.get("idempotent-replayed"),
      })),
    );

    // A duplicate may find the first still running (409) — never a second effect or another answer.
    const completed = results.filter((r) => r.status !== 409);
    expect(completed.length).toBeGreaterThan(0);
    for (const r of results.filter((r) => r.status === 409))
      expect(JSON.parse(r.text).code).toBe("idempotency_in_progress");
    expect(new Set(completed.map((r) => r.text)).size).toBe(1);
    expect(completed[0]?.status).toBe(201);
    expect(results.filter((r) => r.replayed !== "true")).toHaveLength(1);

    const [account] = await t.db.query<{ balance_fen: string | number }>(
      "SELECT balance_fen FROM accounts WHERE customer_no = $1",
      [customer.customerNo],
    );
    expect(Number(account?.balance_fen)).toBe(5_000);
    const [rows] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM recharges WHERE idempotency_key = 'one-key-twenty-times'",
    );
    expect(rows?.n).toBe(1);
  });

  it("100 simultaneous wrong PINs at one card: it ends locked and no more than 5 guesses were evaluated", async () => {
    const customer = await f.customer();
    const card = await f.card();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        post(
          {
            cardNo: card.cardNo,
            pin: String(1_000_000_000_000_000 + i).slice(0, 16),
            customerNo: customer.customerNo,
          },
          `guess-${i}`,
        ),
      ),
    );
    const codes = await Promise.all(responses.map(async (r) => ((await r.json()) as Problem).code));
    const guessesAnsweredAsWrong = codes.filter((c) => c === "pin_incorrect").length;
    expect(guessesAnsweredAsWrong).toBe(4); // the 5th wrong guess is answered card_locked
    // The rest find the card locked — or, once the customer number's failure limit is reached
    // (FAILURE_LIMITS.customer), are refused before the card is looked at.
    const locked = codes.filter((c) => c === "card_locked").length;
    const limited = codes.filter((c) => c === "rate_limited").length;
    expect(locked + limited).toBe(96);
    expect(locked).toBeGreaterThanOrEqual(FAILURE_LIMITS.customer.max - 4);
    // The counter is the number of guesses compared against the stored hash: exactly the limit.
    expect(await cardState(card.cardNo)).toEqual({ state: "locked", failed_pin_attempts: 5 });
    // And the right PIN no longer works, whoever's account it is for.
    const other = await f.customer();
    const late = await post(
      { cardNo: card.cardNo, pin: card.pin, customerNo: other.customerNo },
      "late-right-pin",
    );
    expect(late.status).toBe(423);
  });

  it("many cards recharged into one account at once: every credit lands, balance equals the ledger", async () => {
    const customer = await f.customer();
    const cards = await Promise.all(
      Array.from({ length: 40 }, (_, i) => f.card({ faceValueFen: 100 * (i + 1) })),
    );
    const responses = await Promise.all(
      cards.map((c, i) =>
        post({ cardNo: c.cardNo, pin: c.pin, customerNo: customer.customerNo }, `many-${i}`),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(cards.map(() => 201));
    const expected = cards.reduce((sum, c) => sum + c.faceValueFen, 0);
    const [row] = await t.db.query<{ balance: string | number; ledger: string | number }>(
      `SELECT a.balance_fen AS balance,
              (SELECT -sum(amount_fen) FROM ledger_entries WHERE account = 'customer_prepaid' AND owner = a.customer_no) AS ledger
         FROM accounts a WHERE a.customer_no = $1`,
      [customer.customerNo],
    );
    expect(Number(row?.balance)).toBe(expected);
    expect(Number(row?.ledger)).toBe(expected);
  });
});
