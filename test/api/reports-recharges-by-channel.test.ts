import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { expectProblem } from "../helpers/problem.ts";
import { reportsWorld } from "../helpers/reports-world.ts";

/** Recharges per business day × channel (top-ups as partner_topup), scoped by the customers' units. */

let t: TestDatabase;
let w: Awaited<ReturnType<typeof reportsWorld>>;
let staff: Record<"fundAdmin" | "provinceOfficer" | "otherAuditor" | "clerk", { token: string }>;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await reportsWorld(t);
  const { f } = w;
  staff = {
    fundAdmin: await f.staff(["fund_admin"]),
    provinceOfficer: await f.staff(["settlement_officer"], { unitId: f.provinceId }),
    otherAuditor: await f.staff(["auditor"], { unitId: f.otherCityId }),
    clerk: w.clerks.clerkA1,
  };
});
afterAll(() => t.close());

const report = (query: string, token = staff.fundAdmin.token, headers?: Record<string, string>) =>
  w.get(`/v1/reports/recharges-by-channel?${query}`, token, headers);

describe("GET /v1/reports/recharges-by-channel", () => {
  it("gives count and amount per day and channel for the caller's customers, with totals", async () => {
    const res = await report(`from=${w.d1}&to=${w.d2}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: [
        { businessDate: w.d2, channel: "counter", count: 1, amountFen: 10_000 },
        { businessDate: w.d2, channel: "partner", count: 1, amountFen: 10_000 },
        { businessDate: w.d2, channel: "partner_topup", count: 1, amountFen: 3_000 },
      ],
      totals: { count: 3, amountFen: 23_000 },
    });
  });

  it("shows a province-level caller every customer, another city only its own", async () => {
    expect(await (await report(`from=${w.d1}&to=${w.d2}`, staff.provinceOfficer.token)).json()).toEqual({
      data: [
        { businessDate: w.d2, channel: "counter", count: 1, amountFen: 10_000 },
        { businessDate: w.d2, channel: "partner", count: 2, amountFen: 20_000 },
        { businessDate: w.d2, channel: "partner_topup", count: 2, amountFen: 3_700 },
      ],
      totals: { count: 5, amountFen: 33_700 },
    });
    expect(await (await report(`from=${w.d1}&to=${w.d2}`, staff.otherAuditor.token)).json()).toEqual({
      data: [
        { businessDate: w.d2, channel: "partner", count: 1, amountFen: 10_000 },
        { businessDate: w.d2, channel: "partner_topup", count: 1, amountFen: 700 },
      ],
      totals: { count: 2, amountFen: 10_700 },
    });
    // Nothing on day 1: the totals are zero.
    expect(await (await report(`from=${w.d1}&to=${w.d1}`)).json()).toEqual({
      data: [],
      totals: { count: 0, amountFen: 0 },
    });
  });

  it("streams the same figures as CSV, ending with the total line", async () => {
    for (const res of [
      await report(`from=${w.d1}&to=${w.d2}`, staff.fundAdmin.token, { Accept: "text/csv" }),
      await report(`from=${w.d1}&to=${w.d2}&format=csv`),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect((await res.text()).split("\r\n")).toEqual([
        "business_date,channel,count,amount_fen",
        `${w.d2},counter,1,10000`,
        `${w.d2},partner,1,10000`,
        `${w.d2},partner_topup,1,3000`,
        "total,,3,23000",
        "",
      ]);
    }
  });

  it("refuses an out-of-scope unitId, bad ranges and callers", async () => {
    await expectProblem(
      await report(`from=${w.d1}&to=${w.d2}&unitId=${w.f.cityId}`, staff.otherAuditor.token),
      404,
      "unit_not_found",
    );
    await expectProblem(await report(`from=${w.d2}&to=${w.d1}`), 400, "report_range_invalid");
    await expectProblem(await report("from=2024-01-01&to=2025-01-01"), 400, "report_range_invalid");
    await expectProblem(await report("from=2999-01-01&to=2999-01-01"), 400, "business_date_in_future");
    await expectProblem(await report(`from=${w.d1}&to=${w.d2}&channel=web`), 400, "validation_failed");
    await expectProblem(
      await w.get(`/v1/reports/recharges-by-channel?from=${w.d1}&to=${w.d2}`),
      401,
      "unauthenticated",
    );
    await expectProblem(await report(`from=${w.d1}&to=${w.d2}`, staff.clerk.token), 403, "forbidden");
  });
});
