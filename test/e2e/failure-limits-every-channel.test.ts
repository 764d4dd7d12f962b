import { randomInt } from "node:crypto";
import { clientFailureMax, FAILURE_LIMITS } from "@powercard/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge } from "../helpers/api-client.ts";
import { buildApp, requestInit, startServer } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * Every failure limit, on every channel, under real concurrency: 50 simultaneous failing
 * attempts at one subject, over real HTTP on PostgreSQL. What counts is what was EVALUATED —
 * the PIN comparisons, read back from the cards' wrong-PIN counters (each attempt names a sold
 * card of its own with a wrong PIN, so each comparison adds exactly one) — not the answers.
 */
const { skip, reason } = realPostgresOnly();
if (skip) console.warn(`[e2e/failure-limits-every-channel] ${reason}`);

const WRONG_PIN = "9999999999999999";
const RACE = 50;

describe.skipIf(skip)("failure limits (real PostgreSQL, real HTTP)", () => {
  let t: TestDatabase;
  let f: Fixtures;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    t = await createTestDatabase({ maxConnections: 20 });
    f = await Fixtures.create(t.db);
    server = await startServer(buildApp(t.db, { trustProxy: 1 }));
  });
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  describe("on every channel: 50 concurrent failures at one subject", () => {
    let keyNo = 0;
    const post = (
      path: string,
      bearer: string | undefined,
      body: unknown,
      headers: Record<string, string> = {},
    ) =>
      fetch(
        `${server.url}${path}`,
        requestInit("POST", { token: bearer, body, idempotencyKey: `race-${keyNo++}`, headers }),
      );

    const soldCards = (n: number) => Promise.all(Array.from({ length: n }, () => f.card()));
    const customers = (n: number) => Promise.all(Array.from({ length: n }, () => f.customer()));

    /** PIN comparisons made on these cards: every wrong PIN on a sold card adds one. */
    async function comparisons(cardNos: string[]): Promise<number> {
      const [row] = await t.db.query<{ n: number }>(
        `SELECT COALESCE(sum(failed_pin_attempts + self_service_failed_pin_attempts), 0)::int AS n
         FROM cards WHERE card_no = ANY($1::text[])`,
        [cardNos],
      );
      return row?.n ?? -1;
    }

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
        `INSERT INTO rate_limit_counters (key, window_start, count, expires_at) VALUES ($1, $2, $3, $4)`,
        [`fail:client:${clientId}`, windowStart, max - left, new Date(windowStart.getTime() + 2 * ms)],
      );
    }

    const statuses = async (responses: { status: number }[]) => {
      const counts: Record<number, number> = {};
      for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
      return counts;
    };

    it("partner API, one customer number: at most its limit compared", async () => {
      const partner = await partnerClient(f, t.db);
      const [customer] = await customers(1);
      const cards = await soldCards(RACE);
      const responses = await Promise.all(
        cards.map((c) =>
          postRecharge(apiClient(server.url, { token: partner.token }), {
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            customerNo: customer?.customerNo ?? "",
          }),
        ),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(
        `[limits] partner → one customer: ${evaluated} of ${RACE} compared`,
        await statuses(responses),
      );
      expect(evaluated).toBe(FAILURE_LIMITS.customer.max);
      expect(responses.filter((r) => r.status === 429)).toHaveLength(RACE - FAILURE_LIMITS.customer.max);
    });

    it("partner API, one client near its limit: at most what is left compared", async () => {
      const partner = await partnerClient(f, t.db);
      await nearlySpent(partner.id, 5);
      const cards = await soldCards(RACE);
      const named = await customers(RACE);
      const responses = await Promise.all(
        cards.map((c, i) =>
          postRecharge(apiClient(server.url, { token: partner.token }), {
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            customerNo: named[i]?.customerNo ?? "",
          }),
        ),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(
        `[limits] partner client with 5 left: ${evaluated} of ${RACE} compared`,
        await statuses(responses),
      );
      expect(evaluated).toBeLessThanOrEqual(5);
      expect(evaluated).toBeGreaterThan(0);
    });

    it("card verification by a client near its limit: at most what is left compared", async () => {
      const partner = await partnerClient(f, t.db);
      await nearlySpent(partner.id, 5);
      const cards = await soldCards(RACE);
      const responses = await Promise.all(
        cards.map((c) => post("/v1/cards/verify", partner.token, { cardNo: c.cardNo, pin: WRONG_PIN })),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(`[limits] verify with 5 left: ${evaluated} of ${RACE} compared`, await statuses(responses));
      expect(evaluated).toBeLessThanOrEqual(5);
      expect(evaluated).toBeGreaterThan(0);
    });

    it("counter terminal key near its limit, and a clerk's token: at most their limits compared", async () => {
      const terminal = await f.client("counter");
      await nearlySpent(terminal.id, 5);
      const cards = await soldCards(RACE);
      const named = await customers(RACE);
      await Promise.all(
        cards.map((c, i) =>
          postRecharge(apiClient(server.url, { token: terminal.apiKey }), {
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            customerNo: named[i]?.customerNo ?? "",
          }),
        ),
      );
      const byTerminal = await comparisons(cards.map((c) => c.cardNo));

      const clerk = await f.staff(["clerk"], { unitId: f.outletId });
      const clerkCards = await soldCards(RACE);
      const responses = await Promise.all(
        clerkCards.map((c, i) =>
          postRecharge(apiClient(server.url, { token: clerk.token }), {
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            customerNo: named[i]?.customerNo ?? "",
          }),
        ),
      );
      const byClerk = await comparisons(clerkCards.map((c) => c.cardNo));
      console.log(
        `[limits] counter key with 5 left: ${byTerminal}; clerk: ${byClerk} of ${RACE}`,
        await statuses(responses),
      );
      expect(byTerminal).toBeLessThanOrEqual(5);
      expect(byTerminal).toBeGreaterThan(0);
      expect(byClerk).toBe(FAILURE_LIMITS.clerk.max);
    });

    it("IVR: one calling number, and one customer number from many callers: at most the limits", async () => {
      const ivr = await f.client("ivr");
      const cards = await soldCards(RACE);
      const named = await customers(RACE);
      await Promise.all(
        cards.map((c, i) =>
          post("/v1/channels/ivr/recharge", ivr.apiKey, {
            customerNo: named[i]?.customerNo,
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            callId: `call-${i}`,
            callerNumber: "13800000001",
          }),
        ),
      );
      const byPhone = await comparisons(cards.map((c) => c.cardNo));

      const [customer] = await customers(1);
      const more = await soldCards(RACE);
      await Promise.all(
        more.map((c, i) =>
          post("/v1/channels/ivr/recharge", ivr.apiKey, {
            customerNo: customer?.customerNo,
            cardNo: c.cardNo,
            pin: WRONG_PIN,
            callId: `call-b-${i}`,
            callerNumber: `1370000${String(i).padStart(4, "0")}`,
          }),
        ),
      );
      const byCustomer = await comparisons(more.map((c) => c.cardNo));
      console.log(`[limits] IVR one phone: ${byPhone}; one customer: ${byCustomer} of ${RACE}`);
      expect(byPhone).toBe(FAILURE_LIMITS.phone.max);
      expect(byCustomer).toBe(FAILURE_LIMITS.customer.max);
    });

    it("SMS: one sender: at most its limit compared", async () => {
      const sms = await f.client("sms");
      const cards = await soldCards(RACE);
      const named = await customers(RACE);
      await Promise.all(
        cards.map((c, i) =>
          post("/v1/channels/sms/inbound", sms.apiKey, {
            from: "13900000002",
            text: `CZ ${named[i]?.customerNo} ${c.cardNo} ${WRONG_PIN}`,
            messageId: `msg-${i}`,
          }),
        ),
      );
      const evaluated = await comparisons(cards.map((c) => c.cardNo));
      console.log(`[limits] SMS one sender: ${evaluated} of ${RACE} compared`);
      expect(evaluated).toBe(FAILURE_LIMITS.phone.max);
    });

    it("public page: one card number from many addresses: at most 5 compared, and it stays sold", async () => {
      const [card] = await soldCards(1);
      const named = await customers(RACE);
      const responses = await Promise.all(
        named.map((c, i) =>
          post(
            "/v1/public/recharges",
            undefined,
            { cardNo: card?.cardNo, pin: WRONG_PIN, customerNo: c.customerNo },
            { "X-Forwarded-For": `192.0.2.${i + 1}` },
          ),
        ),
      );
      const [row] = await t.db.query<{ state: string; failed: number; self: number }>(
        `SELECT state, failed_pin_attempts AS failed, self_service_failed_pin_attempts AS self
         FROM cards WHERE card_no = $1`,
        [card?.cardNo],
      );
      console.log("[limits] public, one card:", row, await statuses(responses));
      expect(row).toEqual({ state: "sold", failed: 0, self: 5 });
    });
  });

  describe("the anonymous cannot lock out what is not theirs", () => {
    it("1,000 anonymous failures over cards and customers: partners and the counter still recharge them", async () => {
      const people = await Promise.all(Array.from({ length: 10 }, () => f.customer()));
      const sold = await Promise.all(Array.from({ length: 20 }, () => f.card()));
      const inStock = await Promise.all(Array.from({ length: 20 }, () => f.card({ state: "in_stock" })));
      const ivr = await f.client("ivr");
      const sms = await f.client("sms");
      const stockBefore = await t.db.query(
        "SELECT card_no, state, failed_pin_attempts, self_service_failed_pin_attempts, updated_at FROM cards WHERE card_no = ANY($1::text[]) ORDER BY card_no",
        [inStock.map((c) => c.cardNo)],
      );

      const targets = [...sold, ...inStock];
      const statuses: Record<number, number> = {};
      let n = 0;
      const attack = async (i: number) => {
        const card = targets[randomInt(targets.length)];
        const who = people[randomInt(people.length)];
        const body = { cardNo: card?.cardNo, pin: WRONG_PIN, customerNo: who?.customerNo };
        const key = `anon-${n++}`;
        const kind = i % 3;
        const res =
          kind === 0
            ? await fetch(
                `${server.url}/v1/public/recharges`,
                requestInit("POST", {
                  body,
                  idempotencyKey: key,
                  headers: { "X-Forwarded-For": `10.9.${i >> 8}.${i & 255}` },
                }),
              )
            : kind === 1
              ? await fetch(
                  `${server.url}/v1/channels/ivr/recharge`,
                  requestInit("POST", {
                    apiKey: ivr.apiKey,
                    body: { ...body, callId: key, callerNumber: `1360${String(i).padStart(7, "0")}` },
                  }),
                )
              : await fetch(
                  `${server.url}/v1/channels/sms/inbound`,
                  requestInit("POST", {
                    apiKey: sms.apiKey,
                    body: {
                      from: `1350${String(i).padStart(7, "0")}`,
                      text: `CZ ${who?.customerNo} ${card?.cardNo} ${WRONG_PIN}`,
                      messageId: key,
                    },
                  }),
                );
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        await res.arrayBuffer();
      };
      for (let start = 0; start < 1_000; start += 25)
        await Promise.all(Array.from({ length: 25 }, (_, j) => attack(start + j)));
      console.log("[limits] 1,000 anonymous failures, answers by status:", statuses);
      expect(Object.keys(statuses).every((s) => Number(s) < 500)).toBe(true);

      // No in-stock card changed at all; no sold card was locked.
      const stockAfter = await t.db.query(
        "SELECT card_no, state, failed_pin_attempts, self_service_failed_pin_attempts, updated_at FROM cards WHERE card_no = ANY($1::text[]) ORDER BY card_no",
        [inStock.map((c) => c.cardNo)],
      );
      expect(stockAfter).toEqual(stockBefore);
      const [locked] = await t.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM cards WHERE card_no = ANY($1::text[]) AND state <> 'sold'",
        [sold.map((c) => c.cardNo)],
      );
      expect(locked?.n).toBe(0);
      // The self-service limits did bite: the attack was really evaluated against these customers.
      const [blocked] = await t.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM accounts WHERE customer_no = ANY($1::text[]) AND self_service_failures >= $2",
        [people.map((p) => p.customerNo), FAILURE_LIMITS.customer.max],
      );
      expect(blocked?.n).toBeGreaterThan(0);

      // A partner bank and the counter recharge every one of those customers with the attacked cards.
      const partner = await partnerClient(f, t.db);
      const counter = await f.client("counter");
      for (const [i, person] of people.entries()) {
        for (const [bearer, card] of [
          [partner.token, sold[2 * i]],
          [counter.apiKey, sold[2 * i + 1]],
        ] as const) {
          const res = await fetch(
            `${server.url}/v1/recharges`,
            requestInit("POST", {
              token: bearer,
              idempotencyKey: `rescue-${i}-${card?.cardNo}`,
              body: { cardNo: card?.cardNo, pin: card?.pin, customerNo: person.customerNo },
            }),
          );
          expect(res.status, await res.clone().text()).toBe(201);
        }
      }
    });
  });
});
