import { businessDate, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figuresBetween, rolledThrough, SINCE_EVER } from "../../api/src/services/figures/figures-between.ts";
import { apiClient, newIdempotencyKey, postRecharge } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { decide, importBill, openCase, systemSum } from "../helpers/corrections.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

/**
 * Model-based property test: random sequences of recharges (right or wrong PIN, cards sold or
 * still in stock, retries with the same or a reused key) are run against the API and against a
 * tiny in-memory model of the rules. Every answer must match the model, and afterwards the books
 * must hold: every ledger transaction sums to zero, every balance equals its entries, and the
 * card float equals the value of sold, unused cards.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let client: { apiKey: string };
let runNo = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  client = await f.client("counter");
});
afterAll(() => t.close());

/**
 * Per business day, the figures' credits and corrections in, minus corrections out, refunds and
 * bills paid, equal the ledger's movement of the customers' prepaid accounts.
 */
async function checkFiguresAgainstLedger() {
  const rolled = await rolledThrough(t.db.orm);
  const rows = resultRows<{ n: number }>(
    await t.db.orm.execute(sql`
    WITH fig AS (
      SELECT business_date,
             sum(CASE WHEN item IN ('reversal_out', 'refund', 'bill_payment') THEN -amount_fen ELSE amount_fen END) AS v
        FROM ${figuresBetween(rolled, SINCE_EVER, businessDate(new Date()), ["recharge", "topup", "bill_payment", "reversal_out", "reversal_in", "refund"])} f
       GROUP BY 1
    ),
    led AS (
      SELECT x.business_date, -sum(e.amount_fen) AS v
        FROM ledger_entries e JOIN ledger_transactions x ON x.book_key = e.book_key AND x.id = e.transaction_id
       WHERE e.account = 'customer_prepaid' GROUP BY 1
    )
    SELECT count(*)::int AS n FROM fig FULL JOIN led ON led.business_date = fig.business_date
     WHERE COALESCE(fig.v, 0) <> COALESCE(led.v, 0)`),
  );
  expect(rows[0]?.n).toBe(0);
}

type ModelCard = {
  cardNo: string;
  pin: string;
  faceValueFen: number;
  state: "in_stock" | "sold" | "used" | "locked";
  failed: number;
};

const stepArb = fc.record({
  card: fc.nat(5),
  customer: fc.nat(2),
  rightPin: fc.boolean(),
  // Sometimes resend the request of an earlier step (same key): same body → replay, other → 422.
  retry: fc.option(fc.nat(30), { freq: 4 }),
});

function expectedOutcome(card: ModelCard, rightPin: boolean): { status: number; code?: string } {
  // Only a sold card has its PIN compared; every other state is answered as it is.
  if (card.state === "locked") return { status: 423, code: "card_locked" };
  if (card.state === "used") return { status: 409, code: "card_already_used" };
  if (card.state === "in_stock") return { status: 409, code: "card_not_sold" };
  if (!rightPin) {
    card.failed++;
    if (card.failed >= 5) {
      card.state = "locked";
      return { status: 423, code: "card_locked" };
    }
    return { status: 422, code: "pin_incorrect" };
  }
  card.state = "used";
  return { status: 201 };
}

async function checkBooks() {
  const unbalanced = await t.db.query(
    "SELECT book_key, transaction_id FROM ledger_entries GROUP BY book_key, transaction_id HAVING sum(amount_fen) <> 0",
  );
  expect(unbalanced).toEqual([]);
  const drift = await t.db.query(
    `SELECT a.customer_no FROM accounts a
       LEFT JOIN (SELECT owner, -sum(amount_fen) AS s FROM ledger_entries WHERE account = 'customer_prepaid' GROUP BY owner) e
         ON e.owner = a.customer_no
      WHERE a.balance_fen <> COALESCE(e.s, 0)`,
  );
  expect(drift).toEqual([]);
  const [float] = await t.db.query<{ ledger: string | number; cards: string | number }>(
    `SELECT (SELECT -COALESCE(sum(amount_fen), 0) FROM ledger_entries WHERE account = 'card_float') AS ledger,
            (SELECT COALESCE(sum(face_value_fen), 0) FROM cards
              WHERE state = 'sold' OR (state = 'locked' AND state_before_lock = 'sold')) AS cards`,
  );
  expect(Number(float?.ledger)).toBe(Number(float?.cards));
  // A reversal's two halves meet in transit and leave nothing there.
  const [transit] = await t.db.query<{ s: string | number }>(
    "SELECT COALESCE(sum(amount_fen), 0) AS s FROM ledger_entries WHERE account = 'reversal_transit'",
  );
  expect(Number(transit?.s)).toBe(0);
}

describe("recharge sequences against a model", () => {
  it("every answer matches the model and the books always balance", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        async (steps, sold) => {
          const run = runNo++;
          const customers = await Promise.all([0, 1, 2].map(() => f.customer()));
          const cards: ModelCard[] = [];
          for (const [i, isSold] of sold.entries()) {
            const c = await f.card({ state: isSold ? "sold" : "in_stock", faceValueFen: 1_000 * (i + 1) });
            cards.push({ ...c, state: isSold ? "sold" : "in_stock", failed: 0 });
          }
          const balances = [0, 0, 0];
          const sent: { key: string; body: string; status: number; text: string }[] = [];

          for (const [i, step] of steps.entries()) {
            const card = cards[step.card] as ModelCard;
            const customerNo = (customers[step.customer] as { customerNo: string }).customerNo;
            const request = {
              cardNo: card.cardNo,
              pin: step.rightPin ? card.pin : "0000000000000000",
              customerNo,
            };
            const body = JSON.stringify(request);
            const earlier = step.retry === null ? undefined : sent[step.retry % Math.max(sent.length, 1)];
            const key = earlier?.key ?? `prop-${run}-${i}`;
            const res = await postRecharge(apiClient(app, { apiKey: client.apiKey }), request, key);
            const text = res.text;

            if (earlier) {
              if (earlier.body === body) {
                expect({ status: res.status, text }).toEqual({ status: earlier.status, text: earlier.text });
              } else {
                expect(res.status).toBe(422);
                expect(JSON.parse(text).code).toBe("idempotency_key_reused");
              }
              continue;
            }
            const expected = expectedOutcome(card, step.rightPin);
            expect(res.status).toBe(expected.status);
            if (expected.code) expect(JSON.parse(text).code).toBe(expected.code);
            if (res.status === 201) {
              balances[step.customer] = (balances[step.customer] ?? 0) + card.faceValueFen;
              expect(JSON.parse(text).balanceFen).toBe(balances[step.customer]);
            }
            sent.push({ key, body, status: res.status, text });
          }

          for (const [j, c] of customers.entries()) {
            const [row] = await t.db.query<{ balance_fen: string | number }>(
              "SELECT balance_fen FROM accounts WHERE customer_no = $1",
              [c.customerNo],
            );
            expect(Number(row?.balance_fen)).toBe(balances[j]);
          }
          for (const card of cards) {
            const [row] = await t.db.query<{ state: string; failed_pin_attempts: number }>(
              "SELECT state, failed_pin_attempts FROM cards WHERE card_no = $1",
              [card.cardNo],
            );
            expect(row).toEqual({ state: card.state, failed_pin_attempts: card.failed });
          }
          await checkBooks();
        },
      ),
      { numRuns: 25 },
    );
  });
});

/**
 * The corrections grown into the model: recharges, bills, reversal cases (to another customer or
 * back to the card) and, at the end, a closed account's refund, against a model of balances,
 * open bills and which credits are reversed. A reversal is allowed while its value is unspent
 * (balance ≥ amount) and only once; after each run the books hold as above, the refunded
 * account is 0 and the refunds payable equal what was refunded until its payout is recorded
 * (once: then they are back and the unified account paid it), and every day's figures net to the
 * ledger's movement of the prepaid accounts (corrections included).
 */
describe("corrections against the model", () => {
  const corrStepArb = fc.oneof(
    fc.record({ kind: fc.constant("recharge" as const), card: fc.nat(3), customer: fc.nat(2) }),
    fc.record({
      kind: fc.constant("bill" as const),
      customer: fc.nat(2),
      amount: fc.integer({ min: 1, max: 6_000 }),
    }),
    fc.record({
      kind: fc.constant("reverse" as const),
      credit: fc.nat(10),
      to: fc.option(fc.nat(2), { freq: 2 }),
    }),
  );

  it("reversals and refunds keep the ledger zero-sum, balances = entries, and reverse a credit once", async () => {
    const clerk = await f.staff(["clerk"], { unitId: f.outletId });
    const checker = await f.staff(["fund_admin"]);
    let period = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(corrStepArb, { minLength: 1, maxLength: 14 }),
        fc.nat(2),
        fc.boolean(),
        async (steps, refundOf, paidOut) => {
          const customers = (await Promise.all([0, 1, 2].map(() => f.customer()))).map((c) => c.customerNo);
          const cards = await Promise.all([1, 2, 3, 4].map((i) => f.card({ faceValueFen: 1_000 * i })));
          const cardSold = cards.map(() => true);
          const balance = [0, 0, 0];
          const owed = [0, 0, 0];
          const credits: { id: string; card: number; customer: number; amount: number; reversed: boolean }[] =
            [];
          const pay = (c: number) => {
            const paid = Math.min(balance[c] as number, owed[c] as number);
            balance[c] = (balance[c] as number) - paid;
            owed[c] = (owed[c] as number) - paid;
          };

          for (const step of steps) {
            if (step.kind === "recharge") {
              const card = cards[step.card] as (typeof cards)[number];
              const res = await postRecharge(apiClient(app, { apiKey: client.apiKey }), {
                cardNo: card.cardNo,
                pin: card.pin,
                customerNo: customers[step.customer] as string,
              });
              expect(res.status).toBe(cardSold[step.card] ? 201 : 409);
              if (res.status !== 201 || !res.data) continue;
              cardSold[step.card] = false;
              credits.push({
                id: res.data.id,
                card: step.card,
                customer: step.customer,
                amount: card.faceValueFen,
                reversed: false,
              });
              balance[step.customer] = (balance[step.customer] as number) + card.faceValueFen;
              pay(step.customer);
            } else if (step.kind === "bill") {
              const p = `20${String(10 + Math.floor(period / 12)).padStart(2, "0")}-${String((period++ % 12) + 1).padStart(2, "0")}`;
              expect(
                (await importBill(app, checker.token, customers[step.customer] as string, step.amount, p))
                  .status,
              ).toBe(200);
              owed[step.customer] = (owed[step.customer] as number) + step.amount;
              pay(step.customer);
            } else {
              const credit = credits[step.credit % Math.max(credits.length, 1)];
              if (!credit) continue;
              const to = step.to === null || step.to === credit.customer ? null : step.to;
              const res = await openCase(app, clerk.token, {
                ref: credit.id,
                destination: to === null ? "source" : "customer",
                ...(to === null ? {} : { toCustomerNo: customers[to] }),
                reason: "模型",
                evidence: "模型",
              });
              const body = (await res.json()) as { code?: string; approvalId?: string };
              if (credit.reversed) {
                expect([res.status, body.code]).toEqual([409, "reversal_case_exists"]);
                continue;
              }
              if ((balance[credit.customer] as number) < credit.amount) {
                expect([res.status, body.code]).toEqual([409, "reversal_value_spent"]);
                continue;
              }
              expect(res.status).toBe(201);
              expect((await decide(app, checker.token, body.approvalId as string, "approve")).status).toBe(
                200,
              );
              credit.reversed = true;
              balance[credit.customer] = (balance[credit.customer] as number) - credit.amount;
              if (to === null) cardSold[credit.card] = true;
              else {
                balance[to] = (balance[to] as number) + credit.amount;
                pay(to);
              }
            }
          }
          for (const [j, customerNo] of customers.entries()) {
            const [row] = await t.db.query<{ balance_fen: string | number }>(
              "SELECT balance_fen FROM accounts WHERE customer_no = $1",
              [customerNo],
            );
            expect(Number(row?.balance_fen)).toBe(balance[j]);
          }

          // The account closes; its balance (if any) is refunded through a case and ends at 0.
          const refunded = customers[refundOf] as string;
          await t.db.query(
            "UPDATE customers SET status = 'closed', closed_at = now() WHERE customer_no = $1",
            [refunded],
          );
          const [payableBefore] = await t.db.query<{ s: string | number }>(
            "SELECT COALESCE(sum(amount_fen), 0) AS s FROM ledger_entries WHERE account = 'refunds_payable'",
          );
          const res = await app.request(
            "/v1/refund-cases",
            requestInit("POST", {
              token: clerk.token,
              idempotencyKey: newIdempotencyKey("model-refund"),
              body: {
                customerNo: refunded,
                payoutMethod: "cash",
                payoutReference: "CASH-MODEL",
                reason: "销户",
              },
            }),
          );
          const refundBody = (await res.json()) as { code?: string; approvalId?: string; amountFen?: number };
          const had = balance[refundOf] as number;
          if (had === 0) expect(refundBody.code).toBe("refund_nothing_to_refund");
          else {
            expect(refundBody.amountFen).toBe(had);
            expect(
              (await decide(app, checker.token, refundBody.approvalId as string, "approve")).status,
            ).toBe(200);
          }
          const [after] = await t.db.query<{ s: string | number }>(
            "SELECT COALESCE(sum(amount_fen), 0) AS s FROM ledger_entries WHERE account = 'refunds_payable'",
          );
          expect(Number(payableBefore?.s) - Number(after?.s)).toBe(had);
          const [row] = await t.db.query<{ balance_fen: string | number }>(
            "SELECT balance_fen FROM accounts WHERE customer_no = $1",
            [refunded],
          );
          expect(Number(row?.balance_fen)).toBe(0);
          if (had > 0 && paidOut) {
            const unifiedBefore = await systemSum(t.db, "settlement_unified");
            const payout = () =>
              app.request(
                `/v1/refund-cases/${(refundBody as { id?: string }).id}/payout`,
                requestInit("POST", {
                  token: checker.token,
                  idempotencyKey: newIdempotencyKey("model-payout"),
                  body: { voucher: "V-MODEL" },
                }),
              );
            expect((await payout()).status).toBe(200);
            expect(((await (await payout()).json()) as { code?: string }).code).toBe(
              "refund_already_paid_out",
            );
            expect(await systemSum(t.db, "refunds_payable")).toBe(Number(payableBefore?.s));
            expect(await systemSum(t.db, "settlement_unified")).toBe(unifiedBefore - had);
          }
          await checkBooks();
          await checkFiguresAgainstLedger();
        },
      ),
      { numRuns: 15 },
    );
  });
});
