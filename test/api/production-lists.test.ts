import { generateManufacturerKeys } from "@powercard/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";
import { approvedPlan, post } from "../helpers/production.ts";

/**
 * GET /v1/production-plans and GET /v1/production-orders: what the console's issuer screens list
 * (plans waiting, approved plans to order, orders and their card files). Subtree-scoped; issuer
 * and auditor only.
 */
type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Plan = Schemas["ProductionPlan"];
type Order = Schemas["ProductionOrder"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let issuerA: Staff;
let issuerB: Staff;
let otherCityIssuer: Staff;
let cityAdmin: Staff;
let auditor: Staff;
let approvedId: string;
let pendingId: string;
let order: Order;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [issuerA, issuerB, otherCityIssuer, cityAdmin, auditor] = await Promise.all([
    f.staff(["issuer"], { unitId: f.provinceId }),
    f.staff(["issuer"], { unitId: f.provinceId }),
    f.staff(["issuer"], { unitId: f.otherCityId }),
    f.staff(["card_admin"], { unitId: f.cityId }),
    f.staff(["auditor"], { unitId: f.provinceId }),
  ]);
  const keys = await generateManufacturerKeys();
  const m = await post<{ id: string }>(app, "/v1/manufacturers", issuerA.token, {
    name: "测试制卡厂",
    encryptionJwk: keys.encryption.publicJwk,
    verificationJwk: keys.signing.publicJwk,
  });
  const issuers = { maker: issuerA.token, checker: issuerB.token };
  approvedId = await approvedPlan(app, issuers, [
    { token: cityAdmin.token, faceValueFen: 5000, quantity: 3 },
  ]);
  const orderedId = await approvedPlan(app, issuers, [
    { token: cityAdmin.token, faceValueFen: 10000, quantity: 2 },
  ]);
  order = await post<Order>(app, "/v1/production-orders", issuerA.token, {
    planId: orderedId,
    manufacturerId: m.id,
  });
  const r = await post<{ id: string }>(app, "/v1/production-requests", cityAdmin.token, {
    faceValueFen: 2000,
    quantity: 4,
  });
  pendingId = (await post<Plan>(app, "/v1/production-plans", issuerA.token, { requestIds: [r.id] })).id;
});
afterAll(() => t?.close());

const get = (path: string, token: string) => app.request(path, requestInit("GET", { token }));
const list = async <T>(path: string, token: string) => {
  const res = await get(path, token);
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: T[] }).data;
};

describe("production plans and orders, listed", () => {
  it("lists the plans of the subtree newest first, with lines and totals, filtered by state", async () => {
    const all = await list<Plan>("/v1/production-plans", issuerA.token);
    expect(all.map((p) => p.id)).toEqual([pendingId, order.planId, approvedId]);
    expect(all[0]).toMatchObject({ state: "pending_approval", cardCount: 4, totalFen: 8000 });
    expect(all[0]?.lines).toEqual([expect.objectContaining({ faceValueFen: 2000, quantity: 4 })]);
    expect((await list<Plan>("/v1/production-plans?state=approved", issuerA.token)).map((p) => p.id)).toEqual(
      [approvedId],
    );
    expect((await list<Plan>("/v1/production-plans?state=ordered", auditor.token)).map((p) => p.id)).toEqual([
      order.planId,
    ]);
  });

  it("lists the orders with their batches and card files", async () => {
    const orders = await list<Order>("/v1/production-orders", issuerB.token);
    expect(orders).toEqual([order]);
    expect(orders[0]?.files.length).toBeGreaterThan(0);
  });

  it("shows nothing of another subtree; is refused to other roles", async () => {
    expect(await list<Plan>("/v1/production-plans", otherCityIssuer.token)).toEqual([]);
    expect(await list<Order>("/v1/production-orders", otherCityIssuer.token)).toEqual([]);
    for (const path of ["/v1/production-plans", "/v1/production-orders"]) {
      await expectProblem(await get(path, cityAdmin.token), 403, "forbidden");
    }
    await expectProblem(
      await get("/v1/production-plans?state=nope", issuerA.token),
      400,
      "validation_failed",
    );
  });
});
