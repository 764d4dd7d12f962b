import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, apiClient, postRecharge } from "../helpers/api-client.ts";
import { buildApp } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let counter: ApiClient;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  counter = apiClient(app, { apiKey: (await f.client("counter")).apiKey });
});
afterAll(() => t.close());

async function balanceOf(customerNo: string) {
  const res = await counter.GET("/v1/accounts/{customerNo}", { params: { path: { customerNo } } });
  return res.data?.balanceFen;
}

describe("POST /v1/recharges — happy path", () => {
  it("uses the card once, credits the account and answers 201 with the new balance", async () => {
    const customer = await f.customer();
    const card = await f.card({ faceValueFen: 5_000 });
    const res = await postRecharge(counter, {
      cardNo: card.cardNo,
      pin: card.pin,
      customerNo: customer.customerNo,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    const body = res.data;
    expect(body).toMatchObject({
      customerNo: customer.customerNo,
      cardNo: card.cardNo,
      amountFen: 5_000,
      balanceFen: 5_000,
      currency: "CNY",
      channel: "counter",
    });
    expect(body?.id).toMatch(/^rch_/);
    expect(new Date(String(body?.createdAt)).toISOString()).toBe(body?.createdAt);

    const second = await f.card({ faceValueFen: 10_000 });
    const res2 = await postRecharge(counter, {
      cardNo: second.cardNo,
      pin: second.pin,
      customerNo: customer.customerNo,
    });
    expect(res2.data?.balanceFen).toBe(15_000);
    expect(await balanceOf(customer.customerNo)).toBe(15_000);

    const [cardRow] = await t.db.query<{
      state: string;
      used_by_customer_no: string;
      used_by_recharge_id: string;
    }>("SELECT state, used_by_customer_no, used_by_recharge_id FROM cards WHERE card_no = $1", [card.cardNo]);
    expect(cardRow).toEqual({
      state: "used",
      used_by_customer_no: customer.customerNo,
      used_by_recharge_id: body?.id,
    });
  });

  it("records one balanced ledger transaction: card float debited, prepaid account credited", async () => {
    const customer = await f.customer();
    const card = await f.card({ faceValueFen: 2_000 });
    const res = await postRecharge(counter, {
      cardNo: card.cardNo,
      pin: card.pin,
      customerNo: customer.customerNo,
    });
    const id = res.data?.id;
    const legs = await t.db.query<{ account: string; owner: string; amount_fen: string | number }>(
      `SELECT e.account, e.owner, e.amount_fen FROM ledger_entries e
         JOIN ledger_transactions t ON t.book_key = e.book_key AND t.id = e.transaction_id
        WHERE t.reference = $1 ORDER BY e.leg`,
      [id],
    );
    expect(legs.map((l) => [l.account, l.owner, Number(l.amount_fen)])).toEqual([
      ["card_float", "", 2_000],
      ["customer_prepaid", customer.customerNo, -2_000],
    ]);
  });

  it("records the channel of the client that called", async () => {
    const ivr = await f.client("ivr");
    const customer = await f.customer();
    const card = await f.card();
    const res = await postRecharge(apiClient(app, { apiKey: ivr.apiKey }), {
      cardNo: card.cardNo,
      pin: card.pin,
      customerNo: customer.customerNo,
    });
    const body = res.data;
    expect(body?.channel).toBe("ivr");
    const [row] = await t.db.query<{ channel: string; client_id: string }>(
      "SELECT channel, client_id FROM recharges WHERE id = $1",
      [body?.id],
    );
    expect(row).toEqual({ channel: "ivr", client_id: ivr.id });
  });
});

describe("POST /v1/recharges — domain errors", () => {
  it("card_already_used when the card was used before, and the account is not credited twice", async () => {
    const customer = await f.customer();
    const card = await f.card();
    await postRecharge(counter, { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo });
    const res = await postRecharge(counter, {
      cardNo: card.cardNo,
      pin: card.pin,
      customerNo: customer.customerNo,
    });
    await expectProblem(res, 409, "card_already_used");
    expect(await balanceOf(customer.customerNo)).toBe(card.faceValueFen);
  });

  it("card_not_sold for a card still in stock, which stays in stock", async () => {
    const customer = await f.customer();
    const card = await f.card({ state: "in_stock" });
    await expectProblem(
      await postRecharge(counter, { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo }),
      409,
      "card_not_sold",
    );
    const [row] = await t.db.query("SELECT state FROM cards WHERE card_no = $1", [card.cardNo]);
    expect(row?.state).toBe("in_stock");
  });

  it("answers an unknown card exactly like a wrong PIN, so card numbers cannot be probed", async () => {
    const customer = await f.customer();
    const card = await f.card();
    const wrong = await postRecharge(counter, {
      cardNo: card.cardNo,
      pin: "0000000000000000",
      customerNo: customer.customerNo,
    });
    const unknown = await postRecharge(counter, {
      cardNo: `339999999999999${checkDigitFor("339999999999999")}`,
      pin: card.pin,
      customerNo: customer.customerNo,
    });
    const a = await expectProblem(wrong, 422, "pin_incorrect");
    const b = await expectProblem(unknown, 422, "pin_incorrect");
    const strip = ({ requestId: _, ...rest }: Record<string, unknown>) => rest;
    expect(strip(a)).toEqual(strip(b));
    expect([...wrong.headers.keys()].sort()).toEqual([...unknown.headers.keys()].sort());
  });

  it("customer_not_found for an unknown customer, without touching the card", async () => {
    const card = await f.card();
    await expectProblem(
      await postRecharge(counter, { cardNo: card.cardNo, pin: "0000000000000000", customerNo: "0000000001" }),
      404,
      "customer_not_found",
    );
    const [row] = await t.db.query<{ state: string; failed_pin_attempts: number }>(
      "SELECT state, failed_pin_attempts FROM cards WHERE card_no = $1",
      [card.cardNo],
    );
    expect(row).toEqual({ state: "sold", failed_pin_attempts: 0 });
  });

  it("locks the card on the 5th wrong PIN; then even the right PIN gets card_locked", async () => {
    const customer = await f.customer();
    const card = await f.card();
    const wrong = { cardNo: card.cardNo, pin: "1111111111111111", customerNo: customer.customerNo };
    for (let i = 1; i <= 4; i++)
      await expectProblem(await postRecharge(counter, wrong), 422, "pin_incorrect");
    await expectProblem(await postRecharge(counter, wrong), 423, "card_locked");
    await expectProblem(await postRecharge(counter, { ...wrong, pin: card.pin }), 423, "card_locked");
    const [row] = await t.db.query<{ state: string; failed_pin_attempts: number; state_before_lock: string }>(
      "SELECT state, failed_pin_attempts, state_before_lock FROM cards WHERE card_no = $1",
      [card.cardNo],
    );
    expect(row).toEqual({ state: "locked", failed_pin_attempts: 5, state_before_lock: "sold" });
    expect(await balanceOf(customer.customerNo)).toBe(0);
  });

  it("compares no PIN for a used card, never counts or locks it (its value is spent)", async () => {
    const customer = await f.customer();
    const card = await f.card();
    await postRecharge(counter, { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo });
    for (let i = 0; i < 6; i++) {
      await expectProblem(
        await postRecharge(counter, {
          cardNo: card.cardNo,
          pin: "2222222222222222",
          customerNo: customer.customerNo,
        }),
        409,
        "card_already_used",
      );
    }
    const [row] = await t.db.query("SELECT state, failed_pin_attempts FROM cards WHERE card_no = $1", [
      card.cardNo,
    ]);
    expect(row).toEqual({ state: "used", failed_pin_attempts: 0 });
  });

  it("compares no PIN for a card in stock: wrong PINs never change it", async () => {
    const customer = await f.customer();
    const card = await f.card({ state: "in_stock" });
    for (let i = 0; i < 7; i++) {
      await expectProblem(
        await postRecharge(counter, {
          cardNo: card.cardNo,
          pin: "2222222222222222",
          customerNo: customer.customerNo,
        }),
        409,
        "card_not_sold",
      );
    }
    const [row] = await t.db.query("SELECT state, failed_pin_attempts FROM cards WHERE card_no = $1", [
      card.cardNo,
    ]);
    expect(row).toEqual({ state: "in_stock", failed_pin_attempts: 0 });
  });
});

function checkDigitFor(body: string): string {
  // Local Damm computation keeps this test independent of the implementation under test.
  const table = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
  ];
  let interim = 0;
  for (const d of body) interim = table[interim]?.[Number(d)] ?? 0;
  return String(interim);
}
