import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newIdempotencyKey, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import {
  balanceOf,
  counterRecharge,
  decide,
  expectLedgerSound,
  importBill,
  openCase,
} from "../helpers/corrections.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

/**
 * Reversal races on a real PostgreSQL with a pool of 20, 20 simultaneous attempts each: two
 * approvals of one case, two cases of one credit, a reversal against bill payments of the same
 * account. Whatever the interleaving the money moves once and no balance goes below zero.
 */
const { skip, reason } = realPostgresOnly();
if (skip) console.warn(`[e2e/corrections-concurrency] ${reason}`);

const ATTEMPTS = 20;
type Case = Schemas["ReversalCase"];

describe.skipIf(skip)("concurrent corrections (real PostgreSQL)", () => {
  let t: TestDatabase;
  let f: Fixtures;
  let app: ReturnType<typeof buildApp>;
  let clerk: { token: string };
  let checker: { token: string };
  let counterKey: string;

  beforeAll(async () => {
    t = await createTestDatabase({ maxConnections: 20 });
    f = await Fixtures.create(t.db);
    app = buildApp(t.db);
    clerk = await f.staff(["clerk"], { unitId: f.outletId });
    checker = await f.staff(["fund_admin"]);
    counterKey = (await f.client("counter")).apiKey;
  });
  afterAll(async () => {
    await t?.close();
  });

  const why = { reason: "输错户号", evidence: "核对小票" };

  async function wrongCredit(amountFen = 5_000) {
    const wrong = (await f.customer()).customerNo;
    const right = (await f.customer()).customerNo;
    const { rechargeId } = await counterRecharge(app, f, counterKey, wrong, amountFen);
    return { wrong, right, rechargeId };
  }

  async function openedCase(w: { rechargeId: string; right: string }) {
    const res = await openCase(app, clerk.token, {
      ref: w.rechargeId,
      destination: "customer",
      toCustomerNo: w.right,
      ...why,
    });
    expect(res.status).toBe(201);
    return (await res.json()) as Case;
  }

  const movedOnce = async (caseId: string) =>
    (
      await t.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM ledger_transactions WHERE reference = $1",
        [caseId],
      )
    )[0]?.n;

  it("20 approvals of one case: one executes it, the money moves once", async () => {
    const w = await wrongCredit();
    const c = await openedCase(w);
    const answers = await Promise.all(
      Array.from({ length: ATTEMPTS }, () => decide(app, checker.token, c.approvalId, "approve")),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(ATTEMPTS - 1);
    expect(await movedOnce(c.id)).toBe(2);
    expect(await balanceOf(t.db, w.wrong)).toBe(0);
    expect(await balanceOf(t.db, w.right)).toBe(5_000);
    await expectLedgerSound(t.db);
  });

  it("20 cases opened at once for one credit: one stands, the others are refused", async () => {
    const w = await wrongCredit();
    const answers = await Promise.all(
      Array.from({ length: ATTEMPTS }, () =>
        openCase(app, clerk.token, {
          ref: w.rechargeId,
          destination: "customer",
          toCustomerNo: w.right,
          ...why,
        }),
      ),
    );
    const bodies = await Promise.all(answers.map((a) => a.json() as Promise<{ code?: string }>));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(bodies.filter((b) => b.code === "reversal_case_exists")).toHaveLength(ATTEMPTS - 1);
    const [row] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM reversal_cases WHERE credit_id = $1",
      [w.rechargeId],
    );
    expect(row?.n).toBe(1);
  });

  it("20 approvals against 20 bill payments of the same account: the value leaves it once", async () => {
    for (let round = 0; round < 3; round++) {
      const w = await wrongCredit(5_000);
      const c = await openedCase(w);
      const attempts = Array.from({ length: ATTEMPTS }, (_, i) => [
        decide(app, checker.token, c.approvalId, "approve"),
        importBill(app, checker.token, w.wrong, 5_000, `2026-${String((i % 12) + 1).padStart(2, "0")}`),
      ]).flat();
      const answers = await Promise.all(attempts);
      expect(answers.every((a) => a.status < 500)).toBe(true);
      const [state] = await t.db.query<{ state: string }>("SELECT state FROM reversal_cases WHERE id = $1", [
        c.id,
      ]);
      const [paid] = await t.db.query<{ s: string }>(
        "SELECT COALESCE(sum(paid_fen), 0) AS s FROM bills WHERE customer_no = $1",
        [w.wrong],
      );
      const reversed = state?.state === "executed";
      // Exactly one of the two took the 5,000 fen; never both, never part of it twice.
      expect(Number(paid?.s)).toBe(reversed ? 0 : 5_000);
      expect(await balanceOf(t.db, w.wrong)).toBe(0);
      expect(await balanceOf(t.db, w.right)).toBe(reversed ? 5_000 : 0);
      expect(await movedOnce(c.id)).toBe(reversed ? 2 : 0);
    }
    const [negative] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM accounts WHERE balance_fen < 0",
    );
    expect(negative?.n).toBe(0);
    await expectLedgerSound(t.db);
  });

  it("20 payouts of one refund, each with its own key: one is recorded, the money leaves once", async () => {
    const customerNo = (await f.customer()).customerNo;
    await counterRecharge(app, f, counterKey, customerNo, 2_500);
    await t.db.query("UPDATE customers SET status = 'closed', closed_at = now() WHERE customer_no = $1", [
      customerNo,
    ]);
    const opened = await app.request(
      "/v1/refund-cases",
      requestInit("POST", {
        token: clerk.token,
        idempotencyKey: newIdempotencyKey("race-rfc"),
        body: { customerNo, payoutMethod: "cash", payoutReference: "CASH-RACE", reason: "销户" },
      }),
    );
    const c = (await opened.json()) as Schemas["RefundCase"];
    expect((await decide(app, checker.token, c.approvalId, "approve")).status).toBe(200);
    const answers = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        app.request(
          `/v1/refund-cases/${c.id}/payout`,
          requestInit("POST", {
            token: checker.token,
            idempotencyKey: newIdempotencyKey(`race-pay-${i}`),
            body: { voucher: `V-${i}` },
          }),
        ),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(ATTEMPTS - 1);
    const [payouts] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM ledger_transactions WHERE reference = $1 AND kind = 'refund_payout'",
      [c.id],
    );
    expect(payouts?.n).toBe(1);
    await expectLedgerSound(t.db);
  });
});
