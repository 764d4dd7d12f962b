import { businessDate } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResponseBody, Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { newOutlet, sellAt, tokenAt } from "../helpers/funds.ts";
import { expectProblem } from "../helpers/problem.ts";

/** The remittance variance report per outlet and day: sold, declared, confirmed, outstanding. */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
const DAY = 86_400_000;
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let clock: Date;
let fundAdmin: Staff;
let officer: Staff;
let otherFundAdmin: Staff;
let clerk: Staff;
let outlet: string;
const d1 = businessDate(new Date(Date.now() - 2 * DAY));
const d2 = businessDate(new Date(Date.now() - DAY));
let n = 0;

async function declareAndDecide(day: string, amountFen: number, decision?: "confirm" | "reject") {
  const maker = await tokenAt(fundAdmin.id, clock);
  const checker = await tokenAt(officer.id, clock);
  const res = await app.request(
    "/v1/remittances",
    requestInit("POST", {
      token: maker,
      idempotencyKey: `var-${n++}`,
      body: { outletUnitId: outlet, businessDate: day, amountFen, bankReference: `B${n}` },
    }),
  );
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as Schemas["Remittance"];
  if (decision === "confirm")
    await app.request(
      `/v1/remittances/${id}/confirm`,
      requestInit("POST", { token: checker, idempotencyKey: `c${n}` }),
    );
  if (decision === "reject")
    await app.request(
      `/v1/remittances/${id}/reject`,
      requestInit("POST", { token: checker, body: { reason: "无" } }),
    );
}

const report = (query: string, token = fundAdmin.token, headers?: Record<string, string>) =>
  app.request(`/v1/reports/remittance-variance?${query}`, requestInit("GET", { token, headers }));

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  clock = new Date();
  app = buildApp(t.db, { now: () => clock });
  [fundAdmin, officer, otherFundAdmin, clerk] = await Promise.all([
    f.staff(["fund_admin"]),
    f.staff(["settlement_officer"]),
    f.staff(["fund_admin"], { unitId: f.otherCityId }),
    f.staff(["clerk"], { unitId: f.outletId }),
  ]);
  outlet = await newOutlet(t.db, f);
  // Day 1: sold 50,000; 30,000 declared and confirmed, 5,000 declared and rejected.
  clock = new Date(Date.now() - 2 * DAY);
  await sellAt(app, f, outlet, 5, { at: clock });
  await declareAndDecide(d1, 30_000, "confirm");
  await declareAndDecide(d1, 5_000, "reject");
  // Day 2: sold 20,000; 25,000 declared, 10,000 of it confirmed.
  clock = new Date(Date.now() - DAY);
  await sellAt(app, f, outlet, 2, { at: clock });
  await declareAndDecide(d2, 10_000, "confirm");
  await declareAndDecide(d2, 15_000);
  clock = new Date();
});
afterAll(() => t.close());

describe("GET /v1/reports/remittance-variance", () => {
  const expected = () => [
    { businessDate: d1, soldFen: 50_000, declaredFen: 30_000, confirmedFen: 30_000, outstandingFen: 20_000 },
    { businessDate: d2, soldFen: 20_000, declaredFen: 25_000, confirmedFen: 10_000, outstandingFen: 30_000 },
  ];

  it("gives sold, declared, confirmed and cumulative outstanding per outlet and day (JSON)", async () => {
    const res = await report(`from=${d1}&to=${d2}&unitId=${outlet}`);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as ResponseBody<"getRemittanceVariance">;
    expect(data).toEqual(
      expected().map((row) => ({ outletUnitId: outlet, outletName: "资金测试营业厅", ...row })),
    );
  });

  it("counts days before `from` in the outstanding", async () => {
    const { data } = (await (
      await report(`from=${d2}&to=${d2}&unitId=${outlet}`, officer.token)
    ).json()) as ResponseBody<"getRemittanceVariance">;
    expect(data).toEqual([expect.objectContaining({ businessDate: d2, outstandingFen: 30_000 })]);
  });

  it("streams CSV with Accept: text/csv or ?format=csv", async () => {
    for (const res of [
      await report(`from=${d1}&to=${d2}&unitId=${outlet}`, fundAdmin.token, { Accept: "text/csv" }),
      await report(`from=${d1}&to=${d2}&unitId=${outlet}&format=csv`),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect((await res.text()).split("\r\n")).toEqual([
        "outlet_unit_id,outlet_name,business_date,sold_fen,declared_fen,confirmed_fen,outstanding_fen",
        `${outlet},资金测试营业厅,${d1},50000,30000,30000,20000`,
        `${outlet},资金测试营业厅,${d2},20000,25000,10000,30000`,
        "",
      ]);
    }
  });

  it("covers the caller's subtree by default; another city sees nothing of it", async () => {
    const mine = (await (
      await report(`from=${d1}&to=${d2}`)
    ).json()) as ResponseBody<"getRemittanceVariance">;
    expect(mine.data.filter((r) => r.outletUnitId === outlet)).toHaveLength(2);
    const theirs = (await (
      await report(`from=${d1}&to=${d2}`, otherFundAdmin.token)
    ).json()) as ResponseBody<"getRemittanceVariance">;
    expect(theirs.data.filter((r) => r.outletUnitId === outlet)).toEqual([]);
    await expectProblem(
      await report(`from=${d1}&to=${d2}&unitId=${outlet}`, otherFundAdmin.token),
      404,
      "unit_not_found",
    );
  });

  it("refuses bad ranges and callers", async () => {
    await expectProblem(await report(`from=${d2}&to=${d1}`), 400, "report_range_invalid");
    await expectProblem(await report("from=2024-01-01&to=2025-12-31"), 400, "report_range_invalid");
    await expectProblem(await report("from=2999-01-01&to=2999-01-02"), 400, "business_date_in_future");
    await expectProblem(await report(`from=${d1}`), 400, "validation_failed");
    await expectProblem(await report(`from=${d1}&to=${d2}&format=xml`), 400, "validation_failed");
    await expectProblem(
      await app.request(`/v1/reports/remittance-variance?from=${d1}&to=${d2}`),
      401,
      "unauthenticated",
    );
    await expectProblem(await report(`from=${d1}&to=${d2}`, clerk.token), 403, "forbidden");
  });
});
