import { readFileSync } from "node:fs";
import { businessDate, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figuresBetween, rolledThrough } from "../../api/src/services/figures/figures-between.ts";
import { rollUpClosedDays } from "../../api/src/services/figures/roll-up-figures.ts";
import { unitDues } from "../../api/src/services/settlement/settlement-figures.ts";
import { newIdempotencyKey } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { counterRecharge, decide, openCase } from "../helpers/corrections.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { tokenAt } from "../helpers/funds.ts";

/**
 * Corrections in the figures: recharges booked on day 1 in the first city, corrected on day 2 —
 * one moved to a customer of the other city, one returned to its card, a closed account's balance
 * refunded. Day 1 stays as it was; day 2 shows each correction at the unit the credit recorded
 * (and the right customer's unit), live and rolled up alike; the settlement dues follow; and
 * each day's figures net to the day's movement of the customers' prepaid accounts in the ledger.
 */
const DAY = 86_400_000;
let t: TestDatabase;
let f: Fixtures;
const day1At = new Date(Date.now() - 3 * DAY);
const day2At = new Date(Date.now() - 2 * DAY);
const [day1, day2] = [businessDate(day1At), businessDate(day2At)];
let wrong: string;
let right: string;
let closed: string;

/** What a clerk opens (a reversal or refund case) and a fund admin approves, on day 2. */
async function correctOnDay2(
  open: (app: ReturnType<typeof buildApp>, token: string) => Response | Promise<Response>,
) {
  const app = buildApp(t.db, { now: () => day2At });
  const clerk = await f.staff(["clerk"], { unitId: f.outletId });
  const checker = await f.staff(["fund_admin"]);
  const res = await open(app, await tokenAt(clerk.id, day2At));
  expect(res.status, await res.clone().text()).toBe(201);
  const { approvalId } = (await res.json()) as { approvalId: string };
  const decided = await decide(app, await tokenAt(checker.id, day2At), approvalId, "approve");
  expect(decided.status, await decided.clone().text()).toBe(200);
}

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  const day1App = buildApp(t.db, { now: () => day1At });
  const counterKey = (await f.client("counter")).apiKey;
  [wrong, right, closed] = await Promise.all([
    f.customer({ accountingUnitId: f.cityId }).then((c) => c.customerNo),
    f.customer({ accountingUnitId: f.otherCityId }).then((c) => c.customerNo),
    f.customer({ accountingUnitId: f.cityId }).then((c) => c.customerNo),
  ]);
  const toRight = await counterRecharge(day1App, f, counterKey, wrong, 5_000);
  const toCard = await counterRecharge(day1App, f, counterKey, wrong, 3_000);
  await counterRecharge(day1App, f, counterKey, closed, 2_000);
  await t.db.query("UPDATE customers SET status = 'closed', closed_at = $2 WHERE customer_no = $1", [
    closed,
    day1At,
  ]);
  const reason = { reason: "客户输错户号", evidence: "核对充值小票" };
  await correctOnDay2((app, token) =>
    openCase(app, token, {
      ref: toRight.rechargeId,
      destination: "customer",
      toCustomerNo: right,
      ...reason,
    }),
  );
  await correctOnDay2((app, token) =>
    openCase(app, token, { ref: toCard.card.cardNo, destination: "source", ...reason }),
  );
  await correctOnDay2((app, token) =>
    app.request(
      "/v1/refund-cases",
      requestInit("POST", {
        token,
        idempotencyKey: newIdempotencyKey("rfc"),
        body: { customerNo: closed, payoutMethod: "cash", payoutReference: "CASH-7", reason: "销户" },
      }),
    ),
  );
});
afterAll(() => t.close());

/** Every figure of the two days but card sales, as every reader sees them. */
async function figures() {
  const rolled = await rolledThrough(t.db.orm);
  return resultRows<Record<string, string>>(
    await t.db.orm.execute(sql`
      SELECT to_char(business_date, 'YYYY-MM-DD') AS day, item, unit_id, channel, other_unit_id,
             count::text AS count, amount_fen::text AS amount
        FROM ${figuresBetween(rolled, day1, day2, ["recharge", "reversal_out", "reversal_in", "refund"])} f
       ORDER BY 1, 2, 3, 4, 5`),
  );
}

/**
 * Per day, what the figures say the customers' prepaid accounts gained (credits and corrections
 * in, minus corrections out and bills paid) beside what the ledger's customer_prepaid legs say.
 */
async function figuresAgainstLedger() {
  const rolled = await rolledThrough(t.db.orm);
  return resultRows<{ day: string; figures: string; ledger: string }>(
    await t.db.orm.execute(sql`
      WITH fig AS (
        SELECT business_date,
               sum(CASE WHEN item IN ('reversal_out', 'refund', 'bill_payment') THEN -amount_fen ELSE amount_fen END) AS v
          FROM ${figuresBetween(rolled, day1, day2, ["recharge", "topup", "bill_payment", "reversal_out", "reversal_in", "refund"])} f
         GROUP BY 1
      ),
      led AS (
        SELECT x.business_date, -sum(e.amount_fen) AS v
          FROM ledger_entries e
          JOIN ledger_transactions x ON x.book_key = e.book_key AND x.id = e.transaction_id
         WHERE e.account = 'customer_prepaid' AND x.business_date BETWEEN ${day1}::date AND ${day2}::date
         GROUP BY 1
      )
      SELECT to_char(COALESCE(fig.business_date, led.business_date), 'YYYY-MM-DD') AS day,
             COALESCE(fig.v, 0)::text AS figures, COALESCE(led.v, 0)::text AS ledger
        FROM fig FULL JOIN led ON led.business_date = fig.business_date
       ORDER BY 1`),
  );
}

describe("corrections in the figures", () => {
  let live: Awaited<ReturnType<typeof figures>>;

  it("show on the day of execution at the unit the credit recorded; the credit's day is unchanged", async () => {
    live = await figures();
    const row = (
      day: string,
      item: string,
      unit: string,
      channel: string,
      other: string,
      amount: number,
      n = 1,
    ) => ({
      day,
      item,
      unit_id: unit,
      channel,
      other_unit_id: other,
      count: String(n),
      amount: String(amount),
    });
    expect(live).toEqual([
      row(day1, "recharge", f.cityId, "counter", "", 10_000, 3),
      row(day2, "refund", f.cityId, "", "", 2_000),
      row(day2, "reversal_in", f.otherCityId, "customer", f.cityId, 5_000),
      row(day2, "reversal_out", f.cityId, "customer", f.otherCityId, 5_000),
      // Back to its card: the card's selling unit would be named; the fixture's card has no sale row.
      row(day2, "reversal_out", f.cityId, "source", "", 3_000),
    ]);
  });

  it("net each day to the ledger's movement of the customers' prepaid accounts", async () => {
    const days = await figuresAgainstLedger();
    expect(days.map((d) => d.day)).toEqual([day1, day2]);
    for (const d of days) expect(d.figures, d.day).toBe(d.ledger);
    expect(days.find((d) => d.day === day2)?.ledger).toBe(String(-5_000 + 5_000 - 3_000 - 2_000));
  });

  it("roll up the same, and the settlement dues move the value with the correction", async () => {
    const run = await rollUpClosedDays({ db: t.db, now: new Date() });
    expect(run.rolledThrough).not.toBeNull();
    expect(await rolledThrough(t.db.orm)).not.toBeNull();
    expect(await figures()).toEqual(live);
    for (const d of await figuresAgainstLedger()) expect(d.figures, d.day).toBe(d.ledger);

    const duesBefore = await t.db.orm.transaction((tx) => unitDues(tx, day1));
    const dues = await t.db.orm.transaction((tx) => unitDues(tx, day2));
    const of = (list: typeof dues, unitId: string) => list.find((d) => d.unitId === unitId);
    expect(of(duesBefore, f.cityId)).toMatchObject({
      rechargesFen: 10_000,
      correctionsFen: 0,
      dueFen: 10_000,
    });
    expect(of(duesBefore, f.otherCityId)).toBeUndefined();
    // The first city keeps only what its customers still hold; the other city gets what moved there.
    expect(of(dues, f.cityId)).toMatchObject({ rechargesFen: 10_000, correctionsFen: -10_000, dueFen: 0 });
    expect(of(dues, f.otherCityId)).toMatchObject({ rechargesFen: 0, correctionsFen: 5_000, dueFen: 5_000 });
  });

  it("are rolled again for days rolled up before the migration that added them", async () => {
    // The migration's last statement, run on a database whose days are rolled up already.
    const migration = readFileSync(
      new URL("../../db/migrations/0020_corrections_in_figures_and_payout.sql", import.meta.url),
      "utf8",
    );
    const repair = migration.split("--> statement-breakpoint").at(-1) ?? "";
    expect(repair).toContain("figure_rollups");
    const rolledBefore = await rolledThrough(t.db.orm);
    await t.db.query(repair);
    expect(await rolledThrough(t.db.orm)).toBe(day1);
    const [left] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM daily_figures WHERE business_date >= $1::date",
      [day2],
    );
    expect(left?.n).toBe(0);
    expect(await figures()).toEqual(live);
    await rollUpClosedDays({ db: t.db, now: new Date() });
    expect(await rolledThrough(t.db.orm)).toBe(rolledBefore);
    expect(await figures()).toEqual(live);
  });

  it("name the right customer's unit recorded at execution, so a later move rewrites nothing", async () => {
    const [c] = await t.db.query<{ to_unit_id: string }>(
      "SELECT to_unit_id FROM reversal_cases WHERE destination = 'customer'",
    );
    expect(c?.to_unit_id).toBe(f.otherCityId);
    await t.db.query("UPDATE customers SET accounting_unit_id = $2 WHERE customer_no = $1", [
      right,
      f.cityId,
    ]);
    expect(await figures()).toEqual(live);
  });
});
