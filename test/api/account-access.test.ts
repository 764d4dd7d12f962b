import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * Who sees which customer and which movements (api/src/services/accounts/customer-access.ts):
 * channels the masked name, the balance and only their own movements; staff on the customer's
 * line everything; a clerk elsewhere the masked name and balance; anyone else a 404.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
/** Bearers of every caller in the story. */
let web: string;
let bank: string;
let idle: string;
let clerk: string;
let otherClerk: string;
let auditor: string;
let otherAuditor: string;
let provinceAuditor: string;
let fundAdmin: string;
/** A Hangzhou-like customer of the first city, with movements by three callers and a bill payment. */
let customerNo: string;
let movements: { web: Movement[]; bank: Movement; clerk: Movement };

interface Movement {
  id: string;
  transactionId: string;
  amountFen: number;
}
const as = (bearer: string) => apiClient(app, { token: bearer });
const getAccount = (bearer: string, no = customerNo) =>
  as(bearer).GET("/v1/accounts/{customerNo}", { params: { path: { customerNo: no } } });
const getTransactions = (bearer: string, query: { limit?: number; cursor?: string } = {}) =>
  as(bearer).GET("/v1/accounts/{customerNo}/transactions", { params: { path: { customerNo }, query } });
const getBills = (bearer: string) =>
  as(bearer).GET("/v1/customers/{customerNo}/bills", { params: { path: { customerNo } } });

/** A recharge by the bearer, with the ledger transaction it made. */
async function rechargeMovement(bearer: string, faceValueFen: number): Promise<Movement> {
  const card = await f.card({ faceValueFen });
  const res = await postRecharge(as(bearer), { cardNo: card.cardNo, pin: card.pin, customerNo });
  expect(res.status).toBe(201);
  const id = res.data?.id ?? "";
  return { id, transactionId: await transactionOf("recharges", id), amountFen: faceValueFen };
}

async function transactionOf(table: "recharges" | "topups", id: string) {
  const [row] = await t.db.query<{ ledger_transaction_id: string }>(
    `SELECT ledger_transaction_id FROM ${table} WHERE id = $1`,
    [id],
  );
  return String(row?.ledger_transaction_id);
}

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  web = (await f.client("web")).apiKey;
  idle = (await f.client("ivr")).apiKey;
  bank = (await partnerClient(f, t.db)).token;
  clerk = (await f.staff(["clerk"], { unitId: f.outletId })).token;
  otherClerk = (await f.staff(["clerk"], { unitId: f.otherOutletId })).token;
  auditor = (await f.staff(["auditor"], { unitId: f.cityId })).token;
  otherAuditor = (await f.staff(["auditor"], { unitId: f.otherCityId })).token;
  provinceAuditor = (await f.staff(["auditor"], { unitId: f.provinceId })).token;
  fundAdmin = (await f.staff(["fund_admin"], { unitId: f.cityId })).token;

  ({ customerNo } = await f.customer({ name: "欧阳小明" }));
  const first = await rechargeMovement(web, 5_000);
  const topup = await app.request(
    "/v1/topups",
    requestInit("POST", {
      token: bank,
      idempotencyKey: `access-${Math.random()}`,
      body: { customerNo, amountFen: 700, partnerReference: `ACCESS-${Math.random()}` },
    }),
  );
  expect(topup.status).toBe(201);
  const topupId = ((await topup.json()) as Schemas["Topup"]).id;
  const atCounter = await rechargeMovement(clerk, 10_000);
  const second = await rechargeMovement(web, 2_000);
  movements = {
    web: [second, first],
    bank: { id: topupId, transactionId: await transactionOf("topups", topupId), amountFen: 700 },
    clerk: atCounter,
  };
  // A bill, paid at once from the balance: a movement no channel made.
  const bills = await app.request(
    "/v1/bills",
    requestInit("POST", {
      token: fundAdmin,
      idempotencyKey: `access-${Math.random()}`,
      body: {
        source: "cis",
        bills: [{ billId: `B-${customerNo}`, customerNo, period: "2026-01", amountFen: 300 }],
      },
    }),
  );
  expect(((await bills.json()) as Schemas["ImportBillsResult"]).paidFromBalanceFen).toBe(300);
});
afterAll(() => t.close());

const BALANCE = 5_000 + 700 + 10_000 + 2_000 - 300;
const idsOf = (m: Movement) => [m.id, m.transactionId];

async function history(bearer: string, limit = 100) {
  const rows: Schemas["AccountTransaction"][] = [];
  let cursor: string | null = null;
  do {
    const res = await getTransactions(bearer, { limit, ...(cursor ? { cursor } : {}) });
    expect(res.status).toBe(200);
    const page = res.data;
    rows.push(...(page?.data ?? []));
    cursor = page?.nextCursor ?? null;
  } while (cursor);
  return rows;
}

describe("a channel client", () => {
  it("reads any customer's masked name and balance, without the accounting unit", async () => {
    for (const bearer of [web, bank, idle]) {
      const res = await getAccount(bearer);
      expect(res.status).toBe(200);
      const text = res.text;
      expect(JSON.parse(text)).toMatchObject({
        customerNo,
        customerName: "欧**明",
        balanceFen: BALANCE,
        accountingUnit: null,
      });
      expect(text).not.toContain(f.cityId);
      expect(text).not.toContain("欧阳小明");
    }
  });

  it("sees in the history only its own recharges, page after page", async () => {
    const rows = await history(web, 1);
    expect(rows).toEqual(
      movements.web.map((m) => expect.objectContaining({ transactionId: m.transactionId, reference: m.id })),
    );
    expect(rows.map((r) => r.amountFen)).toEqual([2_000, 5_000]);
    const text = JSON.stringify(rows);
    for (const id of [...idsOf(movements.bank), ...idsOf(movements.clerk)]) expect(text).not.toContain(id);
    expect(rows.some((r) => r.kind === "bill_payment")).toBe(false);
  });

  it("a partner sees only its own top-up; a client that made none gets an empty page", async () => {
    const rows = await history(bank);
    expect(rows).toEqual([
      expect.objectContaining({
        kind: "topup",
        reference: movements.bank.id,
        transactionId: movements.bank.transactionId,
        amountFen: 700,
      }),
    ]);
    expect(await history(idle)).toEqual([]);
  });
});

describe("staff", () => {
  it("on the customer's line (its outlet's clerk, its auditor, the province's) see the unit and every movement", async () => {
    for (const bearer of [clerk, auditor, provinceAuditor]) {
      const account = (await getAccount(bearer)).data;
      expect(account).toMatchObject({ balanceFen: BALANCE, customerName: "欧**明" });
      expect(account?.accountingUnit).toEqual({ id: f.cityId, name: "测试市公司" });
      const rows = await history(bearer, 2);
      expect(rows.map((r) => r.reference)).toEqual([
        null, // the bill payment
        movements.web[0]?.id,
        movements.clerk.id,
        movements.bank.id,
        movements.web[1]?.id,
      ]);
      expect(rows.reduce((sum, r) => sum + r.amountFen, 0)).toBe(BALANCE);
    }
  });

  it("a clerk of another unit serves the customer at the counter, but reads no history and no unit", async () => {
    const res = await getAccount(otherClerk);
    expect(res.status).toBe(200);
    const text = res.text;
    expect(JSON.parse(text)).toMatchObject({
      balanceFen: BALANCE,
      customerName: "欧**明",
      accountingUnit: null,
    });
    expect(text).not.toContain(f.cityId);
    const denied = await getTransactions(otherClerk);
    await expectUnknownCustomer(denied);
    // Consistent with the customer's bills.
    expect((await getBills(otherClerk)).status).toBe(404);
    expect((await getBills(clerk)).status).toBe(200);
  });

  it("an auditor of another unit gets 404 for the account and the history, as for an unknown customer", async () => {
    await expectUnknownCustomer(await getAccount(otherAuditor));
    await expectUnknownCustomer(await getTransactions(otherAuditor));
  });
});

/** A customer out of scope looks exactly like one that does not exist. */
async function expectUnknownCustomer(res: { status: number; text: string }) {
  expect(res.status).toBe(404);
  const text = res.text;
  const { requestId: _, ...problem } = JSON.parse(text) as Record<string, unknown>;
  const unknown = (await getAccount(provinceAuditor, "0000000000")).error;
  const { requestId: __, ...expected } = unknown ?? {};
  expect(problem).toEqual(expected);
  for (const id of [...idsOf(movements.bank), ...idsOf(movements.clerk), f.cityId])
    expect(text).not.toContain(id);
}
