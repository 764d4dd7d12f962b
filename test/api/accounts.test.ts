import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type Problem, postRecharge, type ResponseBody } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let client: { apiKey: string };

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  client = await f.client("web");
});
afterAll(() => t.close());

const get = (path: string) => app.request(path, requestInit("GET", { apiKey: client.apiKey }));

async function rechargeMany(customerNo: string, faceValues: number[]) {
  for (const [i, faceValueFen] of faceValues.entries()) {
    const card = await f.card({ faceValueFen });
    const res = await postRecharge(
      apiClient(app, { apiKey: client.apiKey }),
      { cardNo: card.cardNo, pin: card.pin, customerNo },
      `acc-${customerNo}-${i}`,
    );
    expect(res.status).toBe(201);
  }
}

describe("GET /v1/accounts/{customerNo}", () => {
  it("shows a channel the balance and the masked name; the accounting unit is for staff", async () => {
    const customer = await f.customer({ name: "欧阳小明" });
    await rechargeMany(customer.customerNo, [5_000, 10_000]);
    const res = await get(`/v1/accounts/${customer.customerNo}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      customerNo: customer.customerNo,
      customerName: "欧**明",
      balanceFen: 15_000,
      currency: "CNY",
    });
    expect(body.accountingUnit).toBeNull();
    expect(JSON.stringify(body)).not.toContain("欧阳小明");
  });

  it("404 customer_not_found for an unknown customer; 400 for a malformed number", async () => {
    const res = await get("/v1/accounts/0000000000");
    expect(res.status).toBe(404);
    expect(((await res.json()) as Problem).code).toBe("customer_not_found");
    expect((await get("/v1/accounts/12ab")).status).toBe(400);
  });
});

describe("GET /v1/accounts/{customerNo}/transactions", () => {
  it("pages through every movement exactly once, newest first", async () => {
    const customer = await f.customer();
    const values = [100, 200, 300, 400, 500];
    await rechargeMany(customer.customerNo, values);
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : "";
      const res = await get(`/v1/accounts/${customer.customerNo}/transactions?limit=2${q}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as ResponseBody<"listAccountTransactions">;
      expect(page.data.length).toBeLessThanOrEqual(2);
      for (const row of page.data) {
        expect(row.kind).toBe("recharge");
        expect(row.reference).toMatch(/^rch_/);
        seen.push(row.amountFen);
      }
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...values].reverse());
  });

  it("caps the page size and rejects a forged cursor", async () => {
    const customer = await f.customer();
    expect((await get(`/v1/accounts/${customer.customerNo}/transactions?limit=1000`)).status).toBe(400);
    const res = await get(`/v1/accounts/${customer.customerNo}/transactions?cursor=not-a-cursor`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).code).toBe("validation_failed");
  });

  it("404 for an unknown customer", async () => {
    expect((await get("/v1/accounts/0000000000/transactions")).status).toBe(404);
  });
});
