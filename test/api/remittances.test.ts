import { businessDate } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResponseBody, Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { accountSum, newOutlet, sellAt } from "../helpers/funds.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * Sales remittance (售卡解款): an outlet's fund_admin declares, a settlement officer (another
 * person) confirms — one balanced ledger transaction — or rejects; nobody declares more than
 * the outlet sold and has not yet remitted, even concurrently.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Remittance = Schemas["Remittance"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let fundAdmin: Staff;
let officer: Staff;
let otherOfficer: Staff; // the other city
let otherFundAdmin: Staff; // the other city
let bothRoles: Staff; // fund_admin + settlement_officer: may declare, may not decide their own
let clerk: Staff;
let n = 0;
const key = () => `rem-${Date.now()}-${n++}`;
const today = businessDate(new Date());

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [fundAdmin, officer, otherOfficer, otherFundAdmin, bothRoles, clerk] = await Promise.all([
    f.staff(["fund_admin"]),
    f.staff(["settlement_officer"]),
    f.staff(["settlement_officer"], { unitId: f.otherCityId }),
    f.staff(["fund_admin"], { unitId: f.otherCityId }),
    f.staff(["fund_admin", "settlement_officer"]),
    f.staff(["clerk"], { unitId: f.outletId }),
  ]);
});
afterAll(() => t.close());

function declare(body: Record<string, unknown>, options: { token?: string; idempotencyKey?: string } = {}) {
  return app.request(
    "/v1/remittances",
    requestInit("POST", {
      token: options.token ?? fundAdmin.token,
      idempotencyKey: options.idempotencyKey ?? key(),
      body: { businessDate: today, bankReference: `BANK-${key()}`, ...body },
    }),
  );
}

const confirm = (id: string, token = officer.token, idempotencyKey = key()) =>
  app.request(`/v1/remittances/${id}/confirm`, requestInit("POST", { token, idempotencyKey }));
const reject = (id: string, reason: unknown = "不在银行对账单上", token = officer.token) =>
  app.request(`/v1/remittances/${id}/reject`, requestInit("POST", { token, body: { reason } }));
const get = (path: string, token: string, headers?: Record<string, string>) =>
  app.request(path, requestInit("GET", { token, headers }));

async function declared(outletUnitId: string, amountFen: number) {
  const res = await declare({ outletUnitId, amountFen });
  expect(res.status).toBe(201);
  return (await res.json()) as Remittance;
}

async function legsOf(transactionId: string) {
  const rows = await t.db.query<{ book_key: string; account: string; owner: string; amount_fen: string }>(
    "SELECT book_key, account, owner, amount_fen FROM ledger_entries WHERE transaction_id = $1 ORDER BY leg",
    [transactionId],
  );
  return rows.map((r) => [r.book_key, r.account, r.owner, Number(r.amount_fen)]);
}

const entryCount = async () =>
  Number((await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM ledger_entries"))[0]?.n);

describe("POST /v1/remittances — declare", () => {
  it("declares part of the day's sales: declared, nothing booked, one audit event", async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 5);
    const before = await entryCount();
    const res = await declare({ outletUnitId: outlet, amountFen: 30_000, bankReference: "ICBC-001" });
    expect(res.status).toBe(201);
    const rem = (await res.json()) as Remittance;
    expect(rem).toMatchObject({
      outletUnitId: outlet,
      businessDate: today,
      amountFen: 30_000,
      currency: "CNY",
      bankReference: "ICBC-001",
      state: "declared",
      declaredBy: fundAdmin.id,
      declarer: {
        id: fundAdmin.id,
        username: fundAdmin.username,
        displayName: expect.stringMatching(/^测试 /),
      },
      decidedBy: null,
      decider: null,
      ledgerTransactionId: null,
    });
    expect(rem.id).toMatch(/^rem_/);
    expect(await entryCount()).toBe(before);
    const audit = await t.db.query(
      "SELECT actor_id FROM audit_events WHERE action = 'remittance.declared' AND object_id = $1",
      [rem.id],
    );
    expect(audit).toEqual([{ actor_id: fundAdmin.id }]);
  });

  it("refuses more than sold and not yet remitted, counting declarations awaiting a decision", async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 5); // 50,000 fen
    await declared(outlet, 30_000);
    const body = await expectProblem(
      await declare({ outletUnitId: outlet, amountFen: 20_001 }),
      409,
      "remittance_exceeds_unremitted",
    );
    expect(body.detail).toContain("20000");
    await declared(outlet, 20_000);
    await expectProblem(
      await declare({ outletUnitId: outlet, amountFen: 1 }),
      409,
      "remittance_exceeds_unremitted",
    );
  });

  it("an outlet that sold nothing can declare nothing", async () => {
    const outlet = await newOutlet(t.db, f);
    await expectProblem(
      await declare({ outletUnitId: outlet, amountFen: 1 }),
      409,
      "remittance_exceeds_unremitted",
    );
  });

  it("a bank reference is declared once per outlet, again only after a rejection", async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 3);
    const first = await declare({ outletUnitId: outlet, amountFen: 100, bankReference: "SLIP-9" });
    expect(first.status).toBe(201);
    await expectProblem(
      await declare({ outletUnitId: outlet, amountFen: 200, bankReference: "SLIP-9" }),
      409,
      "remittance_bank_reference_taken",
    );
    expect((await reject(((await first.json()) as Remittance).id)).status).toBe(200);
    expect((await declare({ outletUnitId: outlet, amountFen: 200, bankReference: "SLIP-9" })).status).toBe(
      201,
    );
  });

  it("replays the first answer for the same key; another body under it is a 422", async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 1);
    const k = key();
    const body = { outletUnitId: outlet, amountFen: 5_000, bankReference: "REPLAY-1" };
    const first = await declare(body, { idempotencyKey: k });
    const again = await declare(body, { idempotencyKey: k });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(await first.text());
    const [count] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM remittances WHERE outlet_unit_id = $1",
      [outlet],
    );
    expect(Number(count?.n)).toBe(1);
    await expectProblem(
      await declare({ ...body, amountFen: 4_000 }, { idempotencyKey: k }),
      422,
      "idempotency_key_reused",
    );
  });

  it("validates the request", async () => {
    const noKey = await app.request(
      "/v1/remittances",
      requestInit("POST", {
        token: fundAdmin.token,
        body: { outletUnitId: f.outletId, businessDate: today, amountFen: 1, bankReference: "x" },
      }),
    );
    await expectProblem(noKey, 400, "idempotency_key_missing");
    await expectProblem(await declare({ outletUnitId: f.outletId, amountFen: 0 }), 400, "validation_failed");
    await expectProblem(
      await declare({ outletUnitId: f.outletId, amountFen: 1.5 }),
      400,
      "validation_failed",
    );
    await expectProblem(
      await declare({ outletUnitId: f.outletId, amountFen: 1, bankReference: "" }),
      400,
      "validation_failed",
    );
    await expectProblem(
      await declare({ outletUnitId: f.outletId, amountFen: 1, businessDate: "2026-02-30" }),
      400,
      "validation_failed",
    );
    await expectProblem(
      await declare({ outletUnitId: f.outletId, amountFen: 1, businessDate: "2999-01-01" }),
      400,
      "business_date_in_future",
    );
  });

  it("security: no token 401, wrong role 403, another unit's outlet 404", async () => {
    const res = await app.request(
      "/v1/remittances",
      requestInit("POST", {
        idempotencyKey: key(),
        body: { outletUnitId: f.outletId, businessDate: today, amountFen: 1, bankReference: "x" },
      }),
    );
    await expectProblem(res, 401, "unauthenticated");
    await expectProblem(
      await declare({ outletUnitId: f.outletId, amountFen: 1 }, { token: clerk.token }),
      403,
      "forbidden",
    );
    await expectProblem(
      await declare({ outletUnitId: f.outletId, amountFen: 1 }, { token: officer.token }),
      403,
      "forbidden",
    );
    await expectProblem(
      await declare({ outletUnitId: f.otherOutletId, amountFen: 1 }),
      404,
      "unit_not_found",
    );
    await expectProblem(await declare({ outletUnitId: "unt_none", amountFen: 1 }), 404, "unit_not_found");
  });
});

describe("POST /v1/remittances/{id}/confirm", () => {
  it("books one balanced transaction in the outlet's book: debit unified account, credit outlet cash", async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 4); // 40,000
    const rem = await declared(outlet, 25_000);
    const unifiedBefore = await accountSum(t.db, "settlement_unified", "");
    const res = await confirm(rem.id);
    expect(res.status).toBe(200);
    const done = (await res.json()) as Remittance;
    expect(done).toMatchObject({
      id: rem.id,
      state: "confirmed",
      decidedBy: officer.id,
      decider: { id: officer.id, username: officer.username, displayName: expect.stringMatching(/^测试 /) },
    });
    expect(done.ledgerTransactionId).toMatch(/^txn_/);
    expect(await legsOf(done.ledgerTransactionId as string)).toEqual([
      [outlet, "settlement_unified", "", 25_000],
      [outlet, "outlet_card_cash", outlet, -25_000],
    ]);
    const [txn] = await t.db.query("SELECT kind, reference FROM ledger_transactions WHERE id = $1", [
      done.ledgerTransactionId,
    ]);
    expect(txn).toEqual({ kind: "remittance", reference: rem.id });
    expect(await accountSum(t.db, "outlet_card_cash", outlet)).toBe(15_000);
    expect(await accountSum(t.db, "settlement_unified", "")).toBe(unifiedBefore + 25_000);
    // Confirmed money is remitted: 15,000 remain declarable, not more.
    await expectProblem(
      await declare({ outletUnitId: outlet, amountFen: 15_001 }),
      409,
      "remittance_exceeds_unremitted",
    );
    await declared(outlet, 15_000);
  });

  it("replays for the same key; a second confirmation is 409; the declarer cannot decide", async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 1);
    const own = await declare({ outletUnitId: outlet, amountFen: 1_000 }, { token: bothRoles.token });
    const ownId = ((await own.json()) as Remittance).id;
    await expectProblem(await confirm(ownId, bothRoles.token), 403, "remittance_self_decision");
    await expectProblem(await reject(ownId, "x", bothRoles.token), 403, "remittance_self_decision");

    const k = key();
    const first = await confirm(ownId, officer.token, k);
    const again = await confirm(ownId, officer.token, k);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(await first.text());
    const [count] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM ledger_transactions WHERE kind = 'remittance' AND reference = $1",
      [ownId],
    );
    expect(Number(count?.n)).toBe(1);
    await expectProblem(await confirm(ownId), 409, "remittance_not_pending");
    await expectProblem(await reject(ownId), 409, "remittance_not_pending");
  });

  it("security: no token 401, wrong role 403, another unit's remittance 404, unknown 404, no key 400", async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 1);
    const rem = await declared(outlet, 1_000);
    await expectProblem(
      await app.request(`/v1/remittances/${rem.id}/confirm`, requestInit("POST", { idempotencyKey: key() })),
      401,
      "unauthenticated",
    );
    await expectProblem(await confirm(rem.id, fundAdmin.token), 403, "forbidden");
    await expectProblem(await confirm(rem.id, otherOfficer.token), 404, "remittance_not_found");
    await expectProblem(await confirm("rem_none"), 404, "remittance_not_found");
    await expectProblem(
      await app.request(`/v1/remittances/${rem.id}/confirm`, requestInit("POST", { token: officer.token })),
      400,
      "idempotency_key_missing",
    );
    expect((await get(`/v1/remittances/${rem.id}`, officer.token)).status).toBe(200);
    expect(((await (await get(`/v1/remittances/${rem.id}`, officer.token)).json()) as Remittance).state).toBe(
      "declared",
    );
  });
});

describe("POST /v1/remittances/{id}/reject", () => {
  it("rejects with a reason: nothing booked, the amount is declarable again", async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 2); // 20,000
    const rem = await declared(outlet, 20_000);
    const before = await entryCount();
    const res = await reject(rem.id, "未到账");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      state: "rejected",
      rejectReason: "未到账",
      decidedBy: officer.id,
      ledgerTransactionId: null,
    });
    expect(await entryCount()).toBe(before);
    await declared(outlet, 20_000);
    const audit = await t.db.query(
      "SELECT 1 FROM audit_events WHERE action = 'remittance.rejected' AND object_id = $1",
      [rem.id],
    );
    expect(audit).toHaveLength(1);
  });

  it("needs a reason; security as for confirm", async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 1);
    const rem = await declared(outlet, 500);
    await expectProblem(await reject(rem.id, ""), 400, "validation_failed");
    await expectProblem(
      await app.request(
        `/v1/remittances/${rem.id}/reject`,
        requestInit("POST", { token: officer.token, body: {} }),
      ),
      400,
      "validation_failed",
    );
    await expectProblem(
      await app.request(`/v1/remittances/${rem.id}/reject`, requestInit("POST", { body: { reason: "x" } })),
      401,
      "unauthenticated",
    );
    await expectProblem(await reject(rem.id, "x", fundAdmin.token), 403, "forbidden");
    await expectProblem(await reject(rem.id, "x", otherOfficer.token), 404, "remittance_not_found");
  });
});

describe("GET /v1/remittances and /v1/remittances/{id}", () => {
  it("reads one in scope; another unit's is 404; no token 401; a clerk 403", async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 1);
    const rem = await declared(outlet, 700);
    const res = await get(`/v1/remittances/${rem.id}`, fundAdmin.token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(rem);
    await expectProblem(
      await get(`/v1/remittances/${rem.id}`, otherFundAdmin.token),
      404,
      "remittance_not_found",
    );
    await expectProblem(await app.request(`/v1/remittances/${rem.id}`), 401, "unauthenticated");
    await expectProblem(await get(`/v1/remittances/${rem.id}`, clerk.token), 403, "forbidden");
  });

  it("lists by outlet, day and state, newest first, in cursor pages", async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 1);
    const made: Remittance[] = [];
    for (let i = 0; i < 5; i++) made.push(await declared(outlet, 100 + i));
    expect((await reject(made[0]?.id as string)).status).toBe(200);

    const page1 = await get(`/v1/remittances?outletUnitId=${outlet}&limit=2`, officer.token);
    const p1 = (await page1.json()) as ResponseBody<"listRemittances">;
    expect(p1.data.map((r) => r.amountFen)).toEqual([104, 103]);
    const p2 = (await (
      await get(`/v1/remittances?outletUnitId=${outlet}&limit=2&cursor=${p1.nextCursor}`, officer.token)
    ).json()) as ResponseBody<"listRemittances">;
    expect(p2.data.map((r) => r.amountFen)).toEqual([102, 101]);

    const rejected = (await (
      await get(`/v1/remittances?outletUnitId=${outlet}&state=rejected&businessDate=${today}`, officer.token)
    ).json()) as ResponseBody<"listRemittances">;
    expect(rejected.data.map((r) => r.id)).toEqual([made[0]?.id]);
    const none = (await (
      await get(`/v1/remittances?outletUnitId=${outlet}&businessDate=2020-01-01`, officer.token)
    ).json()) as ResponseBody<"listRemittances">;
    expect(none.data).toEqual([]);
    // Another city's staff see none of them, and may not filter by this outlet.
    const theirs = (await (
      await get("/v1/remittances?limit=100", otherFundAdmin.token)
    ).json()) as ResponseBody<"listRemittances">;
    expect(theirs.data.filter((r) => r.outletUnitId === outlet)).toEqual([]);
    await expectProblem(
      await get(`/v1/remittances?outletUnitId=${outlet}`, otherFundAdmin.token),
      404,
      "unit_not_found",
    );
    await expectProblem(await get("/v1/remittances?state=lost", officer.token), 400, "validation_failed");
    await expectProblem(await get("/v1/remittances?cursor=bad", officer.token), 400, "validation_failed");
    await expectProblem(await app.request("/v1/remittances"), 401, "unauthenticated");
    await expectProblem(await get("/v1/remittances", clerk.token), 403, "forbidden");
  });
});

describe("concurrent declarations", () => {
  const pg = realPostgresOnly();
  it.skipIf(pg.skip)(`twenty declarations at once never exceed the sales ${pg.reason}`, async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 10); // 100,000
    const results = await Promise.all(
      Array.from({ length: 20 }, () => declare({ outletUnitId: outlet, amountFen: 10_000 })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(10);
    const [sum] = await t.db.query<{ s: string }>(
      "SELECT COALESCE(SUM(amount_fen), 0) AS s FROM remittances WHERE outlet_unit_id = $1 AND state = 'declared'",
      [outlet],
    );
    expect(Number(sum?.s)).toBe(100_000);
  });

  it.skipIf(pg.skip)(`two officers confirming at once: one booking ${pg.reason}`, async () => {
    const outlet = await newOutlet(t.db, f);
    await sellAt(app, f, outlet, 1);
    const rem = await declared(outlet, 10_000);
    const second = await f.staff(["settlement_officer"]);
    const results = await Promise.all([confirm(rem.id), confirm(rem.id, second.token)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await accountSum(t.db, "outlet_card_cash", outlet)).toBe(0);
  });
});
