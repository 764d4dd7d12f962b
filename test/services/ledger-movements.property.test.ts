import { LEDGER_ACCOUNTS, type Orm } from "@powercard/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertBalanced,
  assertBalancedSymbolically,
  credit,
  debit,
  MOVEMENTS,
  type Movement,
  movementCtes,
  postMovements,
  SYSTEM,
  signOf,
  UnbalancedMovementError,
} from "../../api/src/services/ledger/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";

const CHART = new Set<string>(Object.values(LEDGER_ACCOUNTS));
const NAMES = Object.keys(MOVEMENTS) as (keyof typeof MOVEMENTS)[];

/** Every owner any movement may take, so one argument fits them all. */
const ownersArb = fc.record({
  customerNo: fc.stringMatching(/^[0-9]{10}$/),
  partnerClientId: fc.stringMatching(/^cli_[a-z0-9]{6}$/),
  outletUnitId: fc.stringMatching(/^unt_o[a-z0-9]{5}$/),
  unitId: fc.stringMatching(/^unt_u[a-z0-9]{5}$/),
  accountingUnitId: fc.stringMatching(/^unt_a[a-z0-9]{5}$/),
});
const fenArb = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });

const movementOf = (name: keyof typeof MOVEMENTS, owners: object, amountFen: number) =>
  (MOVEMENTS[name] as (m: object) => Movement<number, string>)({ ...owners, amountFen });

describe("every movement of the ledger balances", () => {
  it("for any owners and any amount: debits first, accounts from the chart, signed sum zero", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), ownersArb, fenArb, (name, owners, amountFen) => {
        const movement = movementOf(name, owners, amountFen);
        expect(() => assertBalanced(movement)).not.toThrow();
        const signed = movement.legs.map((leg) => BigInt(signOf(leg) * leg.amount));
        expect(signed.reduce((a, b) => a + b, 0n)).toBe(0n);
        for (const leg of movement.legs) expect(CHART.has(leg.account)).toBe(true);
        expect(movement.legs[0]?.side).toBe("debit");
        expect(movement.book).not.toBe(SYSTEM);
      }),
    );
  });

  it("with SQL expressions for amounts, each movement names the same amount on both sides", () => {
    for (const name of NAMES) {
      const movement = (MOVEMENTS[name] as (m: object) => Movement<string, string>)({
        customerNo: "c.customer_no",
        partnerClientId: "c.client_id",
        outletUnitId: "c.outlet",
        unitId: "c.unit",
        accountingUnitId: "c.unit",
        amountFen: "c.amount_fen",
      });
      expect(() => assertBalancedSymbolically(movement)).not.toThrow();
    }
  });
});

describe("an unbalanced movement is refused by the module", () => {
  const legs = (...l: Movement<number, string>["legs"]) => ({ kind: "test", book: "b", legs: l });
  it.each([
    [
      "debits ≠ credits",
      legs(debit(LEDGER_ACCOUNTS.cardFloat, SYSTEM, 500), credit(LEDGER_ACCOUNTS.customerPrepaid, "c", 400)),
    ],
    ["a debit alone", legs(debit(LEDGER_ACCOUNTS.cardFloat, SYSTEM, 500))],
    ["no legs", legs()],
    [
      "a zero amount",
      legs(debit(LEDGER_ACCOUNTS.cardFloat, SYSTEM, 0), credit(LEDGER_ACCOUNTS.customerPrepaid, "c", 0)),
    ],
    [
      "a negative amount",
      legs(debit(LEDGER_ACCOUNTS.cardFloat, SYSTEM, -5), credit(LEDGER_ACCOUNTS.customerPrepaid, "c", -5)),
    ],
    [
      "a fraction of a fen",
      legs(debit(LEDGER_ACCOUNTS.cardFloat, SYSTEM, 0.5), credit(LEDGER_ACCOUNTS.customerPrepaid, "c", 0.5)),
    ],
  ])("%s", (_, movement) => {
    expect(() => assertBalanced(movement)).toThrow(UnbalancedMovementError);
  });

  it("a statement whose legs name different amounts is never built", () => {
    const movement: Movement<string, string> = {
      kind: "test",
      book: "x.customer_no",
      legs: [
        debit(LEDGER_ACCOUNTS.cardFloat, SYSTEM, "x.a"),
        credit(LEDGER_ACCOUNTS.customerPrepaid, "x.customer_no", "x.b"),
      ],
    };
    const spec = {
      from: "x",
      transactionId: "x.id",
      businessDate: "x.d",
      reference: "x.id",
      createdAt: "x.t",
    };
    expect(() => movementCtes(movement, spec)).toThrow(UnbalancedMovementError);
  });
});

describe("posting against the database", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  const countRows = async () => {
    const [row] = await t.db.query<{ n: number }>(
      "SELECT (SELECT count(*) FROM ledger_transactions) + (SELECT count(*) FROM ledger_entries) AS n",
    );
    return Number(row?.n);
  };
  const entriesOf = (id: string) =>
    t.db.query<{ leg: number; account: string; owner: string; amount_fen: string }>(
      "SELECT leg, account, owner, amount_fen::text FROM ledger_entries WHERE transaction_id = $1 ORDER BY leg",
      [id],
    );
  let n = 0;

  it("refuses an unbalanced movement before anything is sent: nothing written, not the trigger's error", async () => {
    const before = await countRows();
    const posting = {
      movement: {
        kind: "test",
        book: "b",
        legs: [
          debit(LEDGER_ACCOUNTS.cardFloat, SYSTEM, 500),
          credit(LEDGER_ACCOUNTS.customerPrepaid, "c", 499),
        ],
      },
      transactionId: `txn_unbalanced_${n++}`,
      businessDate: "2026-11-26",
      reference: null,
      createdAt: new Date(),
    };
    await expect(
      t.db.orm.transaction((tx) => postMovements(tx as unknown as Orm, [posting])),
    ).rejects.toThrow(UnbalancedMovementError);
    expect(await countRows()).toBe(before);
  });

  it("posts the same entries from values (postMovements) as from SQL (movementCtes)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        ownersArb,
        fc.integer({ min: 1, max: 10_000_000_000 }),
        async (name, owners, amountFen) => {
          const byValue = `txn_v${n}`;
          const bySql = `txn_s${n++}`;
          const createdAt = new Date();
          await t.db.orm.transaction((tx) =>
            postMovements(tx as unknown as Orm, [
              {
                movement: movementOf(name, owners, amountFen),
                transactionId: byValue,
                businessDate: "2026-11-26",
                reference: null,
                createdAt,
              },
            ]),
          );
          const sqlMovement = (MOVEMENTS[name] as (m: object) => Movement<string, string>)({
            customerNo: "src.customer_no",
            partnerClientId: "src.partner_client_id",
            outletUnitId: "src.outlet_unit_id",
            unitId: "src.unit_id",
            accountingUnitId: "src.accounting_unit_id",
            amountFen: "src.amount_fen",
          });
          const ctes = movementCtes(sqlMovement, {
            from: "src",
            transactionId: "src.id",
            businessDate: "'2026-11-26'::date",
            reference: "NULL",
            createdAt: "src.at",
          });
          await t.db.query(
            `WITH src AS (
               SELECT $1::text AS id, $2::text AS customer_no, $3::text AS partner_client_id, $4::text AS outlet_unit_id,
                      $5::text AS unit_id, $6::text AS accounting_unit_id, $7::bigint AS amount_fen, $8::timestamptz AS at
             ), ${ctes}
             SELECT 1`,
            [
              bySql,
              owners.customerNo,
              owners.partnerClientId,
              owners.outletUnitId,
              owners.unitId,
              owners.accountingUnitId,
              amountFen,
              createdAt,
            ],
          );
          const fromValues = await entriesOf(byValue);
          expect(fromValues.length).toBeGreaterThanOrEqual(2);
          expect(await entriesOf(bySql)).toEqual(fromValues);
          expect(fromValues.reduce((sum, e) => sum + BigInt(e.amount_fen), 0n)).toBe(0n);
        },
      ),
      { numRuns: 25 },
    );
  });
});
