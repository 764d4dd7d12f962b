import { randomUUID } from "node:crypto";
import { businessDate } from "@powercard/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type Problem, postRecharge, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { newOutlet, tokenAt } from "../helpers/funds.ts";
import { partnerClient } from "../helpers/partners.ts";
import { clockAfter, currentPeriod, monthAfter } from "../helpers/settlement.ts";

/**
 * Model-based property test of the money flows: random sequences of card sales, recharges,
 * partner top-ups, remittance declarations, confirmations and rejections, and bill imports run
 * against the API and a small model. Every answer must match the model, and afterwards the books
 * must hold: every ledger transaction at zero; every balance row equal to its entries; cash sold
 * = confirmed remittances + outstanding at the outlet; the card float equal to sold, unused
 * cards; receivables equal to the bills' open amounts; no prepaid balance below zero; and each
 * customer has paid min(money in, billed) — bills are paid as far as the balance goes.
 * `settle` makes a settlement run for one of twelve months (on an app whose clock is a year
 * ahead, so all are finished) and approves or rejects it: a period already approved is refused
 * with 409, the unified account never goes below zero, and no unit ever gets back more than its
 * customers were credited.
 */
type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let counter: { apiKey: string };
let partner: { token: string };
let fundAdmin: Staff;
let officer: Staff;
let runNo = 0;
const today = businessDate(new Date());
/** Runs are global per period: the periods approved so far, across all sequences. */
const settled = new Map<string, string>();
const firstPeriod = currentPeriod();
const settleClock = clockAfter(monthAfter(firstPeriod, 11));
let later: ReturnType<typeof buildApp>;
let settlers: { maker: string; checker: string };

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  counter = await f.client("counter");
  partner = await partnerClient(f, t.db);
  [fundAdmin, officer] = await Promise.all([f.staff(["fund_admin"]), f.staff(["settlement_officer"])]);
  later = buildApp(t.db, { now: () => settleClock });
  const [maker, checker] = await Promise.all([
    f.staff(["settlement_officer"], { unitId: f.provinceId }),
    f.staff(["settlement_officer"], { unitId: f.provinceId }),
  ]);
  settlers = {
    maker: await tokenAt(maker.id, settleClock),
    checker: await tokenAt(checker.id, settleClock),
  };
});
afterAll(() => t.close());

const commandArb = fc.oneof(
  fc.record({
    kind: fc.constant("sell" as const),
    count: fc.integer({ min: 1, max: 3 }),
    face: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant("recharge" as const), card: fc.nat(20), customer: fc.nat(1) }),
  fc.record({
    kind: fc.constant("topup" as const),
    customer: fc.nat(1),
    amount: fc.integer({ min: 1, max: 6_000 }),
  }),
  fc.record({ kind: fc.constant("declare" as const), amount: fc.integer({ min: 1, max: 12_000 }) }),
  fc.record({ kind: fc.constant("confirm" as const), which: fc.nat(10) }),
  fc.record({ kind: fc.constant("reject" as const), which: fc.nat(10) }),
  fc.record({
    kind: fc.constant("bill" as const),
    customer: fc.nat(1),
    amount: fc.integer({ min: 1, max: 9_000 }),
    month: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({ kind: fc.constant("settle" as const), month: fc.nat(11), approve: fc.boolean() }),
);

interface Model {
  outletCash: number;
  pending: { id: string; amount: number }[];
  confirmed: number;
  unusedCards: { cardNo: string; pin: string; faceValueFen: number }[];
  moneyIn: number[];
  billed: number[];
}

const num = (v: unknown) => Number(v ?? 0);

async function checkBooks(outlet: string, customerNos: string[], model: Model) {
  expect(
    await t.db.query(
      "SELECT book_key, transaction_id FROM ledger_entries GROUP BY book_key, transaction_id HAVING sum(amount_fen) <> 0",
    ),
  ).toEqual([]);
  expect(
    await t.db.query(
      `SELECT a.customer_no FROM accounts a
         LEFT JOIN (SELECT owner, -sum(amount_fen) AS s FROM ledger_entries WHERE account = 'customer_prepaid' GROUP BY owner) e
           ON e.owner = a.customer_no
        WHERE a.balance_fen <> COALESCE(e.s, 0) OR a.balance_fen < 0`,
    ),
  ).toEqual([]);
  const [cash] = await t.db.query(
    `SELECT (SELECT COALESCE(sum(amount_fen), 0) FROM card_sales WHERE outlet_unit_id = $1) AS sold,
            (SELECT COALESCE(sum(amount_fen), 0) FROM remittances WHERE outlet_unit_id = $1 AND state = 'confirmed') AS confirmed,
            (SELECT COALESCE(sum(amount_fen), 0) FROM ledger_entries WHERE account = 'outlet_card_cash' AND owner = $1) AS outstanding`,
    [outlet],
  );
  expect(num(cash?.sold)).toBe(num(cash?.confirmed) + num(cash?.outstanding));
  expect(num(cash?.outstanding)).toBe(model.outletCash);
  expect(num(cash?.confirmed)).toBe(model.confirmed);
  const [totals] = await t.db.query(
    `SELECT (SELECT -COALESCE(sum(amount_fen), 0) FROM ledger_entries WHERE account = 'card_float') AS float,
            (SELECT COALESCE(sum(face_value_fen), 0) FROM cards WHERE state = 'sold') AS unused,
            (SELECT COALESCE(sum(amount_fen), 0) FROM ledger_entries WHERE account = 'settlement_unified') AS unified,
            (SELECT COALESCE(sum(amount_fen), 0) FROM remittances WHERE state = 'confirmed') AS remitted`,
  );
  expect(num(totals?.float)).toBe(num(totals?.unused));
  const [returned] = await t.db.query(
    `SELECT (SELECT COALESCE(sum(amount_fen), 0) FROM ledger_entries WHERE account = 'unit_fee_account') AS booked,
            (SELECT COALESCE(sum(l.returned_fen), 0) FROM settlement_lines l
               JOIN settlement_runs r ON r.id = l.run_id AND r.state = 'approved') AS lines`,
  );
  expect(num(totals?.unified)).toBe(num(totals?.remitted) - num(returned?.booked));
  expect(num(totals?.unified)).toBeGreaterThanOrEqual(0);
  expect(num(returned?.booked)).toBe(num(returned?.lines));
  // No unit gets back more than its customers were credited (recharges and top-ups).
  expect(
    await t.db.query(
      `SELECT e.owner FROM ledger_entries e WHERE e.account = 'unit_fee_account' GROUP BY e.owner
       HAVING sum(e.amount_fen) > (
         SELECT COALESCE(sum(m.amount_fen), 0) FROM customers c
           JOIN (SELECT customer_no, amount_fen FROM recharges UNION ALL SELECT customer_no, amount_fen FROM topups) m
             ON m.customer_no = c.customer_no
          WHERE c.accounting_unit_id = e.owner)`,
    ),
  ).toEqual([]);
  for (const [i, customerNo] of customerNos.entries()) {
    const [c] = await t.db.query(
      `SELECT (SELECT balance_fen FROM accounts WHERE customer_no = $1) AS balance,
              (SELECT COALESCE(sum(paid_fen), 0) FROM bills WHERE customer_no = $1) AS paid,
              (SELECT COALESCE(sum(amount_fen - paid_fen), 0) FROM bills WHERE customer_no = $1) AS due,
              (SELECT COALESCE(sum(amount_fen), 0) FROM ledger_entries
                WHERE account = 'electricity_receivable' AND owner = $1) AS receivable`,
      [customerNo],
    );
    const paid = Math.min(model.moneyIn[i] ?? 0, model.billed[i] ?? 0);
    expect(num(c?.paid)).toBe(paid);
    expect(num(c?.balance)).toBe((model.moneyIn[i] ?? 0) - paid);
    expect(num(c?.receivable)).toBe(num(c?.due));
  }
}

describe("funds sequences against a model", () => {
  it("every answer matches the model and the books always hold", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 1, maxLength: 25 }), async (commands) => {
        const run = runNo++;
        const outlet = await newOutlet(t.db, f);
        const clerk = await f.staff(["clerk"], { unitId: outlet });
        const customers = await Promise.all([0, 1].map(() => f.customer()));
        const customerNos = customers.map((c) => c.customerNo);
        const model: Model = {
          outletCash: 0,
          pending: [],
          confirmed: 0,
          unusedCards: [],
          moneyIn: [0, 0],
          billed: [0, 0],
        };
        const post = (path: string, init: Parameters<typeof requestInit>[1]) =>
          app.request(path, requestInit("POST", { idempotencyKey: `fm-${run}-${Math.random()}`, ...init }));

        for (const cmd of commands) {
          switch (cmd.kind) {
            case "sell": {
              const range = await f.cardRange(cmd.count, {
                ownerUnitId: outlet,
                faceValueFen: cmd.face * 1_000,
              });
              const res = await post("/v1/card-sales", {
                token: clerk.token,
                body: { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo },
              });
              expect(res.status).toBe(201);
              model.outletCash += cmd.count * cmd.face * 1_000;
              for (const [i, cardNo] of range.cardNos.entries())
                model.unusedCards.push({
                  cardNo,
                  pin: range.pins[i] as string,
                  faceValueFen: range.faceValueFen,
                });
              break;
            }
            case "recharge": {
              if (model.unusedCards.length === 0) break;
              const [card] = model.unusedCards.splice(cmd.card % model.unusedCards.length, 1);
              if (!card) break;
              const res = await postRecharge(
                apiClient(app, { apiKey: counter.apiKey }),
                { cardNo: card.cardNo, pin: card.pin, customerNo: customerNos[cmd.customer] ?? "" },
                `fm-${run}-${Math.random()}`,
              );
              expect(res.status).toBe(201);
              model.moneyIn[cmd.customer] = (model.moneyIn[cmd.customer] ?? 0) + card.faceValueFen;
              break;
            }
            case "topup": {
              const res = await post("/v1/topups", {
                token: partner.token,
                body: {
                  customerNo: customerNos[cmd.customer],
                  amountFen: cmd.amount,
                  partnerReference: `PROP-${randomUUID()}`,
                },
              });
              expect(res.status).toBe(201);
              model.moneyIn[cmd.customer] = (model.moneyIn[cmd.customer] ?? 0) + cmd.amount;
              break;
            }
            case "declare": {
              const res = await post("/v1/remittances", {
                token: fundAdmin.token,
                body: {
                  outletUnitId: outlet,
                  businessDate: today,
                  amountFen: cmd.amount,
                  bankReference: `P${Math.random()}`,
                },
              });
              const available = model.outletCash - model.pending.reduce((s, p) => s + p.amount, 0);
              if (cmd.amount <= available) {
                expect(res.status).toBe(201);
                model.pending.push({
                  id: ((await res.json()) as Schemas["Remittance"]).id,
                  amount: cmd.amount,
                });
              } else {
                expect(res.status).toBe(409);
              }
              break;
            }
            case "confirm":
            case "reject": {
              if (model.pending.length === 0) break;
              const [rem] = model.pending.splice(cmd.which % model.pending.length, 1);
              if (!rem) break;
              const res =
                cmd.kind === "confirm"
                  ? await post(`/v1/remittances/${rem.id}/confirm`, { token: officer.token })
                  : await post(`/v1/remittances/${rem.id}/reject`, {
                      token: officer.token,
                      body: { reason: "prop" },
                    });
              expect(res.status).toBe(200);
              if (cmd.kind === "confirm") {
                model.outletCash -= rem.amount;
                model.confirmed += rem.amount;
              }
              break;
            }
            case "bill": {
              const res = await post("/v1/bills", {
                token: fundAdmin.token,
                body: {
                  source: "prop",
                  bills: [
                    {
                      billId: `${run}-${Math.random()}`,
                      customerNo: customerNos[cmd.customer],
                      period: `2026-${String(cmd.month).padStart(2, "0")}`,
                      amountFen: cmd.amount,
                    },
                  ],
                },
              });
              expect(res.status).toBe(200);
              model.billed[cmd.customer] = (model.billed[cmd.customer] ?? 0) + cmd.amount;
              break;
            }
            case "settle": {
              const period = monthAfter(firstPeriod, cmd.month);
              const res = await later.request(
                "/v1/settlement-runs",
                requestInit("POST", { token: settlers.maker, body: { period } }),
              );
              const body = (await res.json()) as Schemas["SettlementRun"] & Partial<Problem>;
              const approved = settled.get(period);
              if (approved) {
                expect(res.status).toBe(409);
                expect(body.detail).toContain(approved);
                break;
              }
              expect(res.status).toBe(201);
              const decision = cmd.approve ? "approve" : "reject";
              const decided = await later.request(
                `/v1/approvals/${body.approvalId}/${decision}`,
                requestInit("POST", { token: settlers.checker, body: {} }),
              );
              expect(decided.status).toBe(200);
              if (cmd.approve) settled.set(period, body.id);
              break;
            }
          }
        }
        await checkBooks(outlet, customerNos, model);
      }),
      { numRuns: 20 },
    );
  });
});
