import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge, type ResponseBody, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { newOutlet, partnerTopup, sellAt, tokenAt } from "../helpers/funds.ts";
import { expectProblem } from "../helpers/problem.ts";
import { clockAfter, currentBusinessDay, currentPeriod, monthAfter } from "../helpers/settlement.ts";

/**
 * The settlement history: every run of a range of months, one row per accounting unit line.
 * The world: cards sold in city 1, one recharged by a customer of each city, a 50-yuan top-up for
 * city 2's customer (25,000 credited), but only 15,000 remitted. Month P is run, rejected, run
 * again and approved with a shortfall (pro rata: 6,000 and 9,000); month P+1's run is pending.
 */
type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type History = ResponseBody<"getSettlementHistory">;
type Row = History["data"][number];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let maker: Staff;
let checker: Staff;
let auditor: Staff;
let cityAdmin: Staff;
const P = currentPeriod();
const P1 = monthAfter(P, 1);
const runIds: { rejected: string; approved: string; pending: string } = {
  rejected: "",
  approved: "",
  pending: "",
};
const key = () => `sh-${Math.random()}`;

/** Makes a run of `period` (by the maker, after it ended) and decides it (by the checker). */
async function run(period: string, decision?: "approve" | "reject") {
  const at = clockAfter(period);
  const later = buildApp(t.db, { now: () => at });
  const res = await later.request(
    "/v1/settlement-runs",
    requestInit("POST", { token: await tokenAt(maker.id, at), body: { period } }),
  );
  expect(res.status).toBe(201);
  const { id, approvalId } = (await res.json()) as Schemas["SettlementRun"];
  if (decision) {
    const decided = await later.request(
      `/v1/approvals/${approvalId}/${decision}`,
      requestInit("POST", { token: await tokenAt(checker.id, at), body: {} }),
    );
    expect(decided.status).toBe(200);
  }
  return id;
}

const history = (query: string, token = maker.token, headers?: Record<string, string>) =>
  app.request(`/v1/reports/settlement-history?${query}`, requestInit("GET", { token, headers }));

async function historyJson(query: string, token = maker.token): Promise<History> {
  const res = await history(query, token);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as History;
}

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [maker, checker, auditor, cityAdmin] = await Promise.all([
    f.staff(["settlement_officer"], { unitId: f.provinceId }),
    f.staff(["settlement_officer"], { unitId: f.provinceId }),
    f.staff(["auditor"], { unitId: f.provinceId }),
    f.staff(["fund_admin"], { unitId: f.cityId }),
  ]);
  const outlet = await newOutlet(t.db, f);
  const c1 = (await f.customer()).customerNo;
  const c2 = (await f.customer()).customerNo;
  await t.db.query("UPDATE customers SET accounting_unit_id = $2 WHERE customer_no = $1", [
    c2,
    f.otherCityId,
  ]);
  const counter = (await f.client("counter")).apiKey;
  const sold = await sellAt(app, f, outlet, 3);
  for (const [i, customerNo] of [c1, c2].entries()) {
    const card = { cardNo: sold.cardNos[i] ?? "", pin: sold.pins[i] ?? "" };
    const res = await postRecharge(apiClient(app, { apiKey: counter }), { ...card, customerNo }, key());
    expect(res.status).toBe(201);
  }
  await partnerTopup(app, f, t.db, { customerNo: c2, amountFen: 5_000, partnerReference: "SH" });
  const declarer = await f.staff(["fund_admin"]);
  const declared = await app.request(
    "/v1/remittances",
    requestInit("POST", {
      token: declarer.token,
      idempotencyKey: key(),
      body: {
        outletUnitId: outlet,
        businessDate: currentBusinessDay(),
        amountFen: 15_000,
        bankReference: key(),
      },
    }),
  );
  expect(declared.status).toBe(201);
  const { id } = (await declared.json()) as Schemas["Remittance"];
  const confirmed = await app.request(
    `/v1/remittances/${id}/confirm`,
    requestInit("POST", { token: checker.token, idempotencyKey: key() }),
  );
  expect(confirmed.status).toBe(200);

  runIds.rejected = await run(P, "reject");
  runIds.approved = await run(P, "approve");
  runIds.pending = await run(P1);
});
afterAll(() => t.close());

describe("GET /v1/reports/settlement-history", () => {
  it("lists every run of the range, rejected and pending too, one row per unit line, with the run's figures", async () => {
    const body = await historyJson(`from=${P}&to=${P1}`);
    const rows = (runId: string) => body.data.filter((r) => r.runId === runId);
    // In the order the runs were made; within a run, by unit.
    expect([...new Set(body.data.map((r) => r.runId))]).toEqual([
      runIds.rejected,
      runIds.approved,
      runIds.pending,
    ]);
    for (const id of Object.values(runIds))
      expect(rows(id).map((r) => r.unitId)).toEqual([f.cityId, f.otherCityId]);

    const [approved1, approved2] = rows(runIds.approved) as [Row, Row];
    expect(approved1).toMatchObject({
      period: P,
      state: "approved",
      createdBy: maker.id,
      createdByName: "测试 settlement_officer",
      unitName: "测试市公司",
      rechargesFen: 10_000,
      topupsFen: 0,
      returnedBeforeFen: 0,
      dueFen: 10_000,
      returnedFen: 6_000,
      runDueFen: 25_000,
      runUnifiedBalanceFen: 15_000,
      runShortfallFen: 10_000,
      runReturnedFen: 15_000,
    });
    expect(approved1.createdAt).toBe(clockAfter(P).toISOString());
    expect(approved1.decidedAt).toBe(clockAfter(P).toISOString());
    expect(approved2).toMatchObject({
      unitName: "另一市公司",
      topupsFen: 5_000,
      dueFen: 15_000,
      returnedFen: 9_000,
    });

    for (const r of rows(runIds.rejected))
      expect(r).toMatchObject({ state: "rejected", returnedFen: 0, runReturnedFen: 0, runDueFen: 25_000 });
    expect(rows(runIds.rejected)[0]?.decidedAt).not.toBeNull();

    // The next month: what was not returned is due again, and the unified account is empty.
    const [pending1, pending2] = rows(runIds.pending) as [Row, Row];
    expect(pending1).toMatchObject({
      period: P1,
      state: "pending_approval",
      decidedAt: null,
      returnedBeforeFen: 6_000,
      dueFen: 4_000,
      returnedFen: 0,
      runDueFen: 10_000,
      runUnifiedBalanceFen: 0,
      runShortfallFen: 10_000,
    });
    expect(pending2).toMatchObject({ returnedBeforeFen: 9_000, dueFen: 6_000 });
    expect(body.totals).toEqual({ returnedFen: 15_000 });
  });

  it("covers only the months asked for", async () => {
    const first = await historyJson(`from=${P}&to=${P}`);
    expect(new Set(first.data.map((r) => r.runId))).toEqual(new Set([runIds.rejected, runIds.approved]));
    const next = await historyJson(`from=${P1}&to=${monthAfter(P, 30)}`);
    expect(new Set(next.data.map((r) => r.runId))).toEqual(new Set([runIds.pending]));
    expect(next.totals).toEqual({ returnedFen: 0 });
    expect(await historyJson("from=2001-01&to=2001-12")).toEqual({ data: [], totals: { returnedFen: 0 } });
  });

  it("shows staff below the settlement center their own lines without the run's figures; unitId narrows", async () => {
    const city = await historyJson(`from=${P}&to=${P1}`, cityAdmin.token);
    expect(city.data).toHaveLength(3);
    for (const r of city.data) {
      expect(r.unitId).toBe(f.cityId);
      expect(r).toMatchObject({
        runDueFen: null,
        runUnifiedBalanceFen: null,
        runShortfallFen: null,
        runReturnedFen: null,
      });
    }
    expect(city.totals).toEqual({ returnedFen: 6_000 });
    await expectProblem(
      await history(`from=${P}&to=${P1}&unitId=${f.otherCityId}`, cityAdmin.token),
      404,
      "unit_not_found",
    );
    // The settlement center narrowed to city 2: its lines, with the run's figures.
    const other = await historyJson(`from=${P}&to=${P1}&unitId=${f.otherCityId}`, auditor.token);
    expect(other.data.map((r) => r.unitId)).toEqual([f.otherCityId, f.otherCityId, f.otherCityId]);
    expect(other.data.every((r) => r.runDueFen !== null)).toBe(true);
    expect(other.totals).toEqual({ returnedFen: 9_000 });
  });

  it("shows a run without lines once, with empty unit columns, to the settlement center only", async () => {
    await t.db.query(
      `INSERT INTO settlement_runs (id, period, state, unit_id, approval_id, created_by, created_at, decided_at,
                                   due_fen, unified_balance_fen, shortfall_fen)
       VALUES ('stl_empty_history', '2001-03', 'rejected', $1, 'apr_empty_history', $2, now(), now(), 0, 0, 0)`,
      [f.provinceId, maker.id],
    );
    const center = await historyJson("from=2001-01&to=2001-12");
    expect(center.data).toHaveLength(1);
    expect(center.data[0]).toMatchObject({
      runId: "stl_empty_history",
      state: "rejected",
      unitId: null,
      unitName: null,
      dueFen: null,
      returnedFen: null,
      runDueFen: 0,
    });
    expect((await historyJson("from=2001-01&to=2001-12", cityAdmin.token)).data).toEqual([]);
    const narrowed = await historyJson(`from=2001-01&to=2001-12&unitId=${f.cityId}`);
    expect(narrowed.data).toEqual([]);
  });

  it("streams the same rows as CSV, ending with the total line", async () => {
    const json = await historyJson(`from=${P}&to=${P1}`);
    const cell = (v: string | number | null) => (v === null ? "" : String(v));
    for (const res of [
      await history(`from=${P}&to=${P1}`, maker.token, { Accept: "text/csv" }),
      await history(`from=${P}&to=${P1}&format=csv`),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect((await res.text()).split("\r\n")).toEqual([
        "period,run_id,state,created_at,created_by,created_by_name,decided_at,unit_id,unit_name," +
          "recharges_fen,topups_fen,corrections_fen,returned_before_fen,due_fen,returned_fen," +
          "run_due_fen,run_unified_balance_fen,run_shortfall_fen,run_returned_fen",
        ...json.data.map((r) =>
          [
            r.period,
            r.runId,
            r.state,
            r.createdAt,
            r.createdBy,
            r.createdByName,
            r.decidedAt,
            r.unitId,
            r.unitName,
            r.rechargesFen,
            r.topupsFen,
            r.correctionsFen,
            r.returnedBeforeFen,
            r.dueFen,
            r.returnedFen,
            r.runDueFen,
            r.runUnifiedBalanceFen,
            r.runShortfallFen,
            r.runReturnedFen,
          ]
            .map(cell)
            .join(","),
        ),
        `total,,,,,,,,,,,,,,${json.totals.returnedFen},,,,`,
        "",
      ]);
    }
    // format=json wins over the Accept header.
    const forced = await history(`from=${P}&to=${P1}&format=json`, maker.token, { Accept: "text/csv" });
    expect(forced.headers.get("content-type")).toContain("application/json");
  });

  it("400 report_range_invalid beyond 36 months or backwards; 400 for malformed months", async () => {
    expect((await history("from=2024-01&to=2026-12")).status).toBe(200);
    const long = await expectProblem(await history("from=2024-01&to=2027-01"), 400, "report_range_invalid");
    expect(long.detail).toContain("36 months");
    await expectProblem(await history("from=2026-02&to=2026-01"), 400, "report_range_invalid");
    await expectProblem(await history("from=2026-13&to=2026-12"), 400, "validation_failed");
    await expectProblem(await history("from=2026-01"), 400, "validation_failed");
    await expectProblem(await history("from=2026-01&to=2026-02&format=xml"), 400, "validation_failed");
  });

  it("401 without a token, 403 for other roles", async () => {
    await expectProblem(
      await app.request(`/v1/reports/settlement-history?from=${P}&to=${P}`),
      401,
      "unauthenticated",
    );
    for (const role of ["clerk", "card_admin"] as const)
      await expectProblem(
        await history(`from=${P}&to=${P}`, (await f.staff([role])).token),
        403,
        "forbidden",
      );
  });
});
