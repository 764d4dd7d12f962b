import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge, type ResponseBody, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { accountSum, newOutlet, sellAt, tokenAt } from "../helpers/funds.ts";
import { partnerClient } from "../helpers/partners.ts";
import { expectProblem } from "../helpers/problem.ts";
import { clockAfter, currentBusinessDay, currentPeriod, monthAfter } from "../helpers/settlement.ts";

/**
 * The card-fund return (资金返还): a settlement officer of the settlement center computes a
 * finished month's run, another approves it, and the approval moves each accounting unit's due
 * from the unified account to its fee account — pro rata when the unified account falls short.
 * One story in order (runs are global per period): the world is cards sold in city 1's outlet,
 * recharged by customers of city 1 and city 2, a partner top-up, and a confirmed remittance.
 */
type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Run = Schemas["SettlementRun"];

let t: TestDatabase;
let f: Fixtures;
let now: ReturnType<typeof buildApp>;
let outlet: string;
let counter: { apiKey: string };
let maker: Staff;
let checker: Staff;
let cityOfficer: Staff;
let fundAdmin: Staff;
let auditor: Staff;
let customer1: string;
let customer2: string;
const P = currentPeriod();

/** The app as it runs after `period` ended, with tokens issued then. */
function asOf(period: string) {
  const at = clockAfter(period);
  const app = buildApp(t.db, { now: () => at });
  const as = async (who: Staff) => tokenAt(who.id, at);
  return {
    create: async (who: Staff, body: unknown) =>
      app.request("/v1/settlement-runs", requestInit("POST", { token: await as(who), body })),
    get: async (who: Staff, id: string) =>
      app.request(`/v1/settlement-runs/${id}`, requestInit("GET", { token: await as(who) })),
    list: async (who: Staff, query = "") =>
      app.request(`/v1/settlement-runs${query}`, requestInit("GET", { token: await as(who) })),
    decide: async (who: Staff, approvalId: string, decision: "approve" | "reject") =>
      app.request(
        `/v1/approvals/${approvalId}/${decision}`,
        requestInit("POST", { token: await as(who), body: {} }),
      ),
  };
}

/** A recharge at the counter, today; expects 201. */
async function rechargeAtCounter(card: { cardNo: string; pin: string }, customerNo: string) {
  const res = await postRecharge(apiClient(now, { apiKey: counter.apiKey }), { ...card, customerNo });
  expect(res.status).toBe(201);
}

async function remit(amountFen: number) {
  const declarer = await f.staff(["fund_admin"]);
  const declared = await now.request(
    "/v1/remittances",
    requestInit("POST", {
      token: declarer.token,
      idempotencyKey: `stl-${Math.random()}`,
      body: {
        outletUnitId: outlet,
        businessDate: currentBusinessDay(),
        amountFen,
        bankReference: `STL${Math.random()}`,
      },
    }),
  );
  expect(declared.status).toBe(201);
  const { id } = (await declared.json()) as Schemas["Remittance"];
  const confirmed = await now.request(
    `/v1/remittances/${id}/confirm`,
    requestInit("POST", { token: checker.token, idempotencyKey: `stl-${Math.random()}` }),
  );
  expect(confirmed.status).toBe(200);
}

const line = (run: Run, unitId: string) => run.lines.find((l) => l.unitId === unitId);
const unified = () => accountSum(t.db, "settlement_unified", "");
const fee = (unitId: string) => accountSum(t.db, "unit_fee_account", unitId);

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  now = buildApp(t.db);
  counter = await f.client("counter");
  outlet = await newOutlet(t.db, f);
  [maker, checker, cityOfficer, fundAdmin, auditor] = await Promise.all([
    f.staff(["settlement_officer"], { unitId: f.provinceId }),
    f.staff(["settlement_officer"], { unitId: f.provinceId }),
    f.staff(["settlement_officer"], { unitId: f.cityId }),
    f.staff(["fund_admin"], { unitId: f.provinceId }),
    f.staff(["auditor"], { unitId: f.provinceId }),
  ]);
  customer1 = (await f.customer()).customerNo;
  customer2 = (await f.customer()).customerNo;
  await t.db.query("UPDATE customers SET accounting_unit_id = $2 WHERE customer_no = $1", [
    customer2,
    f.otherCityId,
  ]);
  // Three cards of 100 yuan sold in city 1; one used by each city's customer; a 50-yuan top-up
  // for city 2's customer; the outlet remits all 300 yuan.
  const sold = await sellAt(now, f, outlet, 3);
  await rechargeAtCounter({ cardNo: sold.cardNos[0] as string, pin: sold.pins[0] as string }, customer1);
  await rechargeAtCounter({ cardNo: sold.cardNos[1] as string, pin: sold.pins[1] as string }, customer2);
  const partner = await partnerClient(f, t.db);
  const topup = await now.request(
    "/v1/topups",
    requestInit("POST", {
      token: partner.token,
      idempotencyKey: `stl-${Math.random()}`,
      body: { customerNo: customer2, amountFen: 5_000, partnerReference: "STL" },
    }),
  );
  expect(topup.status).toBe(201);
  await remit(30_000);
});
afterAll(() => t.close());

describe("POST /v1/settlement-runs — refusals", () => {
  it("401 without a token, 403 for other roles and for officers below the settlement center", async () => {
    const res = await now.request("/v1/settlement-runs", requestInit("POST", { body: { period: P } }));
    await expectProblem(res, 401, "unauthenticated");
    const a = asOf(P);
    await expectProblem(await a.create(fundAdmin, { period: P }), 403, "forbidden");
    await expectProblem(await a.create(auditor, { period: P }), 403, "forbidden");
    const city = await expectProblem(await a.create(cityOfficer, { period: P }), 403, "forbidden");
    expect(city.detail).toContain("settlement center");
  });

  it("400 for a malformed period or extra fields, 422 for a month not yet finished", async () => {
    const a = asOf(P);
    await expectProblem(await a.create(maker, { period: "2026-13" }), 400, "validation_failed");
    await expectProblem(await a.create(maker, { period: P, extra: 1 }), 400, "validation_failed");
    await expectProblem(await a.create(maker, {}), 400, "validation_failed");
    // Today's month, and a future one, cannot be settled yet.
    await expectProblem(
      await asOf(monthAfter(P, -1)).create(maker, { period: P }),
      422,
      "settlement_period_not_finished",
    );
    await expectProblem(
      await a.create(maker, { period: monthAfter(P, 1) }),
      422,
      "settlement_period_not_finished",
    );
  });
});

describe("a month's run, its approval and the books", () => {
  let run: Run;

  it("computes each unit's due and the unified balance; concurrent runs of one period: one 201, one 409", async () => {
    const a = asOf(P);
    const answers = await Promise.all([a.create(maker, { period: P }), a.create(maker, { period: P })]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    const created = answers.find((r) => r.status === 201) as Response;
    run = (await created.json()) as Run;
    expect(run).toMatchObject({
      period: P,
      state: "pending_approval",
      createdBy: maker.id,
      creator: { id: maker.id, username: maker.username, displayName: expect.stringMatching(/^测试 /) },
      dueFen: 25_000,
      unifiedBalanceFen: 30_000,
      shortfallFen: 0,
      returnedFen: 0,
    });
    expect(run.id).toMatch(/^stl_/);
    expect(line(run, f.cityId)).toMatchObject({
      rechargesFen: 10_000,
      topupsFen: 0,
      returnedBeforeFen: 0,
      dueFen: 10_000,
      returnedFen: 0,
    });
    expect(line(run, f.otherCityId)).toMatchObject({
      rechargesFen: 10_000,
      topupsFen: 5_000,
      dueFen: 15_000,
    });
    // Nothing is booked before the approval.
    expect(await unified()).toBe(30_000);
    const [approval] = await t.db.query<{
      kind: string;
      checker_role: string;
      object_id: string;
      payload: unknown;
    }>("SELECT kind, checker_role, object_id, payload FROM approvals WHERE id = $1", [run.approvalId]);
    expect(approval).toEqual({
      kind: "settlement_run",
      checker_role: "settlement_officer",
      object_id: run.id,
      // The figures the console words the request from (ApprovalDetails), not only English text.
      payload: { period: run.period, dueFen: 25_000, unitCount: 2 },
    });
  });

  it("a second run of the period, or of another period while one is undecided, is 409 naming the run", async () => {
    const again = await expectProblem(
      await asOf(P).create(checker, { period: P }),
      409,
      "settlement_run_exists",
    );
    expect(again.detail).toContain(run.id);
    const other = await expectProblem(
      await asOf(P).create(maker, { period: monthAfter(P, -1) }),
      409,
      "settlement_run_pending",
    );
    expect(other.detail).toContain(run.id);
  });

  it("GET by id and by period for the center's readers; 404 below the center and for unknown ids", async () => {
    const a = asOf(P);
    for (const who of [maker, fundAdmin, auditor]) {
      const res = await a.get(who, run.id);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(run);
    }
    const listed = await a.list(auditor, `?period=${P}`);
    expect(((await listed.json()) as ResponseBody<"listSettlementRuns">).data.map((r) => r.id)).toEqual([
      run.id,
    ]);
    expect(((await (await a.list(cityOfficer)).json()) as ResponseBody<"listSettlementRuns">).data).toEqual(
      [],
    );
    await expectProblem(await a.get(cityOfficer, run.id), 404, "settlement_run_not_found");
    await expectProblem(await a.get(maker, "stl_nope"), 404, "settlement_run_not_found");
    await expectProblem(await a.list(maker, "?period=2026-1"), 400, "validation_failed");
    const anon = await now.request(`/v1/settlement-runs/${run.id}`);
    await expectProblem(anon, 401, "unauthenticated");
    await expectProblem(
      await a.get({ ...maker, id: (await f.staff(["clerk"])).id }, run.id),
      403,
      "forbidden",
    );
  });

  it("the maker cannot decide it, nor an officer below the center; a rejection books nothing and frees the period", async () => {
    const a = asOf(P);
    await expectProblem(await a.decide(maker, run.approvalId, "approve"), 403, "approval_self_decision");
    await expectProblem(await a.decide(cityOfficer, run.approvalId, "approve"), 404, "approval_not_found");
    expect((await a.decide(checker, run.approvalId, "reject")).status).toBe(200);
    expect(((await (await a.get(maker, run.id)).json()) as Run).state).toBe("rejected");
    expect(await unified()).toBe(30_000);
    const res = await a.create(maker, { period: P });
    expect(res.status).toBe(201);
    run = (await res.json()) as Run;
  });

  it("approval books one balanced transaction per unit: debit its fee account, credit the unified account", async () => {
    const a = asOf(P);
    expect((await a.decide(checker, run.approvalId, "approve")).status).toBe(200);
    const approved = (await (await a.get(auditor, run.id)).json()) as Run;
    expect(approved).toMatchObject({ state: "approved", returnedFen: 25_000 });
    expect(line(approved, f.cityId)?.returnedFen).toBe(10_000);
    expect(line(approved, f.otherCityId)?.returnedFen).toBe(15_000);
    expect(await fee(f.cityId)).toBe(10_000);
    expect(await fee(f.otherCityId)).toBe(15_000);
    expect(await unified()).toBe(5_000);
    const entries = await t.db.query<{
      book_key: string;
      account: string;
      owner: string;
      amount_fen: unknown;
    }>(
      `SELECT e.book_key, e.account, e.owner, e.amount_fen FROM ledger_entries e
         JOIN ledger_transactions x ON x.book_key = e.book_key AND x.id = e.transaction_id
        WHERE x.kind = 'settlement_return' AND x.reference = $1 AND e.book_key = $2 ORDER BY e.leg`,
      [run.id, f.otherCityId],
    );
    expect(entries.map((e) => ({ ...e, amount_fen: Number(e.amount_fen) }))).toEqual([
      { book_key: f.otherCityId, account: "unit_fee_account", owner: f.otherCityId, amount_fen: 15_000 },
      { book_key: f.otherCityId, account: "settlement_unified", owner: "", amount_fen: -15_000 },
    ]);
    expect(
      await t.db.query(
        "SELECT transaction_id FROM ledger_entries GROUP BY book_key, transaction_id HAVING sum(amount_fen) <> 0",
      ),
    ).toEqual([]);
    await expectProblem(await a.create(checker, { period: P }), 409, "settlement_run_exists");
    await expectProblem(await a.decide(checker, run.approvalId, "approve"), 409, "approval_not_pending");
  });

  it("on a shortfall the unified balance is shared pro rata; the rest is due in the next run", async () => {
    // Four more cards used (3 by city 1, 1 by city 2), none remitted: 40,000 due, 5,000 held.
    const sold = await sellAt(now, f, outlet, 4);
    for (const i of [0, 1, 2])
      await rechargeAtCounter({ cardNo: sold.cardNos[i] as string, pin: sold.pins[i] as string }, customer1);
    await rechargeAtCounter({ cardNo: sold.cardNos[3] as string, pin: sold.pins[3] as string }, customer2);
    const P1 = monthAfter(P, 1);
    const a = asOf(P1);
    const short = (await (await a.create(maker, { period: P1 })).json()) as Run;
    expect(short).toMatchObject({ dueFen: 40_000, unifiedBalanceFen: 5_000, shortfallFen: 35_000 });
    expect(line(short, f.cityId)).toMatchObject({
      rechargesFen: 40_000,
      returnedBeforeFen: 10_000,
      dueFen: 30_000,
    });
    expect((await a.decide(checker, short.approvalId, "approve")).status).toBe(200);
    const approved = (await (await a.get(maker, short.id)).json()) as Run;
    expect(approved.returnedFen).toBe(5_000);
    expect(line(approved, f.cityId)?.returnedFen).toBe(3_750);
    expect(line(approved, f.otherCityId)?.returnedFen).toBe(1_250);
    expect(await unified()).toBe(0);

    // The outlet remits the rest; the next month's run returns everything still due.
    await remit(40_000);
    const P2 = monthAfter(P, 2);
    const b = asOf(P2);
    const next = (await (await b.create(maker, { period: P2 })).json()) as Run;
    expect(next).toMatchObject({ dueFen: 35_000, unifiedBalanceFen: 40_000, shortfallFen: 0 });
    expect((await b.decide(checker, next.approvalId, "approve")).status).toBe(200);
    expect(await fee(f.cityId)).toBe(40_000);
    expect(await fee(f.otherCityId)).toBe(25_000);
    expect(await unified()).toBe(5_000);
    // Returned to each unit = credited to its customers, never more.
    const [credited] = await t.db.query<{ c1: unknown; c2: unknown }>(
      `SELECT (SELECT sum(amount_fen) FROM recharges WHERE customer_no = $1) AS c1,
              (SELECT sum(amount_fen) FROM recharges WHERE customer_no = $2)
            + (SELECT sum(amount_fen) FROM topups WHERE customer_no = $2) AS c2`,
      [customer1, customer2],
    );
    expect([Number(credited?.c1), Number(credited?.c2)]).toEqual([40_000, 25_000]);
    // A later period with nothing new: a run with nothing due, approved without entries.
    const P3 = monthAfter(P, 3);
    const c = asOf(P3);
    const empty = (await (await c.create(maker, { period: P3 })).json()) as Run;
    expect(empty.dueFen).toBe(0);
    expect((await c.decide(checker, empty.approvalId, "approve")).status).toBe(200);
    expect(await unified()).toBe(5_000);
  });
});

const { skip, reason } = realPostgresOnly();
describe.skipIf(skip)(`a run made while another is being approved ${reason}`, () => {
  it("waits for the decision and counts its returns, or is refused while the other is pending", async () => {
    const sold = await sellAt(now, f, outlet, 2);
    await rechargeAtCounter({ cardNo: sold.cardNos[0] as string, pin: sold.pins[0] as string }, customer1);
    await rechargeAtCounter({ cardNo: sold.cardNos[1] as string, pin: sold.pins[1] as string }, customer2);
    await remit(20_000);
    const P4 = monthAfter(P, 4);
    const P5 = monthAfter(P, 5);
    const pending = (await (await asOf(P4).create(maker, { period: P4 })).json()) as Run;
    expect(pending.dueFen).toBe(20_000);
    const [approved, created] = await Promise.all([
      asOf(P5).decide(checker, pending.approvalId, "approve"),
      asOf(P5).create(maker, { period: P5 }),
    ]);
    expect(approved.status).toBe(200);
    if (created.status === 201) {
      const next = (await created.json()) as Run;
      // Everything was returned by the run approved meanwhile: nothing is due twice.
      expect(next.dueFen).toBe(0);
      expect((await asOf(P5).decide(checker, next.approvalId, "reject")).status).toBe(200);
    } else {
      await expectProblem(created, 409, "settlement_run_pending");
    }
  });
});
