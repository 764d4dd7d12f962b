import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * A closed account (销户) takes no money on any channel: counter (clerk and counter client),
 * partner recharge, partner top-up, the public page, IVR and SMS. Each refusal says so in its
 * channel's words (409 `account_closed` over HTTP), and nothing moves: the card stays sold (no PIN
 * was even compared), the balance stays, no recharge or top-up row, no ledger entry.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let n = 0;
const key = () => `closed-${Date.now()}-${n++}`;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db, { trustProxy: 1 });
});
afterAll(() => t.close());

const post = (
  path: string,
  bearer: string | undefined,
  body: unknown,
  headers: Record<string, string> = {},
) => app.request(path, requestInit("POST", { token: bearer, body, idempotencyKey: key(), headers }));

/** What a refused credit must have left as it was. */
async function expectNothingMoved(customerNo: string, cardNo?: string) {
  const [row] = await t.db.query<{ balance: string; recharges: number; topups: number; entries: number }>(
    `SELECT (SELECT balance_fen FROM accounts WHERE customer_no = $1) AS balance,
            (SELECT count(*)::int FROM recharges WHERE customer_no = $1) AS recharges,
            (SELECT count(*)::int FROM topups WHERE customer_no = $1) AS topups,
            (SELECT count(*)::int FROM ledger_entries WHERE owner = $1) AS entries`,
    [customerNo],
  );
  expect(row).toMatchObject({ recharges: 0, topups: 0, entries: 0 });
  expect(Number(row?.balance)).toBe(0);
  if (cardNo) {
    const [card] = await t.db.query<{ state: string; failed: number }>(
      "SELECT state, (failed_pin_attempts + self_service_failed_pin_attempts)::int AS failed FROM cards WHERE card_no = $1",
      [cardNo],
    );
    expect(card).toEqual({ state: "sold", failed: 0 });
  }
}

const closedCustomer = () => f.customer({ status: "closed" });

describe("a closed account refuses every credit", () => {
  it("at the counter: a clerk and a counter client → 409 account_closed", async () => {
    const clerk = await f.staff(["clerk"], { unitId: f.outletId });
    const counter = await f.client("counter");
    for (const bearer of [clerk.token, counter.apiKey]) {
      const customer = await closedCustomer();
      const card = await f.card();
      const res = await post("/v1/recharges", bearer, {
        cardNo: card.cardNo,
        pin: card.pin,
        customerNo: customer.customerNo,
      });
      const problem = await expectProblem(res, 409, "account_closed");
      expect(String(problem.title)).toContain("95598");
      await expectNothingMoved(customer.customerNo, card.cardNo);
      // The card is still good for an open account.
      const open = await f.customer();
      expect(
        (
          await post("/v1/recharges", bearer, {
            cardNo: card.cardNo,
            pin: card.pin,
            customerNo: open.customerNo,
          })
        ).status,
      ).toBe(201);
    }
  });

  it("a partner's recharge and top-up → 409 account_closed, and the top-up's reference stays free", async () => {
    const partner = await partnerClient(f, t.db);
    const customer = await closedCustomer();
    const card = await f.card();
    await expectProblem(
      await post("/v1/recharges", partner.token, {
        cardNo: card.cardNo,
        pin: card.pin,
        customerNo: customer.customerNo,
      }),
      409,
      "account_closed",
    );
    const topup = { customerNo: customer.customerNo, amountFen: 5_000, partnerReference: `ref-${key()}` };
    await expectProblem(await post("/v1/topups", partner.token, topup), 409, "account_closed");
    await expectNothingMoved(customer.customerNo, card.cardNo);
    const open = await f.customer();
    expect((await post("/v1/topups", partner.token, { ...topup, customerNo: open.customerNo })).status).toBe(
      201,
    );
  });

  it("the public page → 409 account_closed", async () => {
    const customer = await closedCustomer();
    const card = await f.card();
    const res = await post(
      "/v1/public/recharges",
      undefined,
      { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
      { "X-Forwarded-For": "203.0.113.77" },
    );
    await expectProblem(res, 409, "account_closed");
    await expectNothingMoved(customer.customerNo, card.cardNo);
  });

  it("IVR: the recharge answers account_closed in words", async () => {
    const ivr = await f.client("ivr");
    const customer = await closedCustomer();
    const card = await f.card();
    const res = await post("/v1/channels/ivr/recharge", ivr.apiKey, {
      customerNo: customer.customerNo,
      cardNo: card.cardNo,
      pin: card.pin,
      callId: `call-${key()}`,
      callerNumber: "13900001111",
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { ok: boolean; code: string; speak: string };
    expect(answer).toMatchObject({ ok: false, code: "account_closed" });
    expect(answer.speak).toContain("已销户");
    expect(answer.speak).toContain("95598");
    await expectNothingMoved(customer.customerNo, card.cardNo);
  });

  it("SMS: the reply says the account is closed", async () => {
    const sms = await f.client("sms");
    const customer = await closedCustomer();
    const card = await f.card();
    const res = await post("/v1/channels/sms/inbound", sms.apiKey, {
      from: "13900002222",
      text: `CZ ${customer.customerNo} ${card.cardNo} ${card.pin}`,
      messageId: `msg-${key()}`,
    });
    expect(res.status).toBe(200);
    const reply = (await res.json()) as { outcome: string; reply: string };
    expect(reply.outcome).toBe("account_closed");
    expect(reply.reply).toContain("已销户");
    expect(reply.reply).not.toContain(card.pin);
    await expectNothingMoved(customer.customerNo, card.cardNo);
  });

  it("an account closed by the marketing system's import refuses at once; reopened, it takes money again", async () => {
    const importer = await f.client("web", { operations: ["customers:import"] });
    const counter = await f.client("counter");
    const customer = await f.customer();
    const send = (status: string, version: number) =>
      app.request(
        "/v1/customer-imports",
        requestInit("POST", {
          token: importer.apiKey,
          body: {
            customers: [
              {
                customerNo: customer.customerNo,
                name: "张小明",
                accountingUnitId: f.cityId,
                status,
                sourceVersion: version,
              },
            ],
          },
        }),
      );
    expect((await send("closed", 1)).status).toBe(200);
    const card = await f.card();
    const body = { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
    await expectProblem(await post("/v1/recharges", counter.apiKey, body), 409, "account_closed");
    expect((await send("normal", 2)).status).toBe(200);
    expect((await post("/v1/recharges", counter.apiKey, body)).status).toBe(201);
  });
});
