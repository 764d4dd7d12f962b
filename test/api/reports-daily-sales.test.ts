import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResponseBody } from "../helpers/api-client.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { expectProblem } from "../helpers/problem.ts";
import { reportsWorld } from "../helpers/reports-world.ts";

/** Card sales per business day × outlet × clerk, with totals, as JSON and as CSV. */

let t: TestDatabase;
let w: Awaited<ReturnType<typeof reportsWorld>>;
let staff: Record<
  "fundAdmin" | "officer" | "provinceAuditor" | "otherFundAdmin" | "cardAdmin",
  { token: string }
>;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await reportsWorld(t);
  const { f } = w;
  staff = {
    fundAdmin: await f.staff(["fund_admin"]),
    officer: await f.staff(["settlement_officer"]),
    provinceAuditor: await f.staff(["auditor"], { unitId: f.provinceId }),
    otherFundAdmin: await f.staff(["fund_admin"], { unitId: f.otherCityId }),
    cardAdmin: await f.staff(["card_admin"]),
  };
});
afterAll(() => t.close());

const report = (query: string, token = staff.fundAdmin.token, headers?: Record<string, string>) =>
  w.get(`/v1/reports/daily-sales?${query}`, token, headers);

/** The first city's lines, in the report's order (day, outlet id, clerk id). */
function cityLines() {
  const { clerkA1, clerkA2, clerkB } = w.clerks;
  const line = (
    businessDate: string,
    outlet: string,
    clerk: { id: string },
    cardCount: number,
    amountFen: number,
  ) => ({
    businessDate,
    outletUnitId: outlet,
    outletName: "资金测试营业厅",
    clerkId: clerk.id,
    clerkName: "测试 clerk",
    cardCount,
    amountFen,
  });
  const order = (a: { businessDate: string; outletUnitId: string; clerkId: string }, b: typeof a) =>
    a.businessDate.localeCompare(b.businessDate) ||
    (a.outletUnitId < b.outletUnitId ? -1 : a.outletUnitId > b.outletUnitId ? 1 : 0) ||
    (a.clerkId < b.clerkId ? -1 : a.clerkId > b.clerkId ? 1 : 0);
  return [
    line(w.d1, w.outletA, clerkA1, 2, 20_000),
    line(w.d1, w.outletB, clerkB, 1, 10_000),
    line(w.d2, w.outletA, clerkA2, 3, 15_000),
    line(w.d2, w.outletA, clerkA1, 1, 10_000),
  ].sort(order);
}

describe("GET /v1/reports/daily-sales", () => {
  it("gives cards sold and value per day, outlet and clerk of the caller's subtree, with totals", async () => {
    const res = await report(`from=${w.d1}&to=${w.d2}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: cityLines(), totals: { cardCount: 7, amountFen: 55_000 } });
  });

  it("narrows to a unit's subtree and a day; a province caller sees every city", async () => {
    const one = await (
      await report(`from=${w.d2}&to=${w.d2}&unitId=${w.outletA}`, staff.officer.token)
    ).json();
    expect(one).toEqual({
      data: cityLines().filter((l) => l.businessDate === w.d2),
      totals: { cardCount: 4, amountFen: 25_000 },
    });
    const all = (await (
      await report(`from=${w.d1}&to=${w.d2}`, staff.provinceAuditor.token)
    ).json()) as ResponseBody<"getDailySales">;
    expect(all.totals).toEqual({ cardCount: 9, amountFen: 75_000 });
    expect(all.data.some((l) => l.clerkId === w.clerks.clerkOther.id)).toBe(true);
  });

  it("streams the same figures as CSV, ending with the total line", async () => {
    const json = (await (await report(`from=${w.d1}&to=${w.d2}`)).json()) as ResponseBody<"getDailySales">;
    for (const res of [
      await report(`from=${w.d1}&to=${w.d2}`, staff.fundAdmin.token, { Accept: "text/csv" }),
      await report(`from=${w.d1}&to=${w.d2}&format=csv`),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect((await res.text()).split("\r\n")).toEqual([
        "business_date,outlet_unit_id,outlet_name,clerk_id,clerk_name,card_count,amount_fen",
        ...json.data.map((l) =>
          [
            l.businessDate,
            l.outletUnitId,
            l.outletName,
            l.clerkId,
            l.clerkName,
            l.cardCount,
            l.amountFen,
          ].join(","),
        ),
        `total,,,,,${json.totals.cardCount},${json.totals.amountFen}`,
        "",
      ]);
    }
  });

  it("answers an empty range with zero totals", async () => {
    const { f } = w;
    const lonely = await f.staff(["fund_admin"], { unitId: f.otherOutletId });
    expect(await (await report(`from=${w.d2}&to=${w.d2}`, lonely.token)).json()).toEqual({
      data: [],
      totals: { cardCount: 0, amountFen: 0 },
    });
  });

  it("hides other units: their sales are not in the report and their unitId is a 404", async () => {
    const theirs = (await (
      await report(`from=${w.d1}&to=${w.d2}`, staff.otherFundAdmin.token)
    ).json()) as ResponseBody<"getDailySales">;
    expect(theirs.data.map((l) => l.outletUnitId)).toEqual([w.f.otherOutletId]);
    await expectProblem(
      await report(`from=${w.d1}&to=${w.d2}&unitId=${w.outletA}`, staff.otherFundAdmin.token),
      404,
      "unit_not_found",
    );
  });

  it("refuses bad ranges and callers", async () => {
    await expectProblem(await report(`from=${w.d2}&to=${w.d1}`), 400, "report_range_invalid");
    await expectProblem(await report("from=2024-01-01&to=2025-01-01"), 400, "report_range_invalid");
    await expectProblem(await report("from=2999-01-01&to=2999-01-02"), 400, "business_date_in_future");
    await expectProblem(await report(`from=${w.d1}`), 400, "validation_failed");
    await expectProblem(await report(`from=${w.d1}&to=2026-02-30`), 400, "validation_failed");
    await expectProblem(
      await w.get(`/v1/reports/daily-sales?from=${w.d1}&to=${w.d2}`),
      401,
      "unauthenticated",
    );
    await expectProblem(await report(`from=${w.d1}&to=${w.d2}`, staff.cardAdmin.token), 403, "forbidden");
  });
});
