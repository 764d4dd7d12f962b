import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { accountSum, newOutlet, partnerTopup, sellAt, tokenAt } from "../helpers/funds.ts";
import { expectProblem } from "../helpers/problem.ts";
import { clockAfter, currentBusinessDay, currentPeriod } from "../helpers/settlement.ts";

/**
 * The monthly clearing statement on a small world: cards sold in city 1 (three of 100 yuan) and
 * city 2 (one of 200 yuan); city 1's customer uses one card of each city, city 2's customer one
 * card of city 1 and a 50-yuan top-up; a 40-yuan bill is paid from city 1's customer's balance;
 * both outlets remit everything; the month is settled. Every figure is checked against the ledger.
 */
type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type UnitFigures = Statement["units"][number];
type Statement = Schemas["MonthlyClearing"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let officer: Staff;
let cityAdmin: Staff;
let c1: string;
let c2: string;
let outlet1: string;
let outlet2: string;
const P = currentPeriod();
const key = () => `mc-${Math.random()}`;

async function recharge(counter: string, card: { cardNo: string; pin: string }, customerNo: string) {
  const res = await postRecharge(apiClient(app, { apiKey: counter }), { ...card, customerNo }, key());
  expect(res.status).toBe(201);
}

async function remit(outlet: string, amountFen: number) {
  const admin = await f.staff(["fund_admin"], { unitId: f.provinceId });
  const res = await app.request(
    "/v1/remittances",
    requestInit("POST", {
      token: admin.token,
      idempotencyKey: key(),
      body: {
        outletUnitId: outlet,
        businessDate: currentBusinessDay(),
        amountFen,
        bankReference: key(),
      },
    }),
  );
  const { id } = (await res.json()) as Schemas["Remittance"];
  const ok = await app.request(
    `/v1/remittances/${id}/confirm`,
    requestInit("POST", { token: officer.token, idempotencyKey: key() }),
  );
  expect(ok.status).toBe(200);
}

const statement = async (
  token: string | undefined,
  query = `?period=${P}`,
  headers?: Record<string, string>,
) => app.request(`/v1/reports/monthly-clearing${query}`, requestInit("GET", { token, headers }));

const csvLines = async (res: Response) => {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  return (await res.text()).split("\r\n");
};

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  officer = await f.staff(["settlement_officer"], { unitId: f.provinceId });
  cityAdmin = await f.staff(["fund_admin"], { unitId: f.cityId });
  outlet1 = await newOutlet(t.db, f, f.cityId);
  outlet2 = await newOutlet(t.db, f, f.otherCityId);
  c1 = (await f.customer()).customerNo;
  c2 = (await f.customer()).customerNo;
  await t.db.query("UPDATE customers SET accounting_unit_id = $2 WHERE customer_no = $1", [
    c2,
    f.otherCityId,
  ]);
  const counter = (await f.client("counter")).apiKey;
  const s1 = await sellAt(app, f, outlet1, 3);
  const s2 = await sellAt(app, f, outlet2, 1, { faceValueFen: 20_000 });
  const card = (s: typeof s1, i: number) => ({ cardNo: s.cardNos[i] as string, pin: s.pins[i] as string });
  await recharge(counter, card(s1, 0), c1);
  await recharge(counter, card(s1, 1), c2);
  await recharge(counter, card(s2, 0), c1);
  await partnerTopup(app, f, t.db, { customerNo: c2, amountFen: 5_000, partnerReference: "MC" });
  const bill = await app.request(
    "/v1/bills",
    requestInit("POST", {
      token: officer.token,
      idempotencyKey: key(),
      body: { source: "mc", bills: [{ billId: "mc-1", customerNo: c1, period: P, amountFen: 4_000 }] },
    }),
  );
  expect(bill.status).toBe(200);
  await remit(outlet1, 30_000);
  await remit(outlet2, 20_000);
  // The month is settled (after it ended): 35,000 due, 50,000 held, so everything is returned.
  const at = clockAfter(P);
  const later = buildApp(t.db, { now: () => at });
  const checker = await f.staff(["settlement_officer"], { unitId: f.provinceId });
  const run = await later.request(
    "/v1/settlement-runs",
    requestInit("POST", { token: await tokenAt(officer.id, at), body: { period: P } }),
  );
  const { approvalId } = (await run.json()) as Schemas["SettlementRun"];
  const approved = await later.request(
    `/v1/approvals/${approvalId}/approve`,
    requestInit("POST", { token: await tokenAt(checker.id, at), body: {} }),
  );
  expect(approved.status).toBe(200);
});
afterAll(() => t.close());

describe("GET /v1/reports/monthly-clearing", () => {
  it("every unit's figures, and the cross-unit matrix, for the settlement center", async () => {
    const res = await statement(officer.token);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Statement;
    const u1 = body.units.find((u) => u.unitId === f.cityId);
    const u2 = body.units.find((u) => u.unitId === f.otherCityId);
    expect(u1).toMatchObject({
      cardsSold: { count: 3, valueFen: 30_000 },
      remittedFen: 30_000,
      recharges: { count: 2, valueFen: 30_000 },
      topups: { count: 0, valueFen: 0 },
      billsPaidFen: 4_000,
      returnedFen: 30_000,
      float: { count: 1, valueFen: 10_000 },
    });
    expect(u2).toMatchObject({
      cardsSold: { count: 1, valueFen: 20_000 },
      remittedFen: 20_000,
      recharges: { count: 1, valueFen: 10_000 },
      topups: { count: 1, valueFen: 5_000 },
      billsPaidFen: 0,
      returnedFen: 15_000,
      float: { count: 0, valueFen: 0 },
    });
    expect(body.crossUnit).toEqual(
      expect.arrayContaining([
        { soldInUnitId: f.cityId, usedInUnitId: f.cityId, count: 1, valueFen: 10_000 },
        { soldInUnitId: f.cityId, usedInUnitId: f.otherCityId, count: 1, valueFen: 10_000 },
        { soldInUnitId: f.otherCityId, usedInUnitId: f.cityId, count: 1, valueFen: 20_000 },
      ]),
    );
    expect(body.crossUnit).toHaveLength(3);
  });

  it("equals the ledger: fee accounts, remitted cash, float, prepaid balances", async () => {
    const body = (await (await statement(officer.token)).json()) as Statement;
    const by = (id: string) => body.units.find((u) => u.unitId === id) as UnitFigures;
    for (const unit of [f.cityId, f.otherCityId])
      expect(by(unit).returnedFen).toBe(await accountSum(t.db, "unit_fee_account", unit));
    // Remitted = sold − what the outlet still holds.
    expect(by(f.cityId).remittedFen).toBe(
      by(f.cityId).cardsSold.valueFen - (await accountSum(t.db, "outlet_card_cash", outlet1)),
    );
    const [unified] = await t.db.query<{ s: unknown }>(
      "SELECT sum(amount_fen) AS s FROM ledger_entries WHERE account = 'settlement_unified' AND amount_fen > 0",
    );
    expect(by(f.cityId).remittedFen + by(f.otherCityId).remittedFen).toBe(Number(unified?.s));
    const float = body.units.reduce((s, u) => s + u.float.valueFen, 0);
    expect(float).toBe(-(await accountSum(t.db, "card_float", "")));
    const c1Balance = -(await accountSum(t.db, "customer_prepaid", c1));
    expect(c1Balance).toBe(by(f.cityId).recharges.valueFen - by(f.cityId).billsPaidFen);
    const c2Balance = -(await accountSum(t.db, "customer_prepaid", c2));
    expect(c2Balance).toBe(by(f.otherCityId).recharges.valueFen + by(f.otherCityId).topups.valueFen);
  });

  it("a city's staff see their own unit only (the matrix rows touching it); another unit is 404", async () => {
    const body = (await (await statement(cityAdmin.token)).json()) as Statement;
    expect(body.units.map((u) => u.unitId)).toEqual([f.cityId]);
    expect(body.crossUnit).toHaveLength(3);
    await expectProblem(
      await statement(cityAdmin.token, `?period=${P}&unitId=${f.otherCityId}`),
      404,
      "unit_not_found",
    );
    const scoped = (await (
      await statement(officer.token, `?period=${P}&unitId=${f.otherCityId}`)
    ).json()) as Statement;
    expect(scoped.units.map((u) => u.unitId)).toEqual([f.otherCityId]);
    expect(scoped.crossUnit).toHaveLength(2);
  });

  it("401 without a token, 403 for other roles, 400 for a bad period", async () => {
    await expectProblem(await statement(undefined), 401, "unauthenticated");
    await expectProblem(await statement((await f.staff(["clerk"])).token), 403, "forbidden");
    await expectProblem(await statement(officer.token, "?period=2026-00"), 400, "validation_failed");
    await expectProblem(await statement(officer.token, ""), 400, "validation_failed");
    // A month with nothing: zeros, no matrix.
    const empty = (await (await statement(officer.token, "?period=2001-01")).json()) as Statement;
    expect(empty.crossUnit).toEqual([]);
    expect(empty.units.every((u) => u.recharges.count === 0 && u.returnedFen === 0)).toBe(true);
  });
});

describe("GET /v1/reports/monthly-clearing as CSV", () => {
  it("gives one line per unit with every figure, the same as the JSON", async () => {
    const json = (await (await statement(officer.token)).json()) as Statement;
    const expected = [
      "period,unit_id,unit_name,cards_sold_count,cards_sold_fen,remitted_fen,recharge_count,recharge_fen," +
        "topup_count,topup_fen,bills_paid_fen,returned_fen,float_count,float_fen",
      ...json.units.map((u) =>
        [
          P,
          u.unitId,
          u.unitName,
          u.cardsSold.count,
          u.cardsSold.valueFen,
          u.remittedFen,
          u.recharges.count,
          u.recharges.valueFen,
          u.topups.count,
          u.topups.valueFen,
          u.billsPaidFen,
          u.returnedFen,
          u.float.count,
          u.float.valueFen,
        ].join(","),
      ),
      "",
    ];
    expect(await csvLines(await statement(officer.token, `?period=${P}&format=csv`))).toEqual(expected);
    expect(await csvLines(await statement(officer.token, `?period=${P}`, { Accept: "text/csv" }))).toEqual(
      expected,
    );
    expect(await csvLines(await statement(officer.token, `?period=${P}&format=csv&part=units`))).toEqual(
      expected,
    );
    expect(expected).toContain(`${P},${f.cityId},测试市公司,3,30000,30000,2,30000,0,0,4000,30000,1,10000`);
  });

  it("gives the cross-unit matrix as its own CSV, with both units' names", async () => {
    const lines = await csvLines(await statement(officer.token, `?period=${P}&format=csv&part=cross-unit`));
    expect(lines[0]).toBe(
      "period,sold_in_unit_id,sold_in_unit_name,used_in_unit_id,used_in_unit_name,recharge_count,recharge_fen",
    );
    expect(lines.slice(1, -1).sort()).toEqual(
      [
        `${P},${f.cityId},测试市公司,${f.cityId},测试市公司,1,10000`,
        `${P},${f.cityId},测试市公司,${f.otherCityId},另一市公司,1,10000`,
        `${P},${f.otherCityId},另一市公司,${f.cityId},测试市公司,1,20000`,
      ].sort(),
    );
    expect(lines.at(-1)).toBe("");
  });

  it("keeps the caller's scope, and JSON ignores part", async () => {
    const units = await csvLines(await statement(cityAdmin.token, `?period=${P}&format=csv`));
    expect(units.slice(1, -1).map((l) => l.split(",")[1])).toEqual([f.cityId]);
    await expectProblem(
      await statement(cityAdmin.token, `?period=${P}&format=csv&unitId=${f.otherCityId}`),
      404,
      "unit_not_found",
    );
    const json = await statement(officer.token, `?period=${P}&part=cross-unit`);
    expect(json.headers.get("content-type")).toContain("application/json");
    expect(((await json.json()) as Statement).units.length).toBeGreaterThan(0);
    await expectProblem(
      await statement(officer.token, `?period=${P}&format=csv&part=matrix`),
      400,
      "validation_failed",
    );
    // A month with no recharges: the header alone.
    const empty = await csvLines(
      await statement(officer.token, "?period=2001-01&format=csv&part=cross-unit"),
    );
    expect(empty).toHaveLength(2);
  });
});
