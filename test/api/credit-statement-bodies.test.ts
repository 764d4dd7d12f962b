import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RechargeSchema } from "../../api/src/services/recharge/recharge-schema.ts";
import { TopupSchema } from "../../api/src/services/topups/topup-schema.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * The recharge and top-up statements build their 201 body in SQL (it is stored for byte-exact
 * replay): the body each one stores must be exactly the documented schema — its keys, in its
 * order, each value valid — and be what the POST answered.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
});
afterAll(() => t.close());

async function storedBody(clientId: string, key: string) {
  const [row] = await t.db.query<{ response_body: string }>(
    "SELECT response_body FROM idempotency_keys WHERE client_id = $1 AND key = $2",
    [clientId, key],
  );
  return row?.response_body;
}

describe("the bodies the one-statement credits store are their schemas", () => {
  it("recharge: RechargeSchema's keys in order, valid, stored as answered", async () => {
    const counter = await f.client("counter");
    const customer = await f.customer();
    const card = await f.card();
    const key = `body-recharge-${Date.now()}`;
    const res = await app.request(
      "/v1/recharges",
      requestInit("POST", {
        apiKey: counter.apiKey,
        idempotencyKey: key,
        body: { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
      }),
    );
    expect(res.status).toBe(201);
    const text = await res.text();
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(Object.keys(RechargeSchema.shape));
    expect(RechargeSchema.strict().safeParse(body).success).toBe(true);
    expect(await storedBody(counter.id, key)).toBe(text);
  });

  it("top-up: TopupSchema's keys in order, valid, stored as answered", async () => {
    const partner = await partnerClient(f, t.db);
    const customer = await f.customer();
    const key = `body-topup-${Date.now()}`;
    const res = await app.request(
      "/v1/topups",
      requestInit("POST", {
        token: partner.token,
        idempotencyKey: key,
        body: { customerNo: customer.customerNo, amountFen: 4_321, partnerReference: `REF-${Date.now()}` },
      }),
    );
    expect(res.status).toBe(201);
    const text = await res.text();
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(Object.keys(TopupSchema.shape));
    expect(TopupSchema.strict().safeParse(body).success).toBe(true);
    expect(await storedBody(partner.id, key)).toBe(text);
  });
});
