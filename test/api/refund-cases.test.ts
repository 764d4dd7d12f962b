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
