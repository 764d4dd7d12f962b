import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResponseBody, Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { rechargeNewCard } from "../helpers/funds.ts";
import { ledgerFigures, partnerClient } from "../helpers/partners.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * Bills paid from the prepaid balance (抵缴电费): idempotent import (JSON and CSV), recognition in
 * the ledger, payment oldest first at import and whenever money arrives, partial payment.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type ImportResult = Schemas["ImportBillsResult"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let fundAdmin: Staff;
let officer: Staff;
let otherFundAdmin: Staff;
let outletClerk: Staff;
let cardAdmin: Staff;
let counterKey: string;
let partner: { id: string; token: string };
let n = 0;
const key = () => `bill-${Date.now()}-${n++}`;
const uid = () => `B${Date.now().toString(36)}${n++}`;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [fundAdmin, officer, otherFundAdmin, outletClerk, cardAdmin] = await Promise.all([
    f.staff(["fund_admin"]),
    f.staff(["settlement_officer"]),
    f.staff(["fund_admin"], { unitId: f.otherCityId }),
    f.staff(["clerk"], { unitId: f.outletId }),
    f.staff(["card_admin"]),
  ]);
  counterKey = (await f.client("counter")).apiKey;
  partner = await partnerClient(f, t.db);
});
afterAll(() => t.close());

function importJson(
  bills: unknown[],
  options: { token?: string; idempotencyKey?: string; source?: string } = {},
) {
  return app.request(
    "/v1/bills",
    requestInit("POST", {
      token: options.token ?? fundAdmin.token,
      idempotencyKey: options.idempotencyKey ?? key(),
      body: { source: options.source ?? "cis", bills },
    }),
  );
}

function importCsv(csv: string, options: { token?: string; source?: string; contentType?: string } = {}) {
  return app.request(
    `/v1/bills/import?source=${options.source ?? "cis"}`,
    requestInit("POST", {
      token: options.token ?? fundAdmin.token,
      idempotencyKey: key(),
      rawBody: csv,
      headers: { "Content-Type": options.contentType ?? "text/csv" },
    }),
  );
}

async function imported(bills: unknown[], token?: string) {
  const res = await importJson(bills, { token });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as ImportResult;
}

async function billsOf(customerNo: string, token = fundAdmin.token) {
  const res = await app.request(`/v1/customers/${customerNo}/bills?limit=100`, requestInit("GET", { token }));
  expect(res.status).toBe(200);
  const { data } = (await res.json()) as ResponseBody<"listCustomerBills">;
  return data.sort((a, b) => a.period.localeCompare(b.period));
}

const recharge = (customerNo: string, faceValueFen: number) =>
  rechargeNewCard(app, f, counterKey, customerNo, faceValueFen);

/** Every customer's balance row equals the negated sum of its prepaid entries, and is >= 0. */
async function expectBooksTrue(customerNo: string) {
  const figures = await ledgerFigures(t.db, customerNo);
  expect(figures.balanceFen).toBe(figures.prepaidFen);
  expect(figures.balanceFen).toBeGreaterThanOrEqual(0);
  const [receivable] = await t.db.query<{ s: string }>(
    `SELECT COALESCE(SUM(amount_fen), 0) AS s FROM ledger_entries WHERE account = 'electricity_receivable' AND owner = $1`,
    [customerNo],
  );
  const [due] = await t.db.query<{ s: string }>(
    "SELECT COALESCE(SUM(amount_fen - paid_fen), 0) AS s FROM bills WHERE customer_no = $1",
    [customerNo],
  );
  expect(Number(receivable?.s)).toBe(Number(due?.s));
  return figures;
}

const bill = (customerNo: string, period: string, amountFen: number, billId = uid()) => ({
  billId,
  customerNo,
  period,
  amountFen,
});

describe("POST /v1/bills — import", () => {
  it("imports bills of a customer without balance: open, each recognised in the customer's book", async () => {
    const c = await f.customer();
    const result = await imported([
      bill(c.customerNo, "2026-09", 12_000),
      bill(c.customerNo, "2026-10", 8_000),
    ]);
    expect(result).toMatchObject({
      imported: 2,
      duplicates: 0,
      rejected: 0,
      importedFen: 20_000,
      paidFromBalanceFen: 0,
    });
    expect(result.payments).toEqual([]);
    const id = result.results[0]?.id as string;
    expect(id).toMatch(/^bil_/);
    const legs = await t.db.query<{ book_key: string; account: string; owner: string; amount_fen: string }>(
      "SELECT book_key, account, owner, amount_fen FROM ledger_entries WHERE transaction_id = $1 ORDER BY leg",
      [id],
    );
    expect(legs.map((l) => [l.book_key, l.account, l.owner, Number(l.amount_fen)])).toEqual([
      [c.customerNo, "electricity_receivable", c.customerNo, 12_000],
      [c.customerNo, "unit_electricity_revenue", f.cityId, -12_000],
    ]);
    expect((await billsOf(c.customerNo)).map((b) => [b.period, b.state, b.dueFen])).toEqual([
      ["2026-09", "open", 12_000],
      ["2026-10", "open", 8_000],
    ]);
    await expectBooksTrue(c.customerNo);
    const [audit] = await t.db.query<{ after: { imported: number } }>(
      "SELECT after FROM audit_events WHERE action = 'bills.imported' AND actor_id = $1 ORDER BY entry_no DESC LIMIT 1",
      [fundAdmin.id],
    );
    expect(audit?.after.imported).toBe(2);
  });

  it("pays from the balance at import, oldest period first; the last one reached is partly paid", async () => {
    const c = await f.customer();
    await recharge(c.customerNo, 15_000);
    // Listed newest first on purpose: payment follows the period, not the order of the batch.
    const result = await imported([
      bill(c.customerNo, "2026-10", 8_000),
      bill(c.customerNo, "2026-09", 10_000),
      bill(c.customerNo, "2026-11", 1_000),
    ]);
    expect(result.paidFromBalanceFen).toBe(15_000);
    expect(result.payments).toEqual([{ customerNo: c.customerNo, paidFen: 15_000, billCount: 2 }]);
    expect((await billsOf(c.customerNo)).map((b) => [b.period, b.state, b.paidFen])).toEqual([
      ["2026-09", "paid", 10_000],
      ["2026-10", "partly_paid", 5_000],
      ["2026-11", "open", 0],
    ]);
    const figures = await expectBooksTrue(c.customerNo);
    expect(figures.balanceFen).toBe(0);
    const [payment] = await t.db.query<{ transaction_id: string }>(
      "SELECT DISTINCT ledger_transaction_id AS transaction_id FROM bill_payments WHERE customer_no = $1",
      [c.customerNo],
    );
    const legs = await t.db.query<{ account: string; owner: string; amount_fen: string }>(
      "SELECT account, owner, amount_fen FROM ledger_entries WHERE transaction_id = $1 ORDER BY leg",
      [payment?.transaction_id],
    );
    expect(legs.map((l) => [l.account, l.owner, Number(l.amount_fen)])).toEqual([
      ["customer_prepaid", c.customerNo, 15_000],
      ["electricity_receivable", c.customerNo, -15_000],
    ]);
  });

  it("a recharge pays open bills right after it commits; the rest stays on the balance", async () => {
    const c = await f.customer();
    await imported([bill(c.customerNo, "2026-09", 3_000), bill(c.customerNo, "2026-10", 4_000)]);
    const answer = await recharge(c.customerNo, 10_000);
    expect(answer.balanceFen).toBe(10_000); // the recharge's own answer: the balance it made
    expect((await billsOf(c.customerNo)).map((b) => b.state)).toEqual(["paid", "paid"]);
    expect((await expectBooksTrue(c.customerNo)).balanceFen).toBe(3_000);
    const [audit] = await t.db.query<{ actor_type: string }>(
      "SELECT actor_type FROM audit_events WHERE action = 'bills.paid_from_balance' AND object_id = $1",
      [c.customerNo],
    );
    expect(audit?.actor_type).toBe("client");
  });

  it("a partner top-up pays open bills too, partly if it is not enough", async () => {
    const c = await f.customer();
    await imported([bill(c.customerNo, "2026-08", 5_000)]);
    const res = await app.request(
      "/v1/topups",
      requestInit("POST", {
        token: partner.token,
        idempotencyKey: key(),
        body: { customerNo: c.customerNo, amountFen: 2_000, partnerReference: "BANK-1" },
      }),
    );
    expect(res.status).toBe(201);
    expect((await billsOf(c.customerNo)).map((b) => [b.state, b.paidFen])).toEqual([["partly_paid", 2_000]]);
    expect((await expectBooksTrue(c.customerNo)).balanceFen).toBe(0);
  });

  it("is idempotent by bill id: same content is a duplicate, other content a per-bill conflict", async () => {
    const c = await f.customer();
    const a = bill(c.customerNo, "2026-09", 1_000);
    const b = bill(c.customerNo, "2026-10", 2_000);
    const first = await imported([a, b]);
    const [entries] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM ledger_entries");
    const again = await imported([a, { ...b, amountFen: 2_001 }, bill(c.customerNo, "2026-11", 500)]);
    expect(again).toMatchObject({ imported: 1, duplicates: 1, rejected: 1 });
    expect(again.results[0]).toEqual({
      index: 0,
      billId: a.billId,
      outcome: "duplicate",
      id: first.results[0]?.id,
      customerNo: c.customerNo,
    });
    expect(again.results[1]).toMatchObject({
      index: 1,
      billId: b.billId,
      outcome: "rejected",
      code: "bill_conflict",
    });
    const [after] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM ledger_entries");
    expect(Number(after?.n)).toBe(Number(entries?.n) + 2); // only the new bill's recognition
    // The same id from another billing system is another bill.
    const otherSource = await importJson([a], { source: "other" });
    expect(((await otherSource.json()) as ImportResult).imported).toBe(1);
  });

  it("judges repeats inside one batch against their first line", async () => {
    const c = await f.customer();
    const a = bill(c.customerNo, "2026-09", 1_000);
    const result = await imported([a, a, { ...a, period: "2026-10" }]);
    expect(result.results.map((r) => [r.outcome, r.code])).toEqual([
      ["imported", undefined],
      ["duplicate", undefined],
      ["rejected", "bill_conflict"],
    ]);
    expect(result.results[1]?.id).toBe(result.results[0]?.id);
  });

  it("rejects bills of unknown customers and of customers outside the importer's units", async () => {
    const mine = await f.customer();
    const theirs = await f.customer();
    await t.db.query("UPDATE customers SET accounting_unit_id = $2 WHERE customer_no = $1", [
      theirs.customerNo,
      f.otherCityId,
    ]);
    const result = await imported([
      bill("0000000001", "2026-09", 100),
      bill(theirs.customerNo, "2026-09", 100),
      bill(mine.customerNo, "2026-09", 100),
    ]);
    expect(result.results.map((r) => [r.outcome, r.code])).toEqual([
      ["rejected", "customer_not_found"],
      ["rejected", "customer_not_found"],
      ["imported", undefined],
    ]);
    // The other city's fund admin imports theirs; ours cannot see it even as a duplicate.
    const billId = uid();
    expect(
      (await imported([bill(theirs.customerNo, "2026-09", 100, billId)], otherFundAdmin.token)).imported,
    ).toBe(1);
    expect((await imported([bill(theirs.customerNo, "2026-09", 100, billId)])).results[0]).toMatchObject({
      outcome: "rejected",
      code: "customer_not_found",
    });
  });

  it("replays the first answer for the same key; another batch under it is a 422", async () => {
    const c = await f.customer();
    const k = key();
    const bills = [bill(c.customerNo, "2026-09", 700)];
    const first = await importJson(bills, { idempotencyKey: k, token: officer.token });
    const again = await importJson(bills, { idempotencyKey: k, token: officer.token });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(await first.text());
    await expectProblem(
      await importJson([bill(c.customerNo, "2026-10", 700)], { idempotencyKey: k, token: officer.token }),
      422,
      "idempotency_key_reused",
    );
  });

  it("validates the batch", async () => {
    const c = await f.customer();
    await expectProblem(await importJson([]), 400, "validation_failed");
    await expectProblem(
      await importJson(Array.from({ length: 1_001 }, (_, i) => bill(c.customerNo, "2026-09", 1, `X${i}`))),
      400,
      "validation_failed",
    );
    await expectProblem(await importJson([bill(c.customerNo, "2026-13", 1)]), 400, "validation_failed");
    await expectProblem(await importJson([bill(c.customerNo, "2026-09", 0)]), 400, "validation_failed");
    await expectProblem(await importJson([bill("123", "2026-09", 1)]), 400, "validation_failed");
    await expectProblem(
      await importJson([bill(c.customerNo, "2026-09", 1)], { source: "Bad Source" }),
      400,
      "validation_failed",
    );
    await expectProblem(
      await app.request(
        "/v1/bills",
        requestInit("POST", {
          token: fundAdmin.token,
          body: { source: "cis", bills: [bill(c.customerNo, "2026-09", 1)] },
        }),
      ),
      400,
      "idempotency_key_missing",
    );
  });

  it("takes 1,000 bills in one request (a larger body than other routes)", async () => {
    const customers = await Promise.all(Array.from({ length: 10 }, () => f.customer()));
    const bills = Array.from({ length: 1_000 }, (_, i) =>
      bill(customers[i % 10]?.customerNo as string, `20${10 + Math.floor(i / 120)}-0${1 + (i % 9)}`, 100 + i),
    );
    const result = await imported(bills);
    expect(result.imported).toBe(1_000);
    for (const c of customers.slice(0, 2)) await expectBooksTrue(c.customerNo);
  });

  it("security: no token 401, wrong role 403", async () => {
    const res = await app.request(
      "/v1/bills",
      requestInit("POST", { idempotencyKey: key(), body: { source: "cis", bills: [] } }),
    );
    await expectProblem(res, 401, "unauthenticated");
    await expectProblem(await importJson([], { token: outletClerk.token }), 403, "forbidden");
    await expectProblem(await importJson([], { token: cardAdmin.token }), 403, "forbidden");
  });
});

describe("POST /v1/bills/import — CSV", () => {
  it("imports a CSV file with the same rules", async () => {
    const c = await f.customer();
    await recharge(c.customerNo, 1_000);
    const id1 = uid();
    const csv = `bill_id,customer_no,period,amount_fen\r\n${id1},${c.customerNo},2026-09,600\r\n"${uid()},q",${c.customerNo},2026-10,600\r\n`;
    const res = await importCsv(csv);
    expect(res.status).toBe(200);
    const result = (await res.json()) as ImportResult;
    expect(result).toMatchObject({ imported: 2, paidFromBalanceFen: 1_000 });
    expect(result.results[1]?.billId).toMatch(/,q$/);
    expect((await billsOf(c.customerNo)).map((b) => b.state)).toEqual(["paid", "partly_paid"]);
    const again = (await (await importCsv(csv)).json()) as ImportResult;
    expect(again).toMatchObject({ imported: 0, duplicates: 2 });
  });

  it("refuses a malformed file, naming the lines", async () => {
    const c = await f.customer();
    await expectProblem(await importCsv("id,customer\n1,2\n"), 400, "validation_failed");
    const body = await expectProblem(
      await importCsv(
        `bill_id,customer_no,period,amount_fen\nA,${c.customerNo},2026-09,12.5\nB,${c.customerNo},2026-09\n`,
      ),
      400,
      "validation_failed",
    );
    expect((body.errors as { field: string }[]).map((e) => e.field)).toEqual(["line 2.amountFen", "line 3"]);
    await expectProblem(await importCsv("bill_id,customer_no,period,amount_fen\n"), 400, "validation_failed");
    await expectProblem(
      await importCsv("x", { contentType: "application/json" }),
      415,
      "unsupported_media_type",
    );
    await expectProblem(
      await app.request(
        "/v1/bills",
        requestInit("POST", {
          token: fundAdmin.token,
          idempotencyKey: key(),
          rawBody: "a,b",
          headers: { "Content-Type": "text/csv" },
        }),
      ),
      415,
      "unsupported_media_type",
    );
    await expectProblem(
      await importCsv("bill_id,customer_no,period,amount_fen\n", { source: "" }),
      400,
      "validation_failed",
    );
  });

  it("security: no token 401, wrong role 403", async () => {
    const res = await app.request(
      "/v1/bills/import?source=cis",
      requestInit("POST", { idempotencyKey: key(), rawBody: "x", headers: { "Content-Type": "text/csv" } }),
    );
    await expectProblem(res, 401, "unauthenticated");
    await expectProblem(await importCsv("x", { token: outletClerk.token }), 403, "forbidden");
  });
});

describe("GET /v1/customers/{customerNo}/bills", () => {
  it("lists for staff on the customer's unit line, newest first in pages; others get 404", async () => {
    const c = await f.customer();
    await imported([
      bill(c.customerNo, "2026-09", 100),
      bill(c.customerNo, "2026-10", 200),
      bill(c.customerNo, "2026-11", 300),
    ]);
    // A clerk at an outlet below the customer's accounting unit serves the customer too.
    expect((await billsOf(c.customerNo, outletClerk.token)).length).toBe(3);
    const page = await app.request(
      `/v1/customers/${c.customerNo}/bills?limit=2&state=open`,
      requestInit("GET", { token: officer.token }),
    );
    const p1 = (await page.json()) as ResponseBody<"listCustomerBills">;
    expect(p1.data).toHaveLength(2);
    const p2 = (await (
      await app.request(
        `/v1/customers/${c.customerNo}/bills?limit=2&state=open&cursor=${p1.nextCursor}`,
        requestInit("GET", { token: officer.token }),
      )
    ).json()) as ResponseBody<"listCustomerBills">;
    expect(p2.data).toHaveLength(1);
    expect(p2.nextCursor).toBeNull();
    await expectProblem(
      await app.request(
        `/v1/customers/${c.customerNo}/bills`,
        requestInit("GET", { token: otherFundAdmin.token }),
      ),
      404,
      "customer_not_found",
    );
    await expectProblem(
      await app.request("/v1/customers/0000000009/bills", requestInit("GET", { token: fundAdmin.token })),
      404,
      "customer_not_found",
    );
    await expectProblem(await app.request(`/v1/customers/${c.customerNo}/bills`), 401, "unauthenticated");
    await expectProblem(
      await app.request(
        `/v1/customers/${c.customerNo}/bills`,
        requestInit("GET", { token: cardAdmin.token }),
      ),
      403,
      "forbidden",
    );
  });
});

describe("concurrency", () => {
  const pg = realPostgresOnly();
  it.skipIf(pg.skip)(
    `recharges and imports at once never overdraw nor pay a bill twice ${pg.reason}`,
    async () => {
      const c = await f.customer();
      await imported([bill(c.customerNo, "2026-01", 7_000), bill(c.customerNo, "2026-02", 7_000)]);
      const work = [
        ...Array.from({ length: 6 }, () => recharge(c.customerNo, 5_000)),
        ...Array.from({ length: 4 }, (_, i) => imported([bill(c.customerNo, `2026-0${3 + i}`, 3_000)])),
      ];
      await Promise.all(work);
      const figures = await expectBooksTrue(c.customerNo);
      // 30,000 in, 26,000 billed: everything paid, 4,000 left.
      expect(figures.balanceFen).toBe(4_000);
      expect((await billsOf(c.customerNo)).every((b) => b.state === "paid")).toBe(true);
      const [paid] = await t.db.query<{ s: string }>(
        "SELECT SUM(amount_fen) AS s FROM bill_payments WHERE customer_no = $1",
        [c.customerNo],
      );
      expect(Number(paid?.s)).toBe(26_000);
    },
  );
});
