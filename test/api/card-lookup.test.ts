import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, newIdempotencyKey, postRecharge } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { cardRows } from "../helpers/card-ranges.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * GET /v1/cards/{cardNo} (a card looked up by staff), the Idempotency-Key of the range
 * operations, GET /v1/recharges (the clerk's own counter recharges of a day), /v1/me's display name.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Range = Awaited<ReturnType<Fixtures["cardRange"]>>;

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let cityAdmin: Staff;
let cityAdmin2: Staff;
let otherAdmin: Staff;
let auditor: Staff;
let clerk: Staff;
let otherClerk: Staff;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [cityAdmin, cityAdmin2, otherAdmin, auditor, clerk, otherClerk] = await Promise.all([
    f.staff(["card_admin"]),
    f.staff(["card_admin"]),
    f.staff(["card_admin"], { unitId: f.otherCityId }),
    f.staff(["auditor"]),
    f.staff(["clerk"], { unitId: f.outletId }),
    f.staff(["clerk"], { unitId: f.outletId }),
  ]);
});
afterAll(() => t.close());

const get = (path: string, token?: string) => app.request(path, requestInit("GET", { token }));
const post = (path: string, token: string, body: unknown, idempotencyKey?: string) =>
  app.request(path, requestInit("POST", { token, body, idempotencyKey }));
const rangeBody = (range: Range, reason = "报失") => ({
  firstCardNo: range.firstCardNo,
  lastCardNo: range.lastCardNo,
  reason,
});
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

async function sellAndRecharge(range: Range) {
  const sale = await post(
    "/v1/card-sales",
    clerk.token,
    { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo },
    newIdempotencyKey("sale"),
  );
  expect(sale.status).toBe(201);
  const customer = await f.customer();
  const res = await postRecharge(apiClient(app, { token: clerk.token }), {
    cardNo: range.firstCardNo,
    pin: range.pins[0] ?? "",
    customerNo: customer.customerNo,
  });
  expect(res.response.status).toBe(201);
  return { customer, saleId: ((await sale.json()) as { id: string }).id };
}

describe("GET /v1/cards/{cardNo}", () => {
  it("shows state, batch, owner, sale, the recharge (customer masked) and the history; never PIN material", async () => {
    const range = await f.cardRange(3);
    const { customer, saleId } = await sellAndRecharge(range);
    const cardNo = range.firstCardNo;

    const res = await get(`/v1/cards/${cardNo}`, cityAdmin.token);
    expect(res.status).toBe(200);
    const text = await res.text();
    const card = JSON.parse(text);
    expect(card).toMatchObject({
      cardNo,
      state: "used",
      faceValueFen: 10_000,
      ownerUnit: { id: f.outletId },
      sale: { id: saleId, outletUnit: { id: f.outletId }, clerkId: clerk.id, businessDate: today() },
      recharge: { channel: "counter", amountFen: 10_000 },
    });
    expect(card.batch.id).toEqual(expect.any(String));
    expect(card.recharge.customerNo).not.toBe(customer.customerNo);
    expect(card.recharge.customerNo).toBe(
      `${customer.customerNo.slice(0, 2)}******${customer.customerNo.slice(-2)}`,
    );
    expect(card.history.map((h: { event: string }) => h.event)).toEqual(["sold", "used"]);
    expect(card.history[0]).toMatchObject({ byUserId: clerk.id, reference: saleId });

    // No PIN, no HMAC, no key id — by name or by value.
    const [row] = await t.db.query<{ pin_hmac: Buffer; pin_key_id: string }>(
      "SELECT pin_hmac, pin_key_id FROM cards WHERE card_no = $1",
      [cardNo],
    );
    // No field names PIN material (the wrong-PIN counter is not): no "pin", no hmac, no key id.
    expect(text).not.toMatch(/"pin"|hmac|pinKey|pin_key/i);
    expect(text).not.toContain(range.pins[0]);
    for (const encoding of ["hex", "base64", "base64url"] as const)
      expect(text).not.toContain(row?.pin_hmac.toString(encoding));
    expect(text).not.toContain(`"${row?.pin_key_id}"`);
  });

  it("the history names freeze, unfreeze, scrap, the destruction request and its approval", async () => {
    const range = await f.cardRange(4);
    const key = () => newIdempotencyKey("rng");
    expect((await post("/v1/card-ranges/freeze", cityAdmin.token, rangeBody(range), key())).status).toBe(200);
    expect(
      (await post("/v1/card-ranges/unfreeze", cityAdmin.token, rangeBody(range, "找回"), key())).status,
    ).toBe(200);
    expect(
      (await post("/v1/card-ranges/scrap", cityAdmin.token, rangeBody(range, "损坏"), key())).status,
    ).toBe(200);
    const requested = await post(
      "/v1/card-ranges/destruction-requests",
      cityAdmin.token,
      rangeBody(range, "销毁"),
      key(),
    );
    expect(requested.status).toBe(201);
    const approval = (await requested.json()) as { id: string };
    // The decision is the other card administrator's (the approval inbox calls this).
    await expectProblem(
      await post(`/v1/approvals/${approval.id}/approve`, cityAdmin.token, {}),
      403,
      "approval_self_decision",
    );
    expect((await post(`/v1/approvals/${approval.id}/approve`, cityAdmin2.token, {})).status).toBe(200);

    const card = (await (await get(`/v1/cards/${range.cardNos[2]}`, cityAdmin.token)).json()) as {
      state: string;
      history: {
        event: string;
        reason: string | null;
        reference: string | null;
        byUserId: string | null;
        by: { id: string; username: string; displayName: string } | null;
      }[];
    };
    expect(card.state).toBe("destroyed");
    expect(card.history.map((h) => h.event)).toEqual([
      "frozen",
      "unfrozen",
      "scrapped",
      "destruction_requested",
      "destroyed",
    ]);
    expect(card.history[0]?.reason).toBe("报失");
    // Ids for programs, names for people: the console shows the display name with the username.
    const named = (s: typeof cityAdmin) => ({
      id: s.id,
      username: s.username,
      displayName: "测试 card_admin",
    });
    expect(card.history[3]).toMatchObject({
      reference: approval.id,
      byUserId: cityAdmin.id,
      by: named(cityAdmin),
    });
    expect(card.history[4]).toMatchObject({
      reference: approval.id,
      byUserId: cityAdmin2.id,
      by: named(cityAdmin2),
    });
    const destruction = (await (await get(`/v1/approvals/${approval.id}`, cityAdmin.token)).json()) as Record<
      string,
      unknown
    >;
    expect(destruction.details).toEqual({
      kind: "card_destruction",
      firstCardNo: range.cardNos[0],
      lastCardNo: range.cardNos[3],
      cardCount: 4,
      valueFen: expect.any(Number),
      reason: "销毁",
    });
  });

  it("auditors read it; another branch of the tree and unknown cards are 404 alike; other roles 403", async () => {
    const range = await f.cardRange(1);
    expect((await get(`/v1/cards/${range.firstCardNo}`, auditor.token)).status).toBe(200);
    const hidden = await expectProblem(
      await get(`/v1/cards/${range.firstCardNo}`, otherAdmin.token),
      404,
      "card_not_found_for_staff",
    );
    const unknown = await f.cardRange(1);
    await t.db.query("DELETE FROM cards WHERE card_no = $1", [unknown.firstCardNo]);
    const missing = await expectProblem(
      await get(`/v1/cards/${unknown.firstCardNo}`, cityAdmin.token),
      404,
      "card_not_found_for_staff",
    );
    expect(hidden.title).toBe(missing.title);
    await expectProblem(await get(`/v1/cards/${range.firstCardNo}`, clerk.token), 403, "forbidden");
    await expectProblem(await get(`/v1/cards/${range.firstCardNo}`), 401, "unauthenticated");
    await expectProblem(await get("/v1/cards/1234", cityAdmin.token), 400, "validation_failed");
  });
});

describe("range operations under an Idempotency-Key", () => {
  it("a retry with the same key answers the first result, byte for byte, and moves nothing again", async () => {
    const range = await f.cardRange(5);
    const key = newIdempotencyKey("freeze");
    const first = await post("/v1/card-ranges/freeze", cityAdmin.token, rangeBody(range), key);
    const again = await post("/v1/card-ranges/freeze", cityAdmin.token, rangeBody(range), key);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(await first.text());
    const [audit] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'cards.freeze' AND object_id = $1",
      [`${range.firstCardNo}-${range.lastCardNo}`],
    );
    expect(audit?.n).toBe(1);
    expect(
      (await cardRows(t.db, range.firstCardNo, range.lastCardNo)).every((c) => c.state === "frozen"),
    ).toBe(true);
    // Same key, another body: refused, nothing changes.
    await expectProblem(
      await post("/v1/card-ranges/freeze", cityAdmin.token, rangeBody(range, "另一个原因"), key),
      422,
      "idempotency_key_reused",
    );
    // Without a key the call works as before (a second freeze is refused: already frozen).
    await expectProblem(
      await post("/v1/card-ranges/freeze", cityAdmin.token, rangeBody(range)),
      409,
      "card_range_not_eligible",
    );
  });

  it("a refusal is kept with its key; a bad key is refused", async () => {
    const range = await f.cardRange(2, { state: "sold" });
    const key = newIdempotencyKey("scrap");
    await expectProblem(
      await post("/v1/card-ranges/scrap", cityAdmin.token, rangeBody(range), key),
      409,
      "card_range_not_eligible",
    );
    await expectProblem(
      await post("/v1/card-ranges/scrap", cityAdmin.token, rangeBody(range), "bad key with spaces"),
      400,
      "idempotency_key_invalid",
    );
  });

  it("a destruction request sent twice with one key opens one approval", async () => {
    const range = await f.cardRange(2, { state: "scrapped" });
    const key = newIdempotencyKey("destroy");
    const a = await post("/v1/card-ranges/destruction-requests", cityAdmin.token, rangeBody(range), key);
    const b = await post("/v1/card-ranges/destruction-requests", cityAdmin.token, rangeBody(range), key);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(await b.text()).toBe(await a.text());
    const [n] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM approvals WHERE kind = 'card_destruction' AND object_id = $1",
      [`${range.firstCardNo}-${range.lastCardNo}`],
    );
    expect(n?.n).toBe(1);
  });
});

describe("GET /v1/recharges (the clerk's own counter recharges)", () => {
  it("lists only the caller's recharges of the day, with the masked name; others see none of them", async () => {
    const range = await f.cardRange(1);
    const { customer } = await sellAndRecharge(range);
    const res = await get(`/v1/recharges?businessDate=${today()}`, clerk.token);
    expect(res.status).toBe(200);
    const page = (await res.json()) as { data: Record<string, unknown>[]; nextCursor: string | null };
    const mine = page.data.find((r) => r.cardNo === range.firstCardNo);
    expect(mine).toMatchObject({
      customerNo: customer.customerNo,
      amountFen: 10_000,
      channel: "counter",
      currency: "CNY",
    });
    expect(mine?.customerName).not.toBe(customer.name);
    expect(String(mine?.customerName)).toContain("*");

    const theirs = (await (await get(`/v1/recharges?businessDate=${today()}`, otherClerk.token)).json()) as {
      data: unknown[];
    };
    expect(theirs.data).toEqual([]);
    const yesterday = (await (await get("/v1/recharges?businessDate=2020-01-01", clerk.token)).json()) as {
      data: unknown[];
    };
    expect(yesterday.data).toEqual([]);
  });

  it("pages with a cursor", async () => {
    const range = await f.cardRange(3);
    await sellAndRecharge(range);
    const c2 = await f.customer();
    await postRecharge(apiClient(app, { token: clerk.token }), {
      cardNo: range.cardNos[1] ?? "",
      pin: range.pins[1] ?? "",
      customerNo: c2.customerNo,
    });
    const first = (await (
      await get(`/v1/recharges?businessDate=${today()}&limit=1`, clerk.token)
    ).json()) as {
      data: { id: string }[];
      nextCursor: string | null;
    };
    expect(first.data).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = (await (
      await get(
        `/v1/recharges?businessDate=${today()}&limit=1&cursor=${encodeURIComponent(first.nextCursor ?? "")}`,
        clerk.token,
      )
    ).json()) as { data: { id: string }[] };
    expect(second.data[0]?.id).not.toBe(first.data[0]?.id);
  });

  it("is the clerk's alone: other roles 403, no date 400", async () => {
    await expectProblem(
      await get(`/v1/recharges?businessDate=${today()}`, cityAdmin.token),
      403,
      "forbidden",
    );
    await expectProblem(await get("/v1/recharges", clerk.token), 400, "validation_failed");
    await expectProblem(await get(`/v1/recharges?businessDate=${today()}`), 401, "unauthenticated");
  });
});

describe("GET /v1/me", () => {
  it("names the user to show (display name) beside the username", async () => {
    const me = (await (await get("/v1/me", clerk.token)).json()) as Record<string, unknown>;
    const [row] = await t.db.query<{ display_name: string }>(
      "SELECT display_name FROM staff_users WHERE id = $1",
      [clerk.id],
    );
    expect(me).toMatchObject({ id: clerk.id, username: clerk.username, displayName: row?.display_name });
  });
});
