import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, newIdempotencyKey, postRecharge, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import {
  balanceOf,
  counterRecharge,
  decide,
  expectLedgerSound,
  importBill,
  openCase,
  systemSum,
  webhookPartnerTopup,
} from "../helpers/corrections.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { tokenAt } from "../helpers/funds.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * Reversal cases (冲正 / 退回): a clerk opens one for a credit to the wrong 户号, a fund
 * administrator approves it, and the value moves in one balanced transaction per customer's book.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Case = Schemas["ReversalCase"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let clerk: Staff;
let checker: Staff;
let otherClerk: Staff;
let otherChecker: Staff;
let makerChecker: Staff; // clerk + fund_admin: may open, may not approve their own
let counterKey: string;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [clerk, checker, otherClerk, otherChecker, makerChecker] = await Promise.all([
    f.staff(["clerk"], { unitId: f.outletId }),
    f.staff(["fund_admin"]),
    f.staff(["clerk"], { unitId: f.otherOutletId }),
    f.staff(["fund_admin"], { unitId: f.otherCityId }),
    f.staff(["clerk", "fund_admin"]),
  ]);
  counterKey = (await f.client("counter")).apiKey;
});
afterAll(() => t.close());

/** A wrongly credited customer (欧阳小月) with one card recharge, and the right customer. */
async function wrongRecharge(faceValueFen = 5_000) {
  const wrong = await f.customer({ name: "欧阳小月" });
  const right = await f.customer({ name: "张小明" });
  const { rechargeId, card } = await counterRecharge(app, f, counterKey, wrong.customerNo, faceValueFen);
  return { wrong: wrong.customerNo, right: right.customerNo, rechargeId, card };
}

async function opened(body: Record<string, unknown>, token = clerk.token) {
  const res = await openCase(app, token, body);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Case;
}

const reason = { reason: "客户输错户号", evidence: "核对充值小票与正确户号电费单" };

async function history(customerNo: string) {
  const res = await app.request(
    `/v1/accounts/${customerNo}/transactions`,
    requestInit("GET", { token: clerk.token }),
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: Schemas["AccountTransaction"][] }).data;
}

describe("preview", () => {
  it("finds the credit by its 流水号 or card number and shows both masked names", async () => {
    const w = await wrongRecharge();
    for (const ref of [w.rechargeId, w.card.cardNo]) {
      const res = await app.request(
        `/v1/reversal-previews?ref=${ref}&toCustomerNo=${w.right}`,
        requestInit("GET", { token: clerk.token }),
      );
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        source: "recharge",
        creditId: w.rechargeId,
        cardNo: w.card.cardNo,
        amountFen: 5_000,
        from: { customerNo: w.wrong, customerName: "欧**月", balanceFen: 5_000 },
        to: { customerNo: w.right, customerName: "张*明", closed: false },
        withinWindow: true,
        unspent: true,
        openCaseId: null,
      });
    }
  });

  it("is not found for an unknown reference or a customer off the caller's line", async () => {
    const w = await wrongRecharge();
    await expectProblem(
      await app.request("/v1/reversal-previews?ref=rch_nothing", requestInit("GET", { token: clerk.token })),
      404,
      "credit_not_found",
    );
    await expectProblem(
      await app.request(
        `/v1/reversal-previews?ref=${w.rechargeId}`,
        requestInit("GET", { token: otherClerk.token }),
      ),
      404,
      "credit_not_found",
    );
  });
});

describe("to the right customer", () => {
  it("moves nothing until approved, then two balanced transactions, one in each book", async () => {
    const w = await wrongRecharge();
    const key = newIdempotencyKey("rvc");
    const body = { ref: w.rechargeId, destination: "customer", toCustomerNo: w.right, ...reason };
    const first = await openCase(app, clerk.token, body, key);
    expect(first.status).toBe(201);
    const c = (await first.clone().json()) as Case;
    expect(c).toMatchObject({
      state: "pending",
      fromCustomerName: "欧**月",
      toCustomerName: "张*明",
      amountFen: 5_000,
    });
    // A retry with the same key answers the first result byte for byte.
    const replay = await openCase(app, clerk.token, body, key);
    expect(await replay.text()).toBe(await first.text());
    expect(await balanceOf(t.db, w.wrong)).toBe(5_000);

    // The maker cannot decide their own; a checker of another city does not see it.
    await expectProblem(await decide(app, clerk.token, c.approvalId, "approve"), 403, "forbidden");
    await expectProblem(
      await decide(app, otherChecker.token, c.approvalId, "approve"),
      404,
      "approval_not_found",
    );
    const approved = await decide(app, checker.token, c.approvalId, "approve");
    expect(approved.status, await approved.clone().text()).toBe(200);

    expect(await balanceOf(t.db, w.wrong)).toBe(0);
    expect(await balanceOf(t.db, w.right)).toBe(5_000);
    expect(await systemSum(t.db, "reversal_transit")).toBe(0);
    await expectLedgerSound(t.db);

    const got = await app.request(`/v1/reversal-cases/${c.id}`, requestInit("GET", { token: clerk.token }));
    const done = (await got.json()) as Case;
    expect(done).toMatchObject({ state: "executed", decidedBy: checker.id });
    const books = await t.db.query<{ id: string; book_key: string; kind: string }>(
      "SELECT id, book_key, kind FROM ledger_transactions WHERE reference = $1 ORDER BY kind",
      [c.id],
    );
    expect(books.map((b) => [b.book_key, b.kind])).toEqual([
      [w.right, "reversal_in"],
      [w.wrong, "reversal_out"],
    ]);
    expect((await history(w.wrong)).map((m) => [m.kind, m.amountFen])).toEqual([
      ["reversal_out", -5_000],
      ["recharge", 5_000],
    ]);
    expect((await history(w.right)).map((m) => [m.kind, m.amountFen, m.reference])).toEqual([
      ["reversal_in", 5_000, c.id],
    ]);
    const audit = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE object_id = $1 ORDER BY occurred_at, action",
      [c.id],
    );
    expect(audit.map((a) => a.action)).toEqual(["reversal_case.opened", "reversal_case.executed"]);

    // Reversed once: no second case for the same credit.
    await expectProblem(await openCase(app, clerk.token, body), 409, "reversal_case_exists");
  });

  it("the maker cannot approve even holding the checker's role", async () => {
    const w = await wrongRecharge();
    const c = await opened(
      { ref: w.rechargeId, destination: "customer", toCustomerNo: w.right, ...reason },
      makerChecker.token,
    );
    await expectProblem(
      await decide(app, makerChecker.token, c.approvalId, "approve"),
      403,
      "approval_self_decision",
    );
  });

  it("refuses a right customer that is the same, unknown, or closed", async () => {
    const w = await wrongRecharge();
    const closed = await f.customer();
    await t.db.query("UPDATE customers SET status = 'closed', closed_at = now() WHERE customer_no = $1", [
      closed.customerNo,
    ]);
    for (const toCustomerNo of [w.wrong, "0000000001", closed.customerNo])
      await expectProblem(
        await openCase(app, clerk.token, {
          ref: w.rechargeId,
          destination: "customer",
          toCustomerNo,
          ...reason,
        }),
        422,
        "reversal_target_invalid",
      );
  });

  it("needs the right 户号 exactly when the value goes to a customer", async () => {
    const w = await wrongRecharge();
    await expectProblem(
      await openCase(app, clerk.token, { ref: w.rechargeId, destination: "customer", ...reason }),
      400,
      "validation_failed",
    );
    await expectProblem(
      await openCase(app, clerk.token, {
        ref: w.rechargeId,
        destination: "source",
        toCustomerNo: w.right,
        ...reason,
      }),
      400,
      "validation_failed",
    );
  });
});

describe("only while unspent", () => {
  it("is refused at opening when bills have taken the value", async () => {
    const w = await wrongRecharge(5_000);
    expect((await importBill(app, checker.token, w.wrong, 3_000)).status).toBe(200);
    expect(await balanceOf(t.db, w.wrong)).toBe(2_000);
    await expectProblem(
      await openCase(app, clerk.token, {
        ref: w.rechargeId,
        destination: "customer",
        toCustomerNo: w.right,
        ...reason,
      }),
      409,
      "reversal_value_spent",
    );
  });

  it("fails unchanged at approval when the value was spent meanwhile; rejecting frees the credit", async () => {
    const w = await wrongRecharge(5_000);
    const c = await opened({ ref: w.rechargeId, destination: "customer", toCustomerNo: w.right, ...reason });
    expect((await importBill(app, checker.token, w.wrong, 1)).status).toBe(200);
    await expectProblem(
      await decide(app, checker.token, c.approvalId, "approve"),
      409,
      "reversal_value_spent",
    );
    expect(await balanceOf(t.db, w.wrong)).toBe(4_999);
    expect(await balanceOf(t.db, w.right)).toBe(0);
    expect((await decide(app, checker.token, c.approvalId, "reject")).status).toBe(200);
    const got = (await (
      await app.request(`/v1/reversal-cases/${c.id}`, requestInit("GET", { token: checker.token }))
    ).json()) as Case;
    expect(got.state).toBe("rejected");
    // The credit is no longer unspent, so a new case is refused for that reason, not as a duplicate.
    await expectProblem(
      await openCase(app, clerk.token, {
        ref: w.rechargeId,
        destination: "customer",
        toCustomerNo: w.right,
        ...reason,
      }),
      409,
      "reversal_value_spent",
    );
  });
});

describe("the window", () => {
  it("refuses a credit older than REVERSAL_WINDOW_DAYS", async () => {
    const w = await wrongRecharge();
    const later = new Date(Date.now() + 31 * 24 * 3600 * 1000);
    const lateApp = buildApp(t.db, { now: () => later });
    const token = await tokenAt(clerk.id, later);
    const res = await lateApp.request(
      "/v1/reversal-cases",
      requestInit("POST", {
        token,
        idempotencyKey: newIdempotencyKey("late"),
        body: { ref: w.rechargeId, destination: "source", ...reason },
      }),
    );
    await expectProblem(res, 409, "reversal_window_passed");
    // A utility that allows longer configures it.
    const patientApp = buildApp(t.db, { now: () => later, reversalWindowDays: 60 });
    const ok = await patientApp.request(
      "/v1/reversal-cases",
      requestInit("POST", {
        token,
        idempotencyKey: newIdempotencyKey("late"),
        body: { ref: w.rechargeId, destination: "source", ...reason },
      }),
    );
    expect(ok.status).toBe(201);
  });

  it("is checked again at approval: a case that waited past it moves nothing, and is rejected", async () => {
    const w = await wrongRecharge(4_000);
    const c = await opened({ ref: w.rechargeId, toCustomerNo: w.right, destination: "customer", ...reason });
    const later = new Date(Date.now() + 31 * 24 * 3600 * 1000);
    const token = await tokenAt(checker.id, later);
    const lateApp = buildApp(t.db, { now: () => later });
    await expectProblem(
      await decide(lateApp, token, c.approvalId, "approve"),
      409,
      "reversal_window_passed_at_approval",
    );
    expect(await balanceOf(t.db, w.wrong)).toBe(4_000);
    expect(await balanceOf(t.db, w.right)).toBe(0);
    const [state] = await t.db.query<{ c: string; a: string }>(
      `SELECT c.state AS c, a.state AS a FROM reversal_cases c JOIN approvals a ON a.id = c.approval_id
        WHERE c.id = $1`,
      [c.id],
    );
    expect(state).toEqual({ c: "pending", a: "pending" });
    // A utility that allows longer approves it; here the checker rejects it instead.
    const patient = await wrongRecharge(4_000);
    const p = await opened({ ref: patient.rechargeId, destination: "source", ...reason });
    const patientApp = buildApp(t.db, { now: () => later, reversalWindowDays: 60 });
    expect((await decide(patientApp, token, p.approvalId, "approve")).status).toBe(200);
    expect(await balanceOf(t.db, patient.wrong)).toBe(0);
    expect((await decide(lateApp, token, c.approvalId, "reject")).status).toBe(200);
    await expectLedgerSound(t.db);
  });
});

describe("back where it came from", () => {
  it("a card recharge: the card is sold and unused again, and recharges the right 户号 with its PIN", async () => {
    const w = await wrongRecharge(5_000);
    const floatBefore = await systemSum(t.db, "card_float");
    const c = await opened({ ref: w.card.cardNo, destination: "source", ...reason });
    expect(c).toMatchObject({ destination: "source", toCustomerNo: null, creditId: w.rechargeId });
    expect((await decide(app, checker.token, c.approvalId, "approve")).status).toBe(200);
    expect(await balanceOf(t.db, w.wrong)).toBe(0);
    expect(await systemSum(t.db, "card_float")).toBe(floatBefore - 5_000);
    const [card] = await t.db.query<{ state: string }>("SELECT state FROM cards WHERE card_no = $1", [
      w.card.cardNo,
    ]);
    expect(card?.state).toBe("sold");
    const again = await postRecharge(apiClient(app, { apiKey: counterKey }), {
      cardNo: w.card.cardNo,
      pin: w.card.pin,
      customerNo: w.right,
    });
    expect(again.status).toBe(201);
    expect(await balanceOf(t.db, w.right)).toBe(5_000);
    await expectLedgerSound(t.db);
  });

  it("a partner top-up: back to the partner's receivable, and the partner gets a webhook event", async () => {
    const wrong = await f.customer({ name: "欧阳小月" });
    const { topupId, partner } = await webhookPartnerTopup(app, f, t.db, wrong.customerNo, 8_800);
    const c = await opened({ ref: topupId, destination: "source", ...reason });
    expect(c.source).toBe("topup");
    expect((await decide(app, checker.token, c.approvalId, "approve")).status).toBe(200);
    expect(await balanceOf(t.db, wrong.customerNo)).toBe(0);
    const [receivable] = await t.db.query<{ s: string }>(
      "SELECT sum(amount_fen) AS s FROM ledger_entries WHERE account = 'partner_receivable' AND owner = $1",
      [partner.id],
    );
    expect(Number(receivable?.s)).toBe(0);
    const events = await t.db.query<{ type: string; payload: Record<string, unknown> }>(
      "SELECT type, payload FROM webhook_events WHERE client_id = $1 ORDER BY created_at",
      [partner.id],
    );
    expect(events.map((e) => e.type)).toEqual(["topup.succeeded", "reversal.executed"]);
    expect(events[1]?.payload).toMatchObject({
      reversalCaseId: c.id,
      creditId: topupId,
      customerNo: wrong.customerNo,
      amountFen: 8_800,
      destination: "source",
    });
  });
});

describe("lists and scope", () => {
  it("lists the cases on the caller's line; another city's are not found", async () => {
    const w = await wrongRecharge();
    const c = await opened({ ref: w.rechargeId, destination: "customer", toCustomerNo: w.right, ...reason });
    const mine = await app.request(
      "/v1/reversal-cases?state=pending",
      requestInit("GET", { token: clerk.token }),
    );
    expect(((await mine.json()) as { data: Case[] }).data.map((x) => x.id)).toContain(c.id);
    const theirs = await app.request("/v1/reversal-cases", requestInit("GET", { token: otherClerk.token }));
    expect(((await theirs.json()) as { data: Case[] }).data.map((x) => x.id)).not.toContain(c.id);
    await expectProblem(
      await app.request(`/v1/reversal-cases/${c.id}`, requestInit("GET", { token: otherChecker.token })),
      404,
      "reversal_case_not_found",
    );
    await expectProblem(
      await app.request("/v1/reversal-cases", requestInit("GET", { token: "nope" })),
      401,
      "unauthenticated",
    );
  });
});
