import { sequenceMovements } from "@powercard/api";
import { businessDate } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { rechargeNewCard } from "../helpers/funds.ts";
import {
  feedByKind,
  ledgerPrepaidByKind,
  type Movement,
  movementPage,
  readFeed,
  verifiedMovementFile,
} from "../helpers/movements.ts";
import { partnerClient } from "../helpers/partners.ts";
import { expectProblem } from "../helpers/problem.ts";
import { sqlStateOf } from "../helpers/sql-state.ts";

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
/** The marketing system: a channel client granted movements:read and nothing else. */
let marketing: string;
let counterKey: string;
let a: string;
let b: string;
const booked: { recharges: string[]; topup: string } = { recharges: [], topup: "" };
let n = 0;

/** A movement of a kind no code knows yet (as a correction would add), booked in the customer's book. */
async function bookUnknownKind(customerNo: string, amountFen: number, kind = "future_kind") {
  const id = `txn_test_${n++}`;
  const now = new Date();
  await t.db.query(
    `WITH posted AS (
       INSERT INTO ledger_transactions (book_key, id, kind, business_date, reference, created_at)
       VALUES ($1, $2, $3, $4::date, NULL, $5::timestamptz)
     ), legs AS (
       INSERT INTO ledger_entries (book_key, transaction_id, leg, account, owner, amount_fen, created_at)
       VALUES ($1, $2, 1, 'customer_prepaid', $1, $6::bigint, $5::timestamptz),
              ($1, $2, 2, 'card_float', '', -($6::bigint), $5::timestamptz)
     )
     UPDATE accounts SET balance_fen = balance_fen - $6::bigint, updated_at = $5::timestamptz WHERE customer_no = $1`,
    [customerNo, id, kind, businessDate(now), now.toISOString(), amountFen],
  );
  return id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  marketing = (await f.client("web", { operations: ["movements:read"] })).apiKey;
  counterKey = (await f.client("counter")).apiKey;
  const fundAdmin = await f.staff(["fund_admin"]);
  const partner = await partnerClient(f, t.db);
  a = (await f.customer()).customerNo;
  b = (await f.customer()).customerNo;

  booked.recharges.push((await rechargeNewCard(app, f, counterKey, a, 10_000)).id);
  const topup = await app.request(
    "/v1/topups",
    requestInit("POST", {
      token: partner.token,
      idempotencyKey: "feed-topup",
      body: { customerNo: b, amountFen: 2_500, partnerReference: "FEED-1" },
    }),
  );
  expect(topup.status).toBe(201);
  booked.topup = ((await topup.json()) as { id: string }).id;
  // A bill is issued (no prepaid leg: not a movement of the account) and paid from a's balance.
  const bill = await app.request(
    "/v1/bills",
    requestInit("POST", {
      token: fundAdmin.token,
      idempotencyKey: "feed-bill",
      body: {
        source: "cis",
        bills: [{ billId: "FEED-B1", customerNo: a, period: "2026-11", amountFen: 3_000 }],
      },
    }),
  );
  expect(bill.status, await bill.clone().text()).toBe(200);
  booked.recharges.push((await rechargeNewCard(app, f, counterKey, b, 5_000)).id);
  await bookUnknownKind(a, 1_000);
});
afterAll(() => t.close());

describe("GET /v1/movements", () => {
  it("shows nothing before the sequencer numbered it, then every prepaid leg once, in booking order", async () => {
    expect(await movementPage(app, marketing, 0)).toEqual({ data: [], next: 0 });
    // Both customers move to another unit after the money moved and before the feed numbers it:
    // a movement carries the unit its credit or payment recorded; one that records none, the current.
    await t.db.query("UPDATE customers SET accounting_unit_id = $1 WHERE customer_no IN ($2, $3)", [
      f.provinceId,
      a,
      b,
    ]);
    expect(await sequenceMovements(t.db, new Date())).toBe(5);

    const { movements, next } = await readFeed(app, marketing, 0, 2);
    expect(next).toBe(5);
    expect(movements.map((m) => m.position)).toEqual([1, 2, 3, 4, 5]);
    expect(movements.map((m) => [m.kind, m.customerNo, m.amountFen, m.balanceAfterFen, m.channel])).toEqual([
      ["recharge", a, 10_000, 10_000, "counter"],
      ["topup", b, 2_500, 2_500, "partner"],
      ["bill_payment", a, -3_000, 7_000, null],
      ["recharge", b, 5_000, 7_500, "counter"],
      ["future_kind", a, -1_000, 6_000, null],
    ]);
    expect(movements.map((m) => m.reference)).toEqual([
      booked.recharges[0],
      booked.topup,
      null,
      booked.recharges[1],
      null,
    ]);
    for (const m of movements) {
      expect(m.accountingUnitId, m.kind).toBe(m.kind === "future_kind" ? f.provinceId : f.cityId);
      expect(m.businessDate).toBe(businessDate(new Date()));
    }
    // The movement id is the ledger transaction, and the last balance is the account's.
    const [rch] = await t.db.query<{ ledger_transaction_id: string }>(
      "SELECT ledger_transaction_id FROM recharges WHERE id = $1",
      [booked.recharges[0]],
    );
    expect(movements[0]?.movementId).toBe(rch?.ledger_transaction_id);
    const balances = await t.db.query<{ customer_no: string; balance_fen: string | number }>(
      "SELECT customer_no, balance_fen FROM accounts WHERE customer_no IN ($1, $2)",
      [a, b],
    );
    for (const row of balances)
      expect(movements.filter((m) => m.customerNo === row.customer_no).at(-1)?.balanceAfterFen).toBe(
        Number(row.balance_fen),
      );
    expect(feedByKind(movements)).toEqual(await ledgerPrepaidByKind(t.db));
  });

  it("replays the same movements from any position, however often it is read or sequenced", async () => {
    const all = (await readFeed(app, marketing, 0)).movements;
    expect(await sequenceMovements(t.db, new Date())).toBe(0);
    for (let after = 0; after <= all.length; after++) {
      const replay = await readFeed(app, marketing, after, 1 + (after % 3));
      expect(replay.movements, `after ${after}`).toEqual(all.slice(after));
      expect(replay.next).toBe(all.length);
    }
  });

  it("refuses a cursor that is not a position, or one ahead of the feed", async () => {
    for (const query of ["after=-1", "after=abc", "after=1.5", "limit=0", "limit=1001", "cursor=x"]) {
      const res = await app.request(`/v1/movements?${query}`, requestInit("GET", { apiKey: marketing }));
      await expectProblem(res, 400, "validation_failed");
    }
    const ahead = await app.request("/v1/movements?after=999", requestInit("GET", { apiKey: marketing }));
    await expectProblem(ahead, 400, "movement_position_ahead");
    const head = (await readFeed(app, marketing, 0)).next;
    expect(await movementPage(app, marketing, head)).toEqual({ data: [], next: head });
  });

  it("is for clients granted movements:read only", async () => {
    const anonymous = await app.request("/v1/movements", requestInit("GET"));
    await expectProblem(anonymous, 401, "unauthenticated");
    const counter = await app.request("/v1/movements", requestInit("GET", { apiKey: counterKey }));
    await expectProblem(counter, 403, "forbidden");
    const staff = await f.staff(["auditor"]);
    await expectProblem(
      await app.request("/v1/movements", requestInit("GET", { token: staff.token })),
      403,
      "forbidden",
    );
    // A partner reads it only if granted the operation (the helper grants every operation).
    const granted = await partnerClient(f, t.db);
    expect((await app.request("/v1/movements", requestInit("GET", { token: granted.token }))).status).toBe(
      200,
    );
    const partner = await partnerClient(f, t.db, { operations: ["reconciliation:read"] });
    await expectProblem(
      await app.request("/v1/movements", requestInit("GET", { token: partner.token })),
      403,
      "forbidden",
    );
  });

  it("is append-only in the database", async () => {
    expect(
      await sqlStateOf(t.db.query("UPDATE account_movements SET amount_fen = 1 WHERE position = 1")),
    ).toBe("42501");
    expect(await sqlStateOf(t.db.query("DELETE FROM account_movements WHERE position = 1"))).toBe("42501");
  });
});

describe("GET /v1/movements/files/{date}", () => {
  const today = () => businessDate(new Date());

  it("is the day's movements, signed by Powercard, with totals that equal the ledger", async () => {
    await sequenceMovements(t.db, new Date());
    const file = await verifiedMovementFile(app, marketing, today());
    const feed = (await readFeed(app, marketing, 0)).movements.filter(
      (m: Movement) => m.businessDate === today(),
    );
    expect(file.businessDate).toBe(today());
    expect(file.currency).toBe("CNY");
    expect(file.movements).toEqual(feed);
    expect(file.throughPosition).toBe(feed.at(-1)?.position);
    expect(file.final).toBe(false);
    expect(file.totals.byKind).toEqual(await ledgerPrepaidByKind(t.db, today()));
    expect(file.totals).toMatchObject({
      count: feed.length,
      creditFen: 17_500,
      debitFen: -4_000,
      netFen: 13_500,
    });
  });

  it("is final only after the day closed and every movement of it has a position", async () => {
    const day = today();
    const later = new Date(Date.parse(`${day}T00:00:00+08:00`) + 26 * 3_600_000);
    const tomorrowApp = buildApp(t.db, { now: () => later });
    await bookUnknownKind(b, 500, "late_kind");
    const before = await verifiedMovementFile(tomorrowApp, marketing, day);
    expect(before.final).toBe(false);
    expect(before.movements.some((m) => m.kind === "late_kind")).toBe(false);
    await sequenceMovements(t.db, new Date());
    const after = await verifiedMovementFile(tomorrowApp, marketing, day);
    expect(after.final).toBe(true);
    expect(after.movements.at(-1)).toMatchObject({ kind: "late_kind", amountFen: -500, customerNo: b });
    expect(after.totals.byKind).toEqual(await ledgerPrepaidByKind(t.db, day));
  });

  it("is an empty signed file for a day without movements, and a 400 for a day to come", async () => {
    const quiet = await verifiedMovementFile(app, marketing, "2026-01-01");
    expect(quiet).toMatchObject({ movements: [], final: true, totals: { count: 0, netFen: 0, byKind: [] } });
    const future = await app.request(
      "/v1/movements/files/2999-01-01",
      requestInit("GET", { apiKey: marketing }),
    );
    await expectProblem(future, 400, "business_date_in_future");
    const counter = await app.request(
      `/v1/movements/files/${today()}`,
      requestInit("GET", { apiKey: counterKey }),
    );
    await expectProblem(counter, 403, "forbidden");
  });
});
