import { hashPassword } from "@powercard/api";
import { businessDate, DEMO_STAFF, DEMO_STAFF_PASSWORD, seedDemoWorld } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { TEST_PIN_KEYS } from "../helpers/fixtures.ts";

/**
 * The demo world `npm start` seeds gives the funds screens something to do on a first visit: a
 * day of sales (yesterday's, a card_sales row beside each sale's ledger transaction) that the
 * Hangzhou fund administrator can declare, and two settlement officers, so that one can approve
 * the other's card-fund return. The other demo users are still there.
 */
let t: TestDatabase;
let app: ReturnType<typeof buildApp>;
const now = new Date();
const yesterday = businessDate(new Date(now.getTime() - 24 * 60 * 60 * 1000));

async function login(username: string): Promise<string> {
  const res = await app.request(
    "/v1/auth/login",
    requestInit("POST", { body: { username, password: DEMO_STAFF_PASSWORD } }),
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

describe("demo world: funds", () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    expect(await seedDemoWorld(t.db, TEST_PIN_KEYS, hashPassword, now)).toBe(true);
    app = buildApp(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("keeps every earlier demo user and adds a second settlement officer and the Xiaoshan clerk", () => {
    const names = DEMO_STAFF.map((s) => s.username);
    for (const earlier of ["admin", "issuer", "settlement", "auditor", "hz.cards", "hz.cards2", "hz.funds"])
      expect(names).toContain(earlier);
    for (const clerk of ["hz01.clerk", "nb01.clerk", "xs01.clerk"]) expect(names).toContain(clerk);
    expect(DEMO_STAFF.filter((s) => s.role === "settlement_officer").map((s) => s.username)).toEqual([
      "settlement",
      "settlement2",
    ]);
  });

  it("every demo sale has its card_sales row, matching its ledger transaction, dated yesterday", async () => {
    const rows = await t.db.query<{ id: string; amount: string; cash: string; day: string; date: string }>(
      `SELECT s.id, s.amount_fen AS amount, e.amount_fen AS cash, to_char(s.business_date, 'YYYY-MM-DD') AS day,
              to_char(x.business_date, 'YYYY-MM-DD') AS date
         FROM card_sales s
         JOIN ledger_transactions x ON x.id = s.id
         JOIN ledger_entries e ON e.transaction_id = s.id AND e.account = 'outlet_card_cash'
        ORDER BY s.id`,
    );
    expect(rows).toHaveLength(4);
    for (const r of rows) {
      expect(Number(r.amount)).toBe(Number(r.cash));
      expect(r.day).toBe(yesterday);
      expect(r.date).toBe(yesterday);
    }
    const [unmatched] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ledger_transactions x
        WHERE x.kind = 'card_sale' AND NOT EXISTS (SELECT 1 FROM card_sales s WHERE s.id = x.id)`,
    );
    expect(unmatched?.n).toBe(0);
  });

  it("the Hangzhou fund administrator sees yesterday's sales to remit, and can declare them", async () => {
    const token = await login("hz.funds");
    const res = await app.request(
      `/v1/reports/remittance-variance?from=${yesterday}&to=${yesterday}`,
      requestInit("GET", { token }),
    );
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as {
      data: { outletUnitId: string; soldFen: number; declaredFen: number }[];
    };
    // City outlet: 6 × 50 元 + 6 × 100 元; Xiaoshan station: 6 × 100 元.
    expect(data.map((r) => [r.outletUnitId, r.soldFen, r.declaredFen])).toEqual([
      ["unt_demo_hz01", 90_000, 0],
      ["unt_demo_xs01", 60_000, 0],
    ]);
    const declared = await app.request(
      "/v1/remittances",
      requestInit("POST", {
        token,
        idempotencyKey: "demo-world-remit",
        body: {
          outletUnitId: "unt_demo_hz01",
          businessDate: yesterday,
          amountFen: 90_000,
          bankReference: "DEMO-1",
        },
      }),
    );
    expect(declared.status).toBe(201);
  });

  it("the two settlement officers are both staff of the settlement center (the root unit)", async () => {
    for (const username of ["settlement", "settlement2"]) {
      const me = await app.request("/v1/me", requestInit("GET", { token: await login(username) }));
      expect(await me.json()).toMatchObject({ unitId: "unt_demo_zj", roles: ["settlement_officer"] });
    }
  });
});
