import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Schemas } from "../helpers/api-client.ts";
import { buildApp } from "../helpers/app.ts";
import { slice, staffCaller } from "../helpers/custody.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * Inventory by unit × face value × state, and the conservation check: every batch's generated
 * count and value equal the sum of its cards over all states, after any sequence of moves.
 * Each test lays its own world (a province of its own), so the figures are exact.
 */

type Row = Schemas["InventoryRow"];
type Conservation = Schemas["CardConservation"];

let t: TestDatabase;
let api: ReturnType<typeof staffCaller>;

beforeAll(async () => {
  t = await createTestDatabase();
  api = staffCaller(buildApp(t.db));
});
afterAll(() => t.close());

async function world() {
  const f = await Fixtures.create(t.db);
  const [issuer, cardAdmin, outletAdmin, auditor, otherAuditor, clerk] = await Promise.all([
    f.staff(["issuer"], { unitId: f.provinceId }),
    f.staff(["card_admin"]),
    f.staff(["card_admin"], { unitId: f.outletId }),
    f.staff(["auditor"], { unitId: f.provinceId }),
    f.staff(["auditor"], { unitId: f.otherCityId }),
    f.staff(["clerk"], { unitId: f.outletId }),
  ]);
  return { f, issuer, cardAdmin, outletAdmin, auditor, otherAuditor, clerk };
}

const ok = async <T>(res: Response) => {
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return (await res.json()) as T;
};

describe("GET /v1/inventory", () => {
  it("counts a subtree's cards by unit, face value and state", async () => {
    const w = await world();
    await w.f.cardRange(5, { state: "in_stock", ownerUnitId: w.f.cityId, faceValueFen: 5_000 });
    await w.f.cardRange(3, { state: "in_stock", ownerUnitId: w.f.cityId, faceValueFen: 10_000 });
    await w.f.cardRange(2, { state: "sold", ownerUnitId: w.f.outletId, faceValueFen: 10_000 });
    await w.f.cardRange(4, { state: "in_stock", ownerUnitId: w.f.otherCityId });

    const city = await ok<{ unitId: string; rows: Row[]; totalCount: number; totalValueFen: number }>(
      await api.get("/v1/inventory", w.cardAdmin.token),
    );
    expect(city.unitId).toBe(w.f.cityId);
    expect(city.rows.map((r) => [r.unitId, r.faceValueFen, r.state, r.count, r.valueFen])).toEqual([
      [w.f.cityId, 5_000, "in_stock", 5, 25_000],
      [w.f.cityId, 10_000, "in_stock", 3, 30_000],
      [w.f.outletId, 10_000, "sold", 2, 20_000],
    ]);
    expect(city.rows[0]?.unitName).toBe("测试市公司");
    expect([city.totalCount, city.totalValueFen]).toEqual([10, 75_000]);

    const outlet = await ok<{ rows: Row[] }>(
      await api.get(`/v1/inventory?unitId=${w.f.outletId}`, w.cardAdmin.token),
    );
    expect(outlet.rows.map((r) => r.unitId)).toEqual([w.f.outletId]);
    const province = await ok<{ totalCount: number }>(await api.get("/v1/inventory", w.issuer.token));
    expect(province.totalCount).toBe(14);
  });

  it("security: another unit 404, a clerk 403, no token 401", async () => {
    const w = await world();
    await expectProblem(
      await api.get(`/v1/inventory?unitId=${w.f.otherCityId}`, w.cardAdmin.token),
      404,
      "unit_not_found",
    );
    await expectProblem(
      await api.get(`/v1/inventory?unitId=${w.f.cityId}`, w.outletAdmin.token),
      404,
      "unit_not_found",
    );
    await expectProblem(await api.get("/v1/inventory", w.clerk.token), 403, "forbidden");
    await expectProblem(await api.get("/v1/inventory"), 401, "unauthenticated");
  });
});

describe("GET /v1/inventory/conservation", () => {
  it("stays balanced through shipment, receipt and distribution, and catches a tampered card row", async () => {
    const w = await world();
    const a = await w.f.generatedBatch(40, { faceValueFen: 5_000 });
    const b = await w.f.generatedBatch(10, { faceValueFen: 10_000 });
    const check = async () => ok<Conservation>(await api.get("/v1/inventory/conservation", w.auditor.token));
    expect((await check()).balanced).toBe(true);

    const cartons = [slice(a.cardNos, 0, 19), slice(a.cardNos, 20, 39)];
    const shipment = await ok<{ id: string }>(
      await api.post("/v1/shipments", w.issuer.token, { orderId: a.orderId, toUnitId: w.f.cityId, cartons }),
    );
    await ok(
      await api.post(`/v1/shipments/${shipment.id}/receipts`, w.cardAdmin.token, { cartons: [cartons[0]] }),
    );
    const transfer = await ok<{ id: string }>(
      await api.post("/v1/card-transfers", w.cardAdmin.token, {
        fromUnitId: w.f.cityId,
        toUnitId: w.f.outletId,
        ...slice(a.cardNos, 0, 9),
      }),
    );
    await ok(await api.post(`/v1/card-transfers/${transfer.id}/receipt`, w.outletAdmin.token));

    const after = await check();
    expect(after.balanced).toBe(true);
    const batchA = after.batches.find((x) => x.batchId === a.batchId);
    expect(batchA).toMatchObject({
      generatedCount: 40,
      countedCount: 40,
      generatedValueFen: 200_000,
      balanced: true,
    });
    expect(batchA?.byState).toEqual([
      { state: "in_stock", count: 20, valueFen: 100_000 },
      { state: "in_transit", count: 20, valueFen: 100_000 },
    ]);

    // A card re-valued behind the system's back: the count still matches, the value does not.
    await t.db.query("UPDATE cards SET face_value_fen = 50000 WHERE card_no = $1", [a.cardNos[25]]);
    // A card moved to another batch: one batch is short, the other has one too many.
    await t.db.query("UPDATE cards SET batch_id = $2 WHERE card_no = $1", [b.cardNos[0], a.batchId]);
    const tampered = await check();
    expect(tampered.balanced).toBe(false);
    const byId = new Map(tampered.batches.map((x) => [x.batchId, x]));
    expect(byId.get(a.batchId)).toMatchObject({ countedCount: 41, balanced: false });
    expect(byId.get(b.batchId)).toMatchObject({ countedCount: 9, countedValueFen: 90_000, balanced: false });
  });

  it("shows a bureau's auditor only the batches meant for its units; card_admin 403; no token 401", async () => {
    const w = await world();
    const mine = await w.f.generatedBatch(2, { unitId: w.f.otherCityId });
    const theirs = await w.f.generatedBatch(2, { unitId: w.f.cityId });
    const seen = await ok<Conservation>(await api.get("/v1/inventory/conservation", w.otherAuditor.token));
    expect(seen.batches.map((x) => x.batchId)).toEqual([mine.batchId]);
    const all = await ok<Conservation>(await api.get("/v1/inventory/conservation", w.issuer.token));
    expect(all.batches.map((x) => x.batchId).sort()).toEqual([mine.batchId, theirs.batchId].sort());
    await expectProblem(await api.get("/v1/inventory/conservation", w.cardAdmin.token), 403, "forbidden");
    await expectProblem(await api.get("/v1/inventory/conservation"), 401, "unauthenticated");
  });
});
