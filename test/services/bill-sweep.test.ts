import { BILL_SWEEP_ACTOR, billSweepJob, startJob, sweepOpenBills } from "@powercard/api";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { rechargeNewCard } from "../helpers/funds.ts";
import { ledgerFigures } from "../helpers/partners.ts";
import { auditRefusal } from "../helpers/refuse-audit.ts";

/**
 * The open-bill sweep: a bill left open because the payment after a recharge failed (played here
 * by refusing that payment's audit event, which rolls it back, as any database error would) is
 * paid by the sweep from the balance, once, whatever runs beside it.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let importer: { token: string };
let counterKey: string;
let n = 0;
const key = () => `sweep-${Date.now()}-${n++}`;
const METRICS_TOKEN = "sweep-metrics-token-0123456789abcdef";
const refusal = auditRefusal(() => t.db);

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db, { metricsToken: METRICS_TOKEN });
  importer = await f.staff(["fund_admin"]);
  counterKey = (await f.client("counter")).apiKey;
  await refusal.install();
});
afterAll(async () => {
  await refusal.uninstall();
  await t.close();
});

async function importBill(customerNo: string, period: string, amountFen: number) {
  const res = await app.request(
    "/v1/bills",
    requestInit("POST", {
      token: importer.token,
      idempotencyKey: key(),
      body: { source: "sweep", bills: [{ billId: key(), customerNo, period, amountFen }] },
    }),
  );
  expect(res.status, await res.clone().text()).toBe(200);
}

const recharge = (customerNo: string, faceValueFen: number) =>
  rechargeNewCard(app, f, counterKey, customerNo, faceValueFen);

/** A customer with a 7,000 bill still open and 5,000 on the account: the payment after the recharge failed. */
async function strandedCustomer() {
  const { customerNo } = await f.customer();
  await importBill(customerNo, "2026-01", 7_000);
  await refusal.withAuditRefused("bills.paid_from_balance", () => recharge(customerNo, 5_000));
  expect(await billsOf(customerNo)).toEqual([{ state: "open", paid: 0 }]);
  return customerNo;
}

async function billsOf(customerNo: string) {
  const rows = await t.db.query<{ state: string; paid_fen: unknown }>(
    "SELECT state, paid_fen FROM bills WHERE customer_no = $1 ORDER BY period",
    [customerNo],
  );
  return rows.map((r) => ({ state: r.state, paid: Number(r.paid_fen) }));
}

async function paidFromBalance(customerNo: string) {
  const [row] = await t.db.query<{ s: unknown; n: unknown }>(
    "SELECT COALESCE(sum(amount_fen), 0) AS s, count(DISTINCT ledger_transaction_id) AS n FROM bill_payments WHERE customer_no = $1",
    [customerNo],
  );
  return { fen: Number(row?.s), transactions: Number(row?.n) };
}

async function expectBooksTrue(customerNo: string) {
  const figures = await ledgerFigures(t.db, customerNo);
  expect(figures.balanceFen).toBe(figures.prepaidFen);
  expect(figures.balanceFen).toBeGreaterThanOrEqual(0);
  return figures;
}

async function metric(name: string): Promise<number> {
  const res = await app.request("/metrics", { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
  const line = (await res.text()).split("\n").find((l) => l.startsWith(`${name} `));
  return Number(line?.split(" ")[1]);
}

describe("sweepOpenBills", () => {
  it("pays a bill left open although the customer has a balance, once, as the system", async () => {
    const paidBefore = await metric("powercard_bill_sweep_paid_total");
    const customerNo = await strandedCustomer();
    const sweep = await sweepOpenBills(t.db, { now: new Date() });
    expect(sweep.failed).toEqual([]);
    expect(sweep.payments).toContainEqual({ customerNo, paidFen: 5_000, billCount: 1 });
    expect(await billsOf(customerNo)).toEqual([{ state: "partly_paid", paid: 5_000 }]);
    expect((await expectBooksTrue(customerNo)).balanceFen).toBe(0);
    const [audit] = await t.db.query<{ actor_type: string; actor_id: string; request_id: string | null }>(
      "SELECT actor_type, actor_id, request_id FROM audit_events WHERE action = 'bills.paid_from_balance' AND object_id = $1",
      [customerNo],
    );
    expect(audit).toEqual({ actor_type: "system", actor_id: BILL_SWEEP_ACTOR.id, request_id: null });
    expect(await metric("powercard_bill_sweep_paid_total")).toBe(paidBefore + sweep.payments.length);

    // Nothing left to pay: a second sweep looks at the customer (its bill is still partly open) and pays nothing.
    const again = await sweepOpenBills(t.db, { now: new Date() });
    expect(again.payments.map((p) => p.customerNo)).not.toContain(customerNo);
    expect(again.examined).toBeGreaterThanOrEqual(1);
    expect(await paidFromBalance(customerNo)).toEqual({ fen: 5_000, transactions: 1 });
  });

  it("leaves customers without money, and paid bills, alone", async () => {
    const { customerNo: broke } = await f.customer();
    await importBill(broke, "2026-02", 3_000);
    const { customerNo: settled } = await f.customer();
    await recharge(settled, 10_000);
    await importBill(settled, "2026-02", 3_000);
    expect(await billsOf(settled)).toEqual([{ state: "paid", paid: 3_000 }]);

    const sweep = await sweepOpenBills(t.db, { now: new Date() });
    const paid = sweep.payments.map((p) => p.customerNo);
    expect(paid).not.toContain(broke);
    expect(paid).not.toContain(settled);
    expect(await billsOf(broke)).toEqual([{ state: "open", paid: 0 }]);
    expect((await expectBooksTrue(settled)).balanceFen).toBe(7_000);
  });

  it("walks every customer in batches, and one customer's failure holds back no other", async () => {
    const stranded = [];
    for (let i = 0; i < 5; i++) stranded.push(await strandedCustomer());
    const failing = stranded[2] as string;
    // This customer's payment fails again (its audit event is refused), the others' do not.
    await t.db.query(`
      CREATE FUNCTION test_refuse_customer_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.object_id = '${failing}' THEN RAISE EXCEPTION 'test: payment of % refused', NEW.object_id; END IF;
        RETURN NEW;
      END $$`);
    await t.db.query(
      "CREATE TRIGGER test_refuse_customer_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse_customer_audit()",
    );
    const failuresBefore = await metric("powercard_bill_sweep_failures_total");
    try {
      const sweep = await sweepOpenBills(t.db, { now: new Date(), scanSize: 2, batchSize: 2 });
      expect(sweep.failed.map((x) => x.customerNo)).toEqual([failing]);
      expect(sweep.payments.map((p) => p.customerNo).sort()).toEqual(
        stranded.filter((c) => c !== failing).sort(),
      );
    } finally {
      await t.db.query("DROP TRIGGER test_refuse_customer_audit ON audit_events");
      await t.db.query("DROP FUNCTION test_refuse_customer_audit()");
    }
    expect(await metric("powercard_bill_sweep_failures_total")).toBe(failuresBefore + 1);
    expect(await billsOf(failing)).toEqual([{ state: "open", paid: 0 }]);
    for (const c of stranded.filter((x) => x !== failing))
      expect(await billsOf(c)).toEqual([{ state: "partly_paid", paid: 5_000 }]);
    // The next sweep pays it.
    const next = await sweepOpenBills(t.db, { now: new Date(), scanSize: 2, batchSize: 2 });
    expect(next.payments).toContainEqual({ customerNo: failing, paidFen: 5_000, billCount: 1 });
    for (const c of stranded) await expectBooksTrue(c);
  });
});

describe("the bill sweep job", () => {
  it("sweeps on its interval until stopped", async () => {
    const customerNo = await strandedCustomer();
    const worker = startJob(billSweepJob({ db: t.db }), {
      logger: pino({ level: "silent" }),
      intervalMs: 20,
    });
    try {
      await expect.poll(async () => (await billsOf(customerNo))[0]?.state).toBe("partly_paid");
    } finally {
      await worker.stop();
    }
    // Stopped: a customer stranded now stays open.
    const later = await strandedCustomer();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await billsOf(later)).toEqual([{ state: "open", paid: 0 }]);
    await sweepOpenBills(t.db, { now: new Date() });
  });

  it("a stopped sweep ends after its current scan", async () => {
    const stranded = [await strandedCustomer(), await strandedCustomer()].sort();
    const stopped = AbortSignal.abort();
    const sweep = await sweepOpenBills(t.db, { now: new Date(), scanSize: 1, signal: stopped });
    expect(sweep.examined).toBe(1);
    const full = await sweepOpenBills(t.db, { now: new Date(), scanSize: 1 });
    expect(full.examined).toBeGreaterThan(1);
    for (const c of stranded) expect((await billsOf(c))[0]?.state).toBe("partly_paid");
  });
});

const pg = realPostgresOnly();
describe.skipIf(pg.skip)(`concurrent sweeps ${pg.reason}`, () => {
  it("several sweeps and recharges at once pay every bill exactly once, never overdraw", async () => {
    const stranded = [];
    for (let i = 0; i < 12; i++) stranded.push(await strandedCustomer());
    const sweeps = Array.from({ length: 4 }, () =>
      sweepOpenBills(t.db, { now: new Date(), scanSize: 3, batchSize: 2 }),
    );
    // Money arriving meanwhile: its own follow-up payment races the sweeps for the same bills.
    const recharges = stranded.slice(0, 6).map((c) => recharge(c, 5_000));
    const [runs] = await Promise.all([Promise.all(sweeps), Promise.all(recharges)]);

    expect(runs.flatMap((r) => r.failed)).toEqual([]);
    // Sweeps skip customers another sweep holds. A customer without new money is paid by one
    // sweep at most; one whose recharge lands between two sweeps may be paid by both (the first
    // sweep the old money, the second the new), which the totals below keep honest.
    const bySweeps = runs.flatMap((r) => r.payments.map((p) => p.customerNo));
    for (const [i, c] of stranded.entries())
      expect(bySweeps.filter((x) => x === c).length).toBeLessThanOrEqual(i < 6 ? 2 : 1);
    for (const [i, c] of stranded.entries()) {
      const topped = i < 6;
      // 5,000 (+ 5,000) in, 7,000 billed: a bill is paid up to what came in, exactly once.
      expect(await billsOf(c)).toEqual([
        topped ? { state: "paid", paid: 7_000 } : { state: "partly_paid", paid: 5_000 },
      ]);
      expect((await paidFromBalance(c)).fen).toBe(topped ? 7_000 : 5_000);
      expect((await expectBooksTrue(c)).balanceFen).toBe(topped ? 3_000 : 0);
    }
  });
});
