import { businessDate, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figuresBetween, rolledThrough } from "../../api/src/services/figures/figures-between.ts";
import { rollUpClosedDays } from "../../api/src/services/figures/roll-up-figures.ts";
import { unitDues } from "../../api/src/services/settlement/settlement-figures.ts";
import { apiClient, postRecharge } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * Money is attributed to the accounting unit in force when it moved, never to the customer's unit
 * now: a customer recharges in the first city, moves (by the marketing system's import) to the
 * other city, recharges again. Each day's figures name the unit in force that day — live, after
 * the rollup, and after a later move back — and the settlement dues follow them.
 */
const DAY = 86_400_000;
let t: TestDatabase;
let f: Fixtures;
let importerKey: string;
let customerNo: string;
const day1At = new Date(Date.now() - 3 * DAY);
const day2At = new Date(Date.now() - 2 * DAY);
const [day1, day2] = [businessDate(day1At), businessDate(day2At)];
let n = 0;

/** Recharges a fresh sold card of `faceValueFen` into the customer, the app's clock at `at`. */
async function rechargeAt(at: Date, faceValueFen: number) {
  const app = buildApp(t.db, { now: () => at });
  const counter = await f.client("counter");
  const card = await f.card({ faceValueFen });
  const res = await postRecharge(
    apiClient(app, { apiKey: counter.apiKey }),
    { cardNo: card.cardNo, pin: card.pin, customerNo },
    `attr-${n++}`,
  );
  expect(res.status).toBe(201);
}

/** The marketing system moves the customer to `unitId` from `effectiveFrom` on. */
async function move(unitId: string, effectiveFrom: string, version: number) {
  const res = await buildApp(t.db).request(
    "/v1/customer-imports",
    requestInit("POST", {
      token: importerKey,
      body: {
        customers: [
          {
            customerNo,
            name: "张小明",
            accountingUnitId: unitId,
            status: "normal",
            sourceVersion: version,
            effectiveFrom,
          },
        ],
      },
    }),
  );
  expect(res.status, await res.clone().text()).toBe(200);
  expect(((await res.json()) as { moved: number }).moved).toBe(1);
}

/** The recharge figures of the two days, per day and unit, through every reader's path. */
async function rechargeFigures() {
  const rolled = await rolledThrough(t.db.orm);
  return resultRows<{ day: string; unit_id: string; amount: string }>(
    await t.db.orm.execute(sql`
      SELECT to_char(business_date, 'YYYY-MM-DD') AS day, unit_id, sum(amount_fen)::text AS amount
        FROM ${figuresBetween(rolled, day1, day2, ["recharge"])} f
       GROUP BY 1, 2 ORDER BY 1, 2`),
  );
}

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  importerKey = (await f.client("web", { operations: ["customers:import"] })).apiKey;
  customerNo = (await f.customer({ accountingUnitId: f.cityId })).customerNo;
  // The customer's first period began before day 1.
  await t.db.query("UPDATE customer_unit_history SET effective_from = $2 WHERE customer_no = $1", [
    customerNo,
    new Date(day1At.getTime() - DAY),
  ]);
  await rechargeAt(day1At, 10_000);
  await move(f.otherCityId, day2, 1);
  await rechargeAt(day2At, 5_000);
});
afterAll(() => t.close());

describe("attribution by the unit in force", () => {
  let live: Awaited<ReturnType<typeof rechargeFigures>>;

  it("each recharge records its unit; each day's figures name the unit in force that day", async () => {
    const rows = await t.db.query<{ day: string; unit: string }>(
      `SELECT to_char(business_date, 'YYYY-MM-DD') AS day, accounting_unit_id AS unit
         FROM recharges WHERE customer_no = $1 ORDER BY created_at`,
      [customerNo],
    );
    expect(rows).toEqual([
      { day: day1, unit: f.cityId },
      { day: day2, unit: f.otherCityId },
    ]);
    live = await rechargeFigures();
    expect(live).toEqual([
      { day: day1, unit_id: f.cityId, amount: "10000" },
      { day: day2, unit_id: f.otherCityId, amount: "5000" },
    ]);
  });

  it("the rollup stores the same, and a later move rewrites nothing, live or rolled up", async () => {
    expect(await rolledThrough(t.db.orm)).toBeNull();
    const run = await rollUpClosedDays({ db: t.db, now: new Date() });
    expect(run.rolledThrough).not.toBeNull();
    expect(await rechargeFigures()).toEqual(live);
    await move(f.cityId, businessDate(new Date()), 2);
    expect(await rechargeFigures()).toEqual(live);
    const dues = await t.db.orm.transaction((tx) => unitDues(tx, day2));
    const due = (unitId: string) => dues.find((d) => d.unitId === unitId)?.rechargesFen;
    expect(due(f.cityId)).toBe(10_000);
    expect(due(f.otherCityId)).toBe(5_000);
  });

  it("top-ups and bill payments record the unit in force too", async () => {
    const app = buildApp(t.db);
    const partner = await partnerClient(f, t.db);
    const topup = await app.request(
      "/v1/topups",
      requestInit("POST", {
        token: partner.token,
        idempotencyKey: `attr-topup-${n++}`,
        body: { customerNo, amountFen: 1_000, partnerReference: `attr-${n++}` },
      }),
    );
    expect(topup.status).toBe(201);
    const officer = await f.staff(["settlement_officer"], { unitId: f.provinceId });
    const bills = await app.request(
      "/v1/bills",
      requestInit("POST", {
        token: officer.token,
        idempotencyKey: `attr-bill-${n++}`,
        body: {
          source: "cis",
          bills: [{ billId: `attr-${n++}`, customerNo, period: "2026-11", amountFen: 2_000 }],
        },
      }),
    );
    expect(bills.status, await bills.clone().text()).toBe(200);
    const [row] = await t.db.query<{ topup: string; payment: string }>(
      `SELECT (SELECT accounting_unit_id FROM topups WHERE customer_no = $1) AS topup,
              (SELECT accounting_unit_id FROM bill_payments WHERE customer_no = $1) AS payment`,
      [customerNo],
    );
    // The customer moved back to the first city today.
    expect(row).toEqual({ topup: f.cityId, payment: f.cityId });
  });
});
