import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { booksSnapshot, cardRows, statesOf } from "../helpers/card-ranges.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * Freeze/unfreeze of lost or stolen ranges, scrap, and destruction with maker-checker approval:
 * every card of the range moves, or none does.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Range = Awaited<ReturnType<Fixtures["cardRange"]>>;

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let adminA: Staff; // card_admin of the city
let adminB: Staff; // card_admin of the city
let outletAdmin: Staff; // card_admin of the outlet: below the city
let otherAdmin: Staff; // card_admin of the other city
let clerk: Staff;
let fundAdmin: Staff;
let keyNo = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [adminA, adminB, outletAdmin, otherAdmin, clerk, fundAdmin] = await Promise.all([
    f.staff(["card_admin"]),
    f.staff(["card_admin"]),
    f.staff(["card_admin"], { unitId: f.outletId }),
    f.staff(["card_admin"], { unitId: f.otherCityId }),
    f.staff(["clerk"], { unitId: f.outletId }),
    f.staff(["fund_admin"]),
  ]);
});
afterAll(() => t.close());

const post = (path: string, token: string | undefined, body: unknown) =>
  app.request(path, requestInit("POST", { token, body }));

const rangeBody = (range: Range, reason = "报失") => ({
  firstCardNo: range.firstCardNo,
  lastCardNo: range.lastCardNo,
  reason,
});

function rangeOp(action: "freeze" | "unfreeze" | "scrap", range: Range, who: Staff = adminA) {
  return post(`/v1/card-ranges/${action}`, who.token, rangeBody(range));
}

/** A new customer recharges a card of the range at the clerk's counter. */
async function rechargeFromRange(range: Range, index = 0) {
  const customer = await f.customer();
  const card = { cardNo: range.cardNos[index] ?? "", pin: range.pins[index] ?? "" };
  return postRecharge(apiClient(app, { token: clerk.token }), { ...card, customerNo: customer.customerNo });
}

describe("freeze and unfreeze", () => {
  for (const state of ["in_stock", "sold", "in_transit"] as const) {
    it(`a ${state} range is frozen, then restored to exactly ${state}`, async () => {
      const range = await f.cardRange(20, { state });
      const res = await rangeOp("freeze", range);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        action: "freeze",
        firstCardNo: range.firstCardNo,
        lastCardNo: range.lastCardNo,
        cardCount: 20,
        valueFen: 200_000,
      });
      const frozen = await cardRows(t.db, range.firstCardNo, range.lastCardNo);
      expect(frozen.every((c) => c.state === "frozen" && c.state_before_freeze === state)).toBe(true);

      expect((await rangeOp("unfreeze", range)).status).toBe(200);
      const back = await cardRows(t.db, range.firstCardNo, range.lastCardNo);
      expect(back.every((c) => c.state === state && c.state_before_freeze === null)).toBe(true);
    });
  }

  it("a frozen range of mixed states comes back card by card as it was", async () => {
    const range = await f.cardRange(6);
    await t.db.query("UPDATE cards SET state = 'sold', sold_at = now() WHERE card_no = ANY($1)", [
      range.cardNos.slice(0, 3),
    ]);
    const before = await cardRows(t.db, range.firstCardNo, range.lastCardNo);
    expect((await rangeOp("freeze", range)).status).toBe(200);
    expect((await rangeOp("unfreeze", range)).status).toBe(200);
    expect(await cardRows(t.db, range.firstCardNo, range.lastCardNo)).toEqual(before);
  });

  it("a frozen sold card cannot be recharged (card_frozen); unfrozen, it can", async () => {
    const range = await f.cardRange(1, { state: "sold" });
    expect((await rangeOp("freeze", range)).status).toBe(200);
    await expectProblem(await rechargeFromRange(range), 409, "card_frozen");
    expect((await rangeOp("unfreeze", range)).status).toBe(200);
    expect((await rechargeFromRange(range)).status).toBe(201);
  });

  it("a frozen card cannot be sold", async () => {
    const range = await f.cardRange(1);
    expect((await rangeOp("freeze", range)).status).toBe(200);
    const res = await app.request(
      "/v1/card-sales",
      requestInit("POST", {
        token: clerk.token,
        idempotencyKey: `rng-${keyNo++}`,
        body: { firstCardNo: range.firstCardNo },
      }),
    );
    await expectProblem(res, 409, "card_range_not_eligible");
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ frozen: 1 });
  });

  it("used, scrapped or already frozen cards are not frozen; nothing changes", async () => {
    for (const state of ["scrapped", "destroyed", "generated"] as const) {
      const range = await f.cardRange(2, { state });
      await expectProblem(await rangeOp("freeze", range), 409, "card_range_not_eligible");
      expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ [state]: 2 });
    }
    const frozen = await f.cardRange(2, { state: "frozen", stateBeforeFreeze: "sold" });
    await expectProblem(await rangeOp("freeze", frozen), 409, "card_range_not_eligible");
    const notFrozen = await f.cardRange(2);
    await expectProblem(await rangeOp("unfreeze", notFrozen), 409, "card_range_not_eligible");
  });

  it("a city card admin reaches the outlet's cards; an outlet admin does not reach the city's", async () => {
    const outletCards = await f.cardRange(2);
    expect((await rangeOp("freeze", outletCards, adminA)).status).toBe(200);
    const cityCards = await f.cardRange(2, { ownerUnitId: f.cityId });
    await expectProblem(await rangeOp("freeze", cityCards, outletAdmin), 409, "card_range_not_eligible");
    expect(await statesOf(t.db, cityCards.firstCardNo, cityCards.lastCardNo)).toEqual({ in_stock: 2 });
  });
});

describe("scrap", () => {
  it("scraps in-stock cards with one audit event naming the range, count and value", async () => {
    const range = await f.cardRange(50, { faceValueFen: 5_000 });
    const res = await post("/v1/card-ranges/scrap", adminA.token, rangeBody(range, "受潮损坏"));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ action: "scrap", cardCount: 50, valueFen: 250_000 });
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ scrapped: 50 });
    const audit = await t.db.query<{ after: Record<string, unknown>; actor_id: string }>(
      "SELECT after, actor_id FROM audit_events WHERE action = 'cards.scrap' AND object_id = $1",
      [`${range.firstCardNo}-${range.lastCardNo}`],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: adminA.id,
      after: { cardCount: 50, valueFen: 250_000, reason: "受潮损坏" },
    });
  });

  it("sold cards are never scrapped: the money is the customer's", async () => {
    const range = await f.cardRange(3);
    await t.db.query("UPDATE cards SET state = 'sold', sold_at = now() WHERE card_no = $1", [
      range.cardNos[1],
    ]);
    const before = await cardRows(t.db, range.firstCardNo, range.lastCardNo);
    const problem = await expectProblem(await rangeOp("scrap", range), 409, "card_range_not_eligible");
    expect(problem.detail).toContain("1 sold");
    expect(await cardRows(t.db, range.firstCardNo, range.lastCardNo)).toEqual(before);
  });
});

describe("destruction with maker-checker approval", () => {
  async function scrappedRange(count = 10) {
    return f.cardRange(count, { state: "scrapped" });
  }
  const request = (range: Range, who: Staff = adminA) =>
    post("/v1/card-ranges/destruction-requests", who.token, rangeBody(range, "年度销毁"));
  const approve = (id: string, who: Staff) => post(`/v1/approvals/${id}/approve`, who.token, {});

  it("a request and another card admin's approval destroy the range", async () => {
    const range = await scrappedRange();
    const res = await request(range);
    expect(res.status).toBe(201);
    const approval = (await res.json()) as Schemas["Approval"];
    expect(approval).toMatchObject({ kind: "card_destruction", state: "pending", unitId: f.outletId });
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ scrapped: 10 });

    const decided = await approve(approval.id, adminB);
    expect(decided.status).toBe(200);
    expect(await decided.json()).toMatchObject({ state: "approved", checkerId: adminB.id });
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ destroyed: 10 });
    const audit = await t.db.query<{ actor_id: string; after: Record<string, unknown> }>(
      "SELECT actor_id, after FROM audit_events WHERE action = 'cards.destroy' AND object_id = $1",
      [`${range.firstCardNo}-${range.lastCardNo}`],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: adminB.id,
      after: { cardCount: 10, approvalId: approval.id },
    });
  });

  it("the maker cannot approve their own request; another city's admin cannot see it", async () => {
    const range = await scrappedRange();
    const { id } = (await (await request(range)).json()) as Schemas["Approval"];
    await expectProblem(await approve(id, adminA), 403, "approval_self_decision");
    await expectProblem(await approve(id, otherAdmin), 404, "approval_not_found");
    await expectProblem(await approve(id, fundAdmin), 403, "forbidden");
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ scrapped: 10 });
  });

  it("if a card changed meanwhile the approval fails with nothing changed, and stays pending", async () => {
    const range = await scrappedRange(5);
    const { id } = (await (await request(range)).json()) as Schemas["Approval"];
    // Someone put one card back into stock before the checker decided.
    await t.db.query("UPDATE cards SET state = 'in_stock' WHERE card_no = $1", [range.cardNos[2]]);
    const before = await booksSnapshot(t.db);
    const res = await approve(id, adminB);
    await expectProblem(res, 409, "card_range_not_eligible");
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ scrapped: 4, in_stock: 1 });
    expect(await booksSnapshot(t.db)).toEqual(before);
    const [approval] = await t.db.query("SELECT state, checker_id FROM approvals WHERE id = $1", [id]);
    expect(approval).toEqual({ state: "pending", checker_id: null });
    expect((await post(`/v1/approvals/${id}/reject`, adminB.token, { note: "range changed" })).status).toBe(
      200,
    );
  });

  it("a range that is not all scrapped in your units cannot be requested", async () => {
    const mixed = await scrappedRange(3);
    await t.db.query("UPDATE cards SET state = 'in_stock' WHERE card_no = $1", [mixed.cardNos[0]]);
    await expectProblem(await request(mixed), 409, "card_range_not_eligible");
    const foreign = await f.cardRange(3, { state: "scrapped", ownerUnitId: f.otherOutletId });
    await expectProblem(await request(foreign), 409, "card_range_not_eligible");
    const [n] = await t.db.query(
      "SELECT count(*)::int AS n FROM approvals WHERE kind = 'card_destruction' AND object_id = ANY($1)",
      [[`${mixed.firstCardNo}-${mixed.lastCardNo}`, `${foreign.firstCardNo}-${foreign.lastCardNo}`]],
    );
    expect(Number(n?.n)).toBe(0);
  });
});

describe("security", () => {
  const paths = ["freeze", "unfreeze", "scrap", "destruction-requests"];

  it("no token is 401; roles other than card_admin are 403", async () => {
    const range = await f.cardRange(1);
    for (const path of paths) {
      await expectProblem(
        await post(`/v1/card-ranges/${path}`, undefined, rangeBody(range)),
        401,
        "unauthenticated",
      );
      for (const who of [clerk, fundAdmin])
        await expectProblem(
          await post(`/v1/card-ranges/${path}`, who.token, rangeBody(range)),
          403,
          "forbidden",
        );
    }
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ in_stock: 1 });
  });

  it("another unit's cards are not eligible, whatever their state, and nothing changes", async () => {
    const theirs = await f.cardRange(4, { ownerUnitId: f.otherOutletId });
    const before = {
      cards: await cardRows(t.db, theirs.firstCardNo, theirs.lastCardNo),
      books: await booksSnapshot(t.db),
    };
    for (const action of ["freeze", "scrap"] as const) {
      const problem = await expectProblem(
        await rangeOp(action, theirs, adminA),
        409,
        "card_range_not_eligible",
      );
      expect(problem.detail).toContain("4 not in the custody");
    }
    expect(await cardRows(t.db, theirs.firstCardNo, theirs.lastCardNo)).toEqual(before.cards);
    expect(await booksSnapshot(t.db)).toEqual(before.books);
  });

  it("a range half in your units, half in another's, moves no card at all", async () => {
    const range = await f.cardRange(10);
    await t.db.query("UPDATE cards SET owner_unit_id = $2 WHERE card_no = ANY($1)", [
      range.cardNos.slice(5),
      f.otherOutletId,
    ]);
    await expectProblem(await rangeOp("freeze", range, adminA), 409, "card_range_not_eligible");
    expect(await statesOf(t.db, range.firstCardNo, range.lastCardNo)).toEqual({ in_stock: 10 });
  });

  it("a range of the wrong shape is 400", async () => {
    const range = await f.cardRange(2);
    const reversed = { firstCardNo: range.lastCardNo, lastCardNo: range.firstCardNo, reason: "x" };
    await expectProblem(
      await post("/v1/card-ranges/freeze", adminA.token, reversed),
      400,
      "card_range_invalid",
    );
    const noReason = { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo };
    await expectProblem(
      await post("/v1/card-ranges/freeze", adminA.token, noReason),
      400,
      "validation_failed",
    );
  });
});
