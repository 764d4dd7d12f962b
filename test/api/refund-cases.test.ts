import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newIdempotencyKey, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import {
  balanceOf,
  counterRecharge,
  decide,
  expectLedgerSound,
  importBill,
  systemSum,
} from "../helpers/corrections.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * Refund cases (销户退费): a closed account's balance is paid out only through a case a second
 * person approves — one balanced transaction, the payout reference kept, the balance 0.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type RefundCase = Schemas["RefundCase"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let clerk: Staff;
let checker: Staff;
let otherClerk: Staff;
let counterKey: string;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [clerk, checker, otherClerk] = await Promise.all([
    f.staff(["clerk"], { unitId: f.outletId }),
    f.staff(["fund_admin"]),
    f.staff(["clerk"], { unitId: f.otherOutletId }),
  ]);
  counterKey = (await f.client("counter")).apiKey;
});
afterAll(() => t.close());

/** A customer with `balanceFen` recharged, then closed by the marketing system (SQL, as an import would). */
async function closedAccount(balanceFen = 3_000, close = true) {
  const { customerNo } = await f.customer({ name: "李四光" });
  if (balanceFen > 0) await counterRecharge(app, f, counterKey, customerNo, balanceFen);
  if (close)
    await t.db.query("UPDATE customers SET status = 'closed', closed_at = now() WHERE customer_no = $1", [
      customerNo,
    ]);
  return customerNo;
}

const transfer = {
  payoutMethod: "bank_transfer",
  bankAccount: "6222021234567890123",
  payoutReference: "TF-0001",
  reason: "销户退费",
};

function open(body: Record<string, unknown>, token = clerk.token, idempotencyKey = newIdempotencyKey("rfc")) {
  return app.request("/v1/refund-cases", requestInit("POST", { token, idempotencyKey, body }));
}

describe("a closed account's refund", () => {
  it("is booked once approved: one balanced transaction, the balance 0, the bank account masked", async () => {
    const customerNo = await closedAccount(3_000);
    const key = newIdempotencyKey("rfc");
    const first = await open({ customerNo, ...transfer }, clerk.token, key);
    expect(first.status, await first.clone().text()).toBe(201);
    const c = (await first.clone().json()) as RefundCase;
    expect(c).toMatchObject({
      customerName: "李*光",
      amountFen: 3_000,
      state: "pending",
      bankAccountMasked: "***************0123",
      payoutReference: "TF-0001",
    });
    expect(await (await open({ customerNo, ...transfer }, clerk.token, key)).text()).toBe(await first.text());
    expect(JSON.stringify(await t.db.query("SELECT * FROM refund_cases"))).not.toContain(
      "6222021234567890123",
    );
    expect(await balanceOf(t.db, customerNo)).toBe(3_000);

    await expectProblem(await decide(app, clerk.token, c.approvalId, "approve"), 403, "forbidden");
    const payableBefore = await systemSum(t.db, "refunds_payable");
    expect((await decide(app, checker.token, c.approvalId, "approve")).status).toBe(200);
    expect(await balanceOf(t.db, customerNo)).toBe(0);
    expect(await systemSum(t.db, "refunds_payable")).toBe(payableBefore - 3_000);
    await expectLedgerSound(t.db);
    const [txn] = await t.db.query<{ book_key: string; kind: string; reference: string }>(
      "SELECT book_key, kind, reference FROM ledger_transactions WHERE reference = $1",
      [c.id],
    );
    expect(txn).toEqual({ book_key: customerNo, kind: "refund", reference: c.id });
    const got = (await (
      await app.request(`/v1/refund-cases/${c.id}`, requestInit("GET", { token: checker.token }))
    ).json()) as RefundCase;
    expect(got).toMatchObject({ state: "executed", decidedBy: checker.id, payoutReference: "TF-0001" });
    expect(got.ledgerTransactionId).not.toBeNull();
    // Refunded once: the account has nothing left, and the case stands.
    await expectProblem(await open({ customerNo, ...transfer }), 409, "refund_case_exists");
  });

  it("is refused for an open account, an empty one, a second case, or a customer off the line", async () => {
    const open1 = await closedAccount(1_000, false);
    await expectProblem(await open({ customerNo: open1, ...transfer }), 409, "refund_account_not_closed");
    const empty = await closedAccount(0);
    await expectProblem(await open({ customerNo: empty, ...transfer }), 409, "refund_nothing_to_refund");
    const twice = await closedAccount(1_000);
    expect(
      (await open({ customerNo: twice, payoutMethod: "cash", payoutReference: "CASH-1", reason: "销户" }))
        .status,
    ).toBe(201);
    await expectProblem(await open({ customerNo: twice, ...transfer }), 409, "refund_case_exists");
    const theirs = await closedAccount(1_000);
    await expectProblem(
      await open({ customerNo: theirs, ...transfer }, otherClerk.token),
      404,
      "customer_not_found",
    );
  });

  it("needs a bank account exactly for a transfer", async () => {
    const customerNo = await closedAccount(1_000);
    const { bankAccount: _, ...noAccount } = transfer;
    await expectProblem(await open({ customerNo, ...noAccount }), 400, "validation_failed");
    await expectProblem(
      await open({ customerNo, ...transfer, payoutMethod: "cash" }),
      400,
      "validation_failed",
    );
  });

  it("fails unchanged if the balance changed before the approval; rejected, a new case names the new balance", async () => {
    const customerNo = await closedAccount(5_000);
    const c = (await (await open({ customerNo, ...transfer })).json()) as RefundCase;
    expect((await importBill(app, checker.token, customerNo, 1_200)).status).toBe(200);
    await expectProblem(
      await decide(app, checker.token, c.approvalId, "approve"),
      409,
      "refund_balance_changed",
    );
    expect(await balanceOf(t.db, customerNo)).toBe(3_800);
    expect((await decide(app, checker.token, c.approvalId, "reject")).status).toBe(200);
    const again = (await (await open({ customerNo, ...transfer })).json()) as RefundCase;
    expect(again.amountFen).toBe(3_800);
    const list = await app.request("/v1/refund-cases", requestInit("GET", { token: clerk.token }));
    const states = ((await list.json()) as { data: RefundCase[] }).data
      .filter((x) => x.customerNo === customerNo)
      .map((x) => x.state);
    expect(states).toEqual(["pending", "rejected"]);
  });
});

describe("the payout (退费支付)", () => {
  /** A closed account's refund, opened by `maker` and executed by the checker. */
  async function executedRefund(amountFen = 2_000, maker = clerk) {
    const customerNo = await closedAccount(amountFen);
    const opened = await open({ customerNo, ...transfer }, maker.token);
    expect(opened.status, await opened.clone().text()).toBe(201);
    const c = (await opened.json()) as RefundCase;
    expect((await decide(app, checker.token, c.approvalId, "approve")).status).toBe(200);
    return { customerNo, c };
  }

  function payout(id: string, body: Record<string, unknown>, token: string, idempotencyKey?: string) {
    return app.request(
      `/v1/refund-cases/${id}/payout`,
      requestInit("POST", { token, body, idempotencyKey: idempotencyKey ?? newIdempotencyKey("pay") }),
    );
  }

  it("books refunds_payable → settlement_unified once, keeps who, when and the voucher, and is audited", async () => {
    const { customerNo, c } = await executedRefund(2_000);
    const payable = await systemSum(t.db, "refunds_payable");
    const unified = await systemSum(t.db, "settlement_unified");
    const key = newIdempotencyKey("pay");
    const first = await payout(c.id, { voucher: "BOC-88231907" }, checker.token, key);
    expect(first.status, await first.clone().text()).toBe(200);
    const paid = (await first.clone().json()) as RefundCase;
    expect(paid.payout).toMatchObject({ voucher: "BOC-88231907", paidOutBy: checker.id });
    // A retry replays the first answer byte for byte; another key finds it paid.
    expect(await (await payout(c.id, { voucher: "BOC-88231907" }, checker.token, key)).text()).toBe(
      await first.text(),
    );
    await expectProblem(
      await payout(c.id, { voucher: "BOC-88231907" }, checker.token),
      409,
      "refund_already_paid_out",
    );
    expect(await systemSum(t.db, "refunds_payable")).toBe(payable + 2_000);
    expect(await systemSum(t.db, "settlement_unified")).toBe(unified - 2_000);
    expect(await balanceOf(t.db, customerNo)).toBe(0);
    await expectLedgerSound(t.db);
    const txns = await t.db.query<{ id: string; book_key: string }>(
      "SELECT id, book_key FROM ledger_transactions WHERE reference = $1 AND kind = 'refund_payout'",
      [c.id],
    );
    expect(txns).toEqual([{ id: paid.payout?.ledgerTransactionId, book_key: customerNo }]);
    const audit = await t.db.query<{ actor_id: string }>(
      "SELECT actor_id FROM audit_events WHERE action = 'refund_case.paid_out' AND object_id = $1",
      [c.id],
    );
    expect(audit).toEqual([{ actor_id: checker.id }]);
    const got = (await (
      await app.request(`/v1/refund-cases/${c.id}`, requestInit("GET", { token: clerk.token }))
    ).json()) as RefundCase;
    expect(got.payout).toEqual(paid.payout);
  });

  it("is refused before the approval, without a key, to a clerk, off the line, and to the case's maker", async () => {
    const pendingNo = await closedAccount(1_000);
    const pending = (await (await open({ customerNo: pendingNo, ...transfer })).json()) as RefundCase;
    await expectProblem(
      await payout(pending.id, { voucher: "V-1" }, checker.token),
      409,
      "refund_not_executed",
    );
    const { c } = await executedRefund(1_000);
    const noKey = await app.request(
      `/v1/refund-cases/${c.id}/payout`,
      requestInit("POST", { token: checker.token, body: { voucher: "V-1" } }),
    );
    await expectProblem(noKey, 400, "idempotency_key_missing");
    await expectProblem(await payout(c.id, { voucher: "" }, checker.token), 400, "validation_failed");
    await expectProblem(await payout(c.id, { voucher: "V-1" }, clerk.token), 403, "forbidden");
    const otherChecker = await f.staff(["fund_admin"], { unitId: f.otherCityId });
    await expectProblem(
      await payout(c.id, { voucher: "V-1" }, otherChecker.token),
      404,
      "refund_case_not_found",
    );
    // A clerk who is also a fund administrator opened this one: someone else records the payout.
    const both = await f.staff(["clerk", "fund_admin"]);
    const own = await executedRefund(1_000, both);
    await expectProblem(
      await payout(own.c.id, { voucher: "V-2" }, both.token),
      409,
      "refund_payout_by_maker",
    );
    expect(own.c.payout).toBeNull();
    await expectLedgerSound(t.db);
  });
});
