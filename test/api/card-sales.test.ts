import { issueAccessToken } from "@powercard/api";
import { businessDate } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge, type ResponseBody, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { booksSnapshot, cardRows, statesOf } from "../helpers/card-ranges.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures, TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * The card sale: in_stock → sold in the clerk's custody, with its sale record, its balanced
 * ledger transaction and one audit event, all or nothing, under an Idempotency-Key.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Sale = Schemas["CardSale"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let clerk: Staff;
let otherClerk: Staff; // same outlet
let farClerk: Staff; // the other city's outlet
let cityFundAdmin: Staff;
let otherFundAdmin: Staff;
let cardAdmin: Staff;
let keyNo = 0;
const nextKey = () => `sale-${Date.now()}-${keyNo++}`;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [clerk, otherClerk, farClerk, cityFundAdmin, otherFundAdmin, cardAdmin] = await Promise.all([
    f.staff(["clerk"], { unitId: f.outletId }),
    f.staff(["clerk"], { unitId: f.outletId }),
    f.staff(["clerk"], { unitId: f.otherOutletId }),
    f.staff(["fund_admin"]),
    f.staff(["fund_admin"], { unitId: f.otherCityId }),
    f.staff(["card_admin"]),
  ]);
});
afterAll(() => t.close());

function sell(body: unknown, options: { token?: string; idempotencyKey?: string } = {}) {
  return app.request(
    "/v1/card-sales",
    requestInit("POST", {
      token: options.token ?? clerk.token,
      idempotencyKey: options.idempotencyKey ?? nextKey(),
      body,
    }),
  );
}

const get = (path: string, token: string) => app.request(path, requestInit("GET", { token }));

async function ledgerLegs(saleId: string) {
  return t.db.query<{ book_key: string; account: string; owner: string; amount_fen: string | number }>(
    `SELECT e.book_key, e.account, e.owner, e.amount_fen
       FROM ledger_entries e JOIN ledger_transactions x ON x.book_key = e.book_key AND x.id = e.transaction_id
      WHERE x.id = $1 AND x.kind = 'card_sale' AND x.reference = $1 ORDER BY e.leg`,
    [saleId],
  );
}

describe("POST /v1/card-sales — happy path", () => {
  it("sells one card: sold, recorded, booked as the outlet's cash against the card float", async () => {
    const range = await f.cardRange(1, { faceValueFen: 5_000 });
    const res = await sell({ firstCardNo: range.firstCardNo });
    expect(res.status).toBe(201);
    const sale = (await res.json()) as Sale;
    expect(sale).toMatchObject({
      outletUnitId: f.outletId,
      clerkId: clerk.id,
      businessDate: businessDate(new Date()),
      firstCardNo: range.firstCardNo,
      lastCardNo: range.firstCardNo,
      cardCount: 1,
      amountFen: 5_000,
      currency: "CNY",
    });
    expect(sale.id).toMatch(/^sal_/);

    const [card] = await cardRows(t.db, range.firstCardNo, range.lastCardNo);
    expect(card).toMatchObject({ state: "sold", sale_id: sale.id });
    const legs = await ledgerLegs(sale.id);
    expect(legs.map((l) => [l.book_key, l.account, l.owner, Number(l.amount_fen)])).toEqual([
      [f.outletId, "outlet_card_cash", f.outletId, 5_000],
      [f.outletId, "card_float", "", -5_000],
    ]);
    const [row] = await t.db.query("SELECT card_count, amount_fen FROM card_sales WHERE id = $1", [sale.id]);
    expect(Number(row?.card_count)).toBe(1);
  });

  it("sells a range of 1,000 in one go: one sale, one balanced transaction, one audit event", async () => {
    const range = await f.cardRange(1_000, { faceValueFen: 10_000 });
    const res = await sell({ firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo });
    expect(res.status).toBe(201);
    const sale = (await res.json()) as Sale;
    expect(sale).toMatchObject({ cardCount: 1_000, amountFen: 10_000_000 });
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ sold: 1_000 });

    const legs = await ledgerLegs(sale.id);
    expect(legs.reduce((sum, l) => sum + Number(l.amount_fen), 0)).toBe(0);
    expect(Number(legs[0]?.amount_fen)).toBe(sale.amountFen);
    const audit = await t.db.query<{ after: { cardCount: number; valueFen: number } }>(
      "SELECT after FROM audit_events WHERE action = 'cards.sold' AND object_id = $1",
      [sale.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ cardCount: 1_000, valueFen: 10_000_000 });
  });

  it("sells cards handed to the clerk personally", async () => {
    const range = await f.cardRange(3, { holderUserId: clerk.id });
    const res = await sell({ firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo });
    expect(res.status).toBe(201);
  });

  it("a sold card can be recharged; a card still in stock cannot (card_not_sold)", async () => {
    const customer = await f.customer();
    const [sold, unsold] = [await f.cardRange(1, { faceValueFen: 2_000 }), await f.cardRange(1)];
    expect((await sell({ firstCardNo: sold.firstCardNo })).status).toBe(201);
    const api = apiClient(app, { token: clerk.token });
    const { customerNo } = customer;
    const ok = await postRecharge(api, { cardNo: sold.firstCardNo, pin: sold.pins[0] as string, customerNo });
    expect(ok.status).toBe(201);
    expect(ok.data?.balanceFen).toBe(2_000);
    await expectProblem(
      await postRecharge(api, { cardNo: unsold.firstCardNo, pin: unsold.pins[0] as string, customerNo }),
      409,
      "card_not_sold",
    );
  });
});

describe("POST /v1/card-sales — Idempotency-Key", () => {
  it("the same key and body replays the first answer byte for byte; nothing is sold twice", async () => {
    const range = await f.cardRange(2);
    const key = nextKey();
    const body = { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo };
    const first = await sell(body, { idempotencyKey: key });
    const firstText = await first.text();
    const again = await sell(body, { idempotencyKey: key });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(firstText);
    const [n] = await t.db.query("SELECT count(*)::int AS n FROM card_sales WHERE first_card_no = $1", [
      range.firstCardNo,
    ]);
    expect(Number(n?.n)).toBe(1);
  });

  it("one card named with or without lastCardNo is the same request", async () => {
    const range = await f.cardRange(1);
    const key = nextKey();
    const first = await sell({ firstCardNo: range.firstCardNo }, { idempotencyKey: key });
    const again = await sell(
      { firstCardNo: range.firstCardNo, lastCardNo: range.firstCardNo },
      { idempotencyKey: key },
    );
    expect(await again.text()).toBe(await first.text());
  });

  it("the same key with another body is 422; no key is 400", async () => {
    const [a, b] = [await f.cardRange(1), await f.cardRange(1)];
    const key = nextKey();
    expect((await sell({ firstCardNo: a.firstCardNo }, { idempotencyKey: key })).status).toBe(201);
    await expectProblem(
      await sell({ firstCardNo: b.firstCardNo }, { idempotencyKey: key }),
      422,
      "idempotency_key_reused",
    );
    expect(await statesOf(t.db, b.firstCardNo, b.lastCardNo)).toEqual({ in_stock: 1 });
    const res = await app.request(
      "/v1/card-sales",
      requestInit("POST", { token: clerk.token, body: { firstCardNo: b.firstCardNo } }),
    );
    await expectProblem(res, 400, "idempotency_key_missing");
  });

  it("a refusal is the first answer too: replayed with its detail, even after the cause is gone", async () => {
    const range = await f.cardRange(1, { holderUserId: otherClerk.id });
    const key = nextKey();
    const first = await sell({ firstCardNo: range.firstCardNo }, { idempotencyKey: key });
    const firstText = await first.text();
    expect(first.status).toBe(409);
    await t.db.query("UPDATE cards SET holder_user_id = NULL WHERE card_no = $1", [range.firstCardNo]);
    const again = await sell({ firstCardNo: range.firstCardNo }, { idempotencyKey: key });
    expect(again.status).toBe(409);
    expect(await again.text()).toBe(firstText);
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ in_stock: 1 });
  });
});

describe("POST /v1/card-sales — refusals change nothing", () => {
  const refusals: [string, () => Promise<{ firstCardNo: string; lastCardNo: string }>][] = [
    ["a sold card", () => f.cardRange(1, { state: "sold" })],
    ["a used card", () => usedCard()],
    ["a frozen card", () => f.cardRange(1, { state: "frozen", stateBeforeFreeze: "in_stock" })],
    ["a scrapped card", () => f.cardRange(1, { state: "scrapped" })],
    ["a card of another outlet", () => f.cardRange(1, { ownerUnitId: f.otherOutletId })],
    ["a card of the city's stock", () => f.cardRange(1, { ownerUnitId: f.cityId })],
    ["a card handed to another clerk", () => f.cardRange(1, { holderUserId: otherClerk.id })],
    ["a range with one sold card in it", () => rangeWithOneSold()],
    ["card numbers that do not exist", () => missingRange()],
  ];
  for (const [name, make] of refusals) {
    it(`${name} → 409 card_range_not_eligible`, async () => {
      const range = await make();
      const before = {
        cards: await cardRows(t.db, range.firstCardNo, range.lastCardNo),
        books: await booksSnapshot(t.db),
      };
      const res = await sell({ firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo });
      const problem = await expectProblem(res, 409, "card_range_not_eligible");
      expect(problem.detail).toMatch(/Nothing was changed/);
      expect(await cardRows(t.db, range.firstCardNo, range.lastCardNo)).toEqual(before.cards);
      expect(await booksSnapshot(t.db)).toEqual(before.books);
    });
  }

  it("a clerk of another outlet cannot sell this outlet's cards", async () => {
    const range = await f.cardRange(2);
    const res = await sell(
      { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo },
      { token: farClerk.token },
    );
    await expectProblem(res, 409, "card_range_not_eligible");
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ in_stock: 2 });
  });

  it("an invalid range is 400 card_range_invalid", async () => {
    const range = await f.cardRange(2);
    const res = await sell({ firstCardNo: range.lastCardNo, lastCardNo: range.firstCardNo });
    await expectProblem(res, 400, "card_range_invalid");
    const typo = `${range.firstCardNo.slice(0, 15)}${(Number(range.firstCardNo[15]) + 1) % 10}`;
    await expectProblem(await sell({ firstCardNo: typo }), 400, "validation_failed");
  });

  it("no token is 401; a card admin may not sell (403)", async () => {
    const range = await f.cardRange(1);
    const anonymous = await app.request(
      "/v1/card-sales",
      requestInit("POST", { idempotencyKey: nextKey(), body: { firstCardNo: range.firstCardNo } }),
    );
    await expectProblem(anonymous, 401, "unauthenticated");
    await expectProblem(
      await sell({ firstCardNo: range.firstCardNo }, { token: cardAdmin.token }),
      403,
      "forbidden",
    );
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ in_stock: 1 });
  });
});

describe("POST /v1/card-sales — the expiry policy (batch sell-by date, Asia/Shanghai)", () => {
  // 2026-03-01T15:59Z is 23:59 on 1 March in Shanghai; a minute later it is 2 March.
  const lastMinute = new Date("2026-03-01T15:59:00Z");
  const nextDay = new Date("2026-03-01T16:00:00Z");

  async function batchSellBy(sellBy: string, faceValueFen: number) {
    const range = await f.cardRange(3, { faceValueFen });
    await t.db.query("UPDATE card_batches SET sell_by = $2 WHERE id = $1", [range.batchId, sellBy]);
    return range;
  }

  /** A sale by the clerk on an app whose clock reads `now` (with a token issued then). */
  async function sellAt(now: Date, body: unknown) {
    const clocked = buildApp(t.db, { now: () => now });
    const token = await issueAccessToken(TEST_SIGNING_KEYS, clerk.id, now);
    return clocked.request("/v1/card-sales", requestInit("POST", { token, idempotencyKey: nextKey(), body }));
  }

  it("sells on the sell-by day itself, until midnight in Shanghai", async () => {
    const range = await batchSellBy("2026-03-01", 3_100);
    const res = await sellAt(lastMinute, { firstCardNo: range.firstCardNo });
    expect(res.status).toBe(201);
    expect(((await res.json()) as Sale).businessDate).toBe("2026-03-01");
  });

  it("refuses cards past their sell-by date with 409 card_expired_for_sale, nothing sold", async () => {
    const range = await batchSellBy("2026-03-01", 3_200);
    const before = await booksSnapshot(t.db);
    const res = await sellAt(nextDay, { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo });
    const problem = await expectProblem(res, 409, "card_expired_for_sale");
    expect(problem.detail).toContain("2026-03-01");
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ in_stock: 3 });
    expect(await booksSnapshot(t.db)).toEqual(before);
  });

  it("sold cards never expire: a card sold before its sell-by date is recharged after it", async () => {
    const range = await batchSellBy("2026-03-01", 3_300);
    expect((await sellAt(lastMinute, { firstCardNo: range.firstCardNo })).status).toBe(201);
    const customer = await f.customer();
    const res = await postRecharge(apiClient(app, { token: clerk.token }), {
      cardNo: range.firstCardNo,
      pin: range.pins[0] ?? "",
      customerNo: customer.customerNo,
    });
    expect(res.status).toBe(201);
  });

  it("expired cards can still be scrapped", async () => {
    const range = await batchSellBy("2026-03-01", 3_400);
    const res = await app.request(
      "/v1/card-ranges/scrap",
      requestInit("POST", {
        token: cardAdmin.token,
        body: { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo, reason: "past sell-by" },
      }),
    );
    expect(res.status).toBe(200);
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ scrapped: 3 });
  });
});

describe("GET /v1/card-sales", () => {
  let sales: Sale[];
  beforeAll(async () => {
    sales = [];
    for (let i = 0; i < 3; i++) {
      const range = await f.cardRange(1);
      sales.push((await (await sell({ firstCardNo: range.firstCardNo })).json()) as Sale);
    }
  });

  it("a sale is read by the clerk and the city's fund admin; another city's is 404", async () => {
    const sale = sales[0] as Sale;
    for (const who of [clerk, otherClerk, cityFundAdmin]) {
      const res = await get(`/v1/card-sales/${sale.id}`, who.token);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(sale);
    }
    await expectProblem(await get(`/v1/card-sales/${sale.id}`, otherFundAdmin.token), 404, "sale_not_found");
    await expectProblem(await get(`/v1/card-sales/${sale.id}`, farClerk.token), 404, "sale_not_found");
    await expectProblem(await get("/v1/card-sales/sal_nothing", clerk.token), 404, "sale_not_found");
  });

  it("lists the outlet's sales of a day, newest first, a page at a time", async () => {
    const query = `outletUnitId=${f.outletId}&businessDate=${businessDate(new Date())}&limit=2`;
    const seen: Sale[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(
        `/v1/card-sales?${query}${cursor ? `&cursor=${cursor}` : ""}`,
        cityFundAdmin.token,
      );
      expect(res.status).toBe(200);
      const page = (await res.json()) as ResponseBody<"listCardSales">;
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    const ids = seen.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sale of sales) expect(ids).toContain(sale.id);
    const times = seen.map((s) => s.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("another city sees none of them; naming an outlet outside your units is 404", async () => {
    const res = await get("/v1/card-sales?limit=100", otherFundAdmin.token);
    const ids = ((await res.json()) as ResponseBody<"listCardSales">).data.map((s) => s.id);
    for (const sale of sales) expect(ids).not.toContain(sale.id);
    await expectProblem(
      await get(`/v1/card-sales?outletUnitId=${f.outletId}`, otherFundAdmin.token),
      404,
      "unit_not_found",
    );
  });
});

describe("POST /v1/card-sales — concurrency", () => {
  const pg = realPostgresOnly();

  it.skipIf(pg.skip)(`two clerks selling the same range at once: exactly one sale ${pg.reason}`, async () => {
    const range = await f.cardRange(200);
    const body = { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo };
    const results = await Promise.all([sell(body), sell(body, { token: otherClerk.token }), sell(body)]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409]);
    const [n] = await t.db.query("SELECT count(*)::int AS n FROM card_sales WHERE first_card_no = $1", [
      range.firstCardNo,
    ]);
    expect(Number(n?.n)).toBe(1);
  });

  it.skipIf(pg.skip)(
    `the same key sent five times at once: one sale, five identical answers ${pg.reason}`,
    async () => {
      const range = await f.cardRange(50);
      const key = nextKey();
      const body = { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo };
      const results = await Promise.all(Array.from({ length: 5 }, () => sell(body, { idempotencyKey: key })));
      const texts = await Promise.all(results.map((r) => r.text()));
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(texts).size).toBe(1);
      expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ sold: 50 });
    },
  );
});

async function usedCard() {
  const range = await f.cardRange(1, { state: "sold" });
  await t.db.query(
    "UPDATE cards SET state = 'used', used_by_customer_no = '0000000001', used_by_recharge_id = 'rch_x' WHERE card_no = $1",
    [range.firstCardNo],
  );
  return range;
}

async function rangeWithOneSold() {
  const range = await f.cardRange(10);
  await t.db.query("UPDATE cards SET state = 'sold', sold_at = now() WHERE card_no = $1", [range.cardNos[4]]);
  return range;
}

async function missingRange() {
  const range = await f.cardRange(1);
  await t.db.query("DELETE FROM cards WHERE card_no = $1", [range.firstCardNo]);
  return range;
}
