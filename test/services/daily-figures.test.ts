import { businessDate, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figureRollupJob } from "../../api/src/jobs/figure-rollup-job.ts";
import { startJob } from "../../api/src/jobs/job-runner.ts";
import { liveFigures } from "../../api/src/services/figures/live-figures.ts";
import {
  lastClosedDay,
  ROLLUP_GRACE_MS,
  rollUpClosedDays,
} from "../../api/src/services/figures/roll-up-figures.ts";
import { unitDues } from "../../api/src/services/settlement/settlement-figures.ts";
import { renderMetrics } from "../../api/src/shared/metrics.ts";
import { apiClient, postRecharge, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { sellAt, tokenAt } from "../helpers/funds.ts";
import { reportsWorld } from "../helpers/reports-world.ts";

/**
 * The rollup of closed business days into daily_figures is only a speed-up: every reader must
 * answer exactly the same before and after it, and the stored rows must equal what the base tables
 * say. The world: the reports world (sales on two past days, recharges across cities, partner
 * top-ups), plus on its second day a confirmed remittance and a bill paid from a balance, plus a
 * sale and a recharge today (never rolled up: today has not closed).
 */
type World = Awaited<ReturnType<typeof reportsWorld>>;
let t: TestDatabase;
let w: World;
let officer: Awaited<ReturnType<World["f"]["staff"]>>;
const today = () => businessDate(new Date());
const periods = () => [...new Set([w.d1.slice(0, 7), today().slice(0, 7)])];
/** An instant at which the world's second day (yesterday) has just become closed. */
const afterDay2 = () =>
  new Date(Date.parse(`${w.d2}T00:00:00+08:00`) + 86_400_000 + ROLLUP_GRACE_MS + 60_000);

beforeAll(async () => {
  t = await createTestDatabase();
  w = await reportsWorld(t);
  officer = await w.f.staff(["settlement_officer"], { unitId: w.f.provinceId });
  const d2At = new Date(Date.parse(`${w.d2}T12:00:00+08:00`));
  const app2 = buildApp(t.db, { now: () => d2At });
  const post = async (path: string, userId: string, body?: unknown) => {
    const res = await app2.request(
      path,
      requestInit("POST", {
        token: await tokenAt(userId, d2At),
        idempotencyKey: `df-${Math.random()}`,
        body,
      }),
    );
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    return (await res.json()) as Schemas["Remittance"];
  };
  // A card sold in the first city, used by a customer of the other city: a cross-unit recharge.
  const counter = await w.f.client("counter");
  const [otherCustomer] = resultRows<{ customer_no: string }>(
    await t.db.orm.execute(
      sql`SELECT customer_no FROM customers WHERE accounting_unit_id = ${w.f.otherCityId}`,
    ),
  );
  const crossed = await postRecharge(
    apiClient(app2, { apiKey: counter.apiKey }),
    {
      cardNo: w.cards.bDay1.cardNos[0] ?? "",
      pin: w.cards.bDay1.pins[0] ?? "",
      customerNo: otherCustomer?.customer_no ?? "",
    },
    "df-cross",
  );
  expect(crossed.status).toBe(201);
  const admin = await w.f.staff(["fund_admin"], { unitId: w.f.provinceId });
  const remittance = await post("/v1/remittances", admin.id, {
    outletUnitId: w.outletA,
    businessDate: w.d1,
    amountFen: 20_000,
    bankReference: "DF-1",
  });
  await post(`/v1/remittances/${remittance.id}/confirm`, officer.id);
  const [customer] = resultRows<{ customer_no: string }>(
    await t.db.orm.execute(
      sql`SELECT customer_no FROM accounts WHERE balance_fen > 0 ORDER BY customer_no LIMIT 1`,
    ),
  );
  await post("/v1/bills", officer.id, {
    source: "cis",
    bills: [
      { billId: "DF-B1", customerNo: customer?.customer_no, period: w.d2.slice(0, 7), amountFen: 4_000 },
    ],
  });
  // Today: a sale and a recharge, live only.
  const sold = await sellAt(w.app, w.f, w.outletB, 1);
  const res = await postRecharge(
    apiClient(w.app, { apiKey: counter.apiKey }),
    { cardNo: sold.cardNos[0] ?? "", pin: sold.pins[0] ?? "", customerNo: customer?.customer_no ?? "" },
    "df-today",
  );
  expect(res.status).toBe(201);
});
afterAll(async () => t?.close());

/** Every reader whose figures may come from daily_figures, as JSON. */
async function readEverything() {
  const get = async (path: string) => {
    const res = await w.app.request(path, requestInit("GET", { token: officer.token }));
    expect(res.status, path).toBe(200);
    return res.json();
  };
  return {
    clearing: await Promise.all(periods().map((p) => get(`/v1/reports/monthly-clearing?period=${p}`))),
    byChannel: await get(`/v1/reports/recharges-by-channel?from=${w.d1}&to=${today()}`),
    dues: await t.db.orm.transaction(async (tx) => unitDues(tx as never, today())),
  };
}

const storedRows = async () =>
  resultRows<Record<string, unknown>>(
    await t.db.orm.execute(sql`
      SELECT to_char(business_date, 'YYYY-MM-DD') AS day, item, unit_id, channel, other_unit_id,
             count::text, amount_fen::text
        FROM daily_figures ORDER BY 1, 2, 3, 4, 5`),
  );

describe("daily figures rollup", () => {
  let before: Awaited<ReturnType<typeof readEverything>>;

  it("a day is rolled up only once it has been closed for the grace period", async () => {
    before = await readEverything();
    expect(lastClosedDay(new Date(afterDay2().getTime() - 2 * 60_000))).not.toBe(w.d2);
    expect(lastClosedDay(afterDay2())).toBe(w.d2);
    const early = await rollUpClosedDays({ db: t.db, now: new Date(afterDay2().getTime() - 2 * 60_000) });
    expect(early.rolledThrough).toBe(w.d1);
    expect(await storedRows()).not.toContainEqual(expect.objectContaining({ day: w.d2 }));
  });

  it("stores for each closed day exactly what the base tables say, and every reader answers the same", async () => {
    const run = await rollUpClosedDays({ db: t.db, now: afterDay2() });
    expect(run).toEqual({ days: 1, rolledThrough: w.d2, repaired: [] });
    const stored = await storedRows();
    const items = new Set(stored.filter((r) => r.day === w.d2).map((r) => r.item));
    expect([...items].sort()).toEqual(["bill_payment", "card_sale", "recharge", "remittance", "topup"]);
    const live = resultRows<Record<string, unknown>>(
      await t.db.orm.execute(sql`
        SELECT to_char(business_date, 'YYYY-MM-DD') AS day, item, unit_id, channel, other_unit_id,
               count::text, amount_fen::text
          FROM ${liveFigures(sql`${w.d1}::date`, sql`${w.d2}::date`)} f ORDER BY 1, 2, 3, 4, 5`),
    );
    expect(stored).toEqual(live);
    // A cross-unit recharge is recorded with the unit that sold the card.
    expect(stored.some((r) => r.item === "recharge" && r.other_unit_id !== r.unit_id)).toBe(true);
    expect(await readEverything()).toEqual(before);
  });

  it("rolling up again changes nothing; today stays live and still counts", async () => {
    const rows = await storedRows();
    expect(await rollUpClosedDays({ db: t.db, now: afterDay2() })).toEqual({
      days: 0,
      rolledThrough: null,
      repaired: [],
    });
    expect(await storedRows()).toEqual(rows);
    const byChannel = (await readEverything()).byChannel as {
      data: { businessDate: string; count: number }[];
    };
    expect(byChannel.data.find((r) => r.businessDate === today())?.count).toBe(1);
  });

  it("a summary row that disagrees with the base tables shows in every reader (they do read it)", async () => {
    await t.db.orm.execute(sql`
      UPDATE daily_figures SET amount_fen = amount_fen + 1 WHERE business_date = ${w.d2}::date AND item = 'topup'`);
    try {
      expect(await readEverything()).not.toEqual(before);
    } finally {
      await t.db.orm.execute(sql`
        UPDATE daily_figures SET amount_fen = amount_fen - 1 WHERE business_date = ${w.d2}::date AND item = 'topup'`);
    }
  });
});

describe("a day changed after its rollup", () => {
  it("is found when the next day is rolled up, and rolled up again from the base tables", async () => {
    // Stand-in for a movement booked on d2 after its rollup: d2's stored rows no longer match.
    await t.db.orm.execute(
      sql`DELETE FROM daily_figures WHERE business_date = ${w.d2}::date AND item = 'topup'`,
    );
    await t.db.orm.execute(sql`UPDATE figure_rollups SET rolled_through = ${w.d2}::date`);
    const nextDayClosed = new Date(afterDay2().getTime() + 86_400_000);
    const run = await rollUpClosedDays({ db: t.db, now: nextDayClosed });
    expect(run.repaired).toEqual([w.d2]);
    expect(run.rolledThrough).toBe(today());
    const items = resultRows<{ item: string }>(
      await t.db.orm.execute(sql`SELECT item FROM daily_figures WHERE business_date = ${w.d2}::date`),
    );
    expect(items.map((r) => r.item)).toContain("topup");
    await t.db.orm.execute(sql`DELETE FROM daily_figures WHERE business_date > ${w.d2}::date`);
    await t.db.orm.execute(sql`UPDATE figure_rollups SET rolled_through = ${w.d2}::date`);
  });
});

describe("the daily figures rollup job", () => {
  it("rolls up in the background and publishes how far it got", async () => {
    const worker = startJob(figureRollupJob({ db: t.db }), {
      logger: pino({ level: "silent" }),
      intervalMs: 50,
    });
    const gauge = () =>
      renderMetrics()
        .split("\n")
        .find((l) => l.startsWith("powercard_daily_figures_rolled_through_timestamp_seconds "));
    try {
      await expect.poll(gauge).toBeDefined();
    } finally {
      await worker.stop();
    }
    const [state] = resultRows<{ day: string }>(
      await t.db.orm.execute(sql`SELECT to_char(rolled_through, 'YYYY-MM-DD') AS day FROM figure_rollups`),
    );
    // The world's days are rolled already; the worker goes on to the last closed day, if later.
    const expected = [w.d2, lastClosedDay(new Date())].sort().at(-1);
    expect(state?.day).toBe(expected);
    expect(Number(gauge()?.split(" ")[1])).toBe(Date.parse(`${state?.day}T00:00:00+08:00`) / 1000 + 86_400);
    expect(renderMetrics()).toContain("powercard_daily_figures_repaired_days_total 0");
    await t.db.orm.execute(sql`DELETE FROM daily_figures WHERE business_date > ${w.d2}::date`);
    await t.db.orm.execute(sql`UPDATE figure_rollups SET rolled_through = ${w.d2}::date`);
  });
});

const pg = realPostgresOnly();
describe.skipIf(pg.skip)(`concurrent rollups ${pg.reason}`, () => {
  it("processes rolling up at once roll each day exactly once", async () => {
    await t.db.orm.execute(sql`DELETE FROM daily_figures`);
    await t.db.orm.execute(sql`UPDATE figure_rollups SET rolled_through = NULL`);
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => rollUpClosedDays({ db: t.db, now: afterDay2() })),
    );
    expect(runs.reduce((s, r) => s + r.days, 0)).toBe(
      (Date.parse(`${w.d2}T00:00:00Z`) - Date.parse(`${w.d1}T00:00:00Z`)) / 86_400_000 + 1,
    );
    const [dup] = resultRows<{ n: number }>(
      await t.db.orm.execute(
        sql`SELECT count(*)::int AS n FROM daily_figures WHERE business_date > ${w.d2}::date`,
      ),
    );
    expect(dup?.n).toBe(0);
  });
});
