import { makeCardNo } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResponseBody, Schemas } from "../helpers/api-client.ts";
import { buildApp } from "../helpers/app.ts";
import { auditOf, custodyOf, slice, staffCaller } from "../helpers/custody.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * Shipments: the issuer ships an order's cartons to a city bureau (generated → in_transit), the
 * bureau's card_admin receives them (in_transit → in_stock), reporting missing and unexpected ones.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Carton = Schemas["Carton"];
type Shipment = Schemas["Shipment"];
type Receipt = Schemas["ShipmentReceiptResult"];

let t: TestDatabase;
let f: Fixtures;
let api: ReturnType<typeof staffCaller>;
let issuer: Staff; // issuer of the province
let cityIssuer: Staff; // issuer of the first city only
let cardAdmin: Staff; // card_admin of the first city (the destination)
let otherCardAdmin: Staff; // card_admin of the other city
let auditor: Staff;
let clerk: Staff;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  api = staffCaller(buildApp(t.db));
  [issuer, cityIssuer, cardAdmin, otherCardAdmin, auditor, clerk] = await Promise.all([
    f.staff(["issuer"], { unitId: f.provinceId }),
    f.staff(["issuer"], { unitId: f.cityId }),
    f.staff(["card_admin"]),
    f.staff(["card_admin"], { unitId: f.otherCityId }),
    f.staff(["auditor"]),
    f.staff(["clerk"], { unitId: f.outletId }),
  ]);
});
afterAll(() => t.close());

/** A generated batch cut into `cartons` cartons of equal size. */
async function batchInCartons(cartons: number, perCarton: number, faceValueFen = 10_000) {
  const batch = await f.generatedBatch(cartons * perCarton, { faceValueFen });
  const ranges = Array.from({ length: cartons }, (_, i) =>
    slice(batch.cardNos, i * perCarton, (i + 1) * perCarton - 1),
  );
  return { ...batch, cartons: ranges };
}

async function ship(body: unknown, token = issuer.token) {
  return api.post("/v1/shipments", token, body);
}

async function shipped(cartons = 3, perCarton = 10) {
  const batch = await batchInCartons(cartons, perCarton);
  const res = await ship({ orderId: batch.orderId, toUnitId: f.cityId, cartons: batch.cartons });
  expect(res.status, await res.clone().text()).toBe(201);
  return { batch, shipment: (await res.json()) as Shipment };
}

const receive = (id: string, cartons: unknown[], token = cardAdmin.token) =>
  api.post(`/v1/shipments/${id}/receipts`, token, { cartons });

describe("POST /v1/shipments", () => {
  it("ships the cartons: every card in transit to the bureau, one audit event with count and value", async () => {
    const batch = await batchInCartons(3, 10, 5_000);
    const res = await ship({ orderId: batch.orderId, toUnitId: f.cityId, cartons: batch.cartons });
    expect(res.status).toBe(201);
    const shipment = (await res.json()) as Shipment;
    expect(shipment).toMatchObject({
      orderId: batch.orderId,
      toUnitId: f.cityId,
      state: "in_transit",
      cardCount: 30,
    });
    expect(shipment.id).toMatch(/^shp_/);
    expect(shipment.cartons.map((c) => [c.seq, c.cardCount, c.state])).toEqual([
      [1, 10, "in_transit"],
      [2, 10, "in_transit"],
      [3, 10, "in_transit"],
    ]);
    expect(await custodyOf(t.db, batch)).toEqual([
      { state: "in_transit", owner_unit_id: f.cityId, holder_user_id: null, transfer_id: null, n: 30 },
    ]);
    const events = await auditOf(t.db, shipment.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "shipment.created",
      actor_id: issuer.id,
      unit_id: f.cityId,
      after: { orderId: batch.orderId, cardCount: 30, valueFen: 150_000 },
    });
  });

  it("moves a carton of 500 cards in one request", async () => {
    const batch = await f.generatedBatch(500);
    const res = await ship({
      orderId: batch.orderId,
      toUnitId: f.cityId,
      cartons: [{ firstCardNo: batch.firstCardNo, lastCardNo: batch.lastCardNo }],
    });
    expect(res.status).toBe(201);
    const shipment = (await res.json()) as Shipment;
    expect(await custodyOf(t.db, batch)).toMatchObject([{ state: "in_transit", n: 500 }]);
    const receipt = await receive(shipment.id, [
      { firstCardNo: batch.firstCardNo, lastCardNo: batch.lastCardNo },
    ]);
    expect(receipt.status).toBe(200);
    expect((await receipt.json()) as Receipt).toMatchObject({
      state: "received",
      receivedCardCount: 500,
      receivedValueFen: 5_000_000,
    });
    expect(await custodyOf(t.db, batch)).toMatchObject([
      { state: "in_stock", owner_unit_id: f.cityId, n: 500 },
    ]);
  });

  it("refuses overlapping cartons (400 cartons_overlap) and changes nothing", async () => {
    const batch = await batchInCartons(2, 10);
    const overlapping = [batch.cartons[0], slice(batch.cardNos, 5, 15)];
    const res = await ship({ orderId: batch.orderId, toUnitId: f.cityId, cartons: overlapping });
    const body = await expectProblem(res, 400, "cartons_overlap");
    expect(body.detail).toContain("overlap");
    expect(await custodyOf(t.db, batch)).toMatchObject([{ state: "generated", n: 20 }]);
  });

  it("refuses cards that are not generated (shipping twice) with nothing changed", async () => {
    const { batch } = await shipped(1, 10);
    const res = await ship({ orderId: batch.orderId, toUnitId: f.otherCityId, cartons: batch.cartons });
    const body = await expectProblem(res, 409, "card_range_not_eligible");
    expect(body.detail).toContain("10 in_transit");
    expect(await custodyOf(t.db, batch)).toMatchObject([
      { state: "in_transit", owner_unit_id: f.cityId, n: 10 },
    ]);
  });

  it("moves all cartons or none: a bad second carton leaves the first generated and no shipment", async () => {
    const batch = await batchInCartons(2, 10);
    await t.db.query("UPDATE cards SET state = 'scrapped' WHERE card_no = $1", [batch.cardNos[15]]);
    const before = await t.db.query("SELECT count(*)::int AS n FROM shipments");
    const res = await ship({ orderId: batch.orderId, toUnitId: f.cityId, cartons: batch.cartons });
    const body = await expectProblem(res, 409, "card_range_not_eligible");
    expect(body.detail).toContain("1 scrapped");
    expect(await custodyOf(t.db, batch.cartons[0] as Carton)).toMatchObject([{ state: "generated", n: 10 }]);
    expect(await t.db.query("SELECT count(*)::int AS n FROM shipments")).toEqual(before);
  });

  it("refuses cards of another order, and ranges running past the batch", async () => {
    const a = await f.generatedBatch(10);
    const b = await f.generatedBatch(10);
    const res = await ship({
      orderId: a.orderId,
      toUnitId: f.cityId,
      cartons: [{ firstCardNo: b.firstCardNo, lastCardNo: b.lastCardNo }],
    });
    expect((await expectProblem(res, 409, "card_range_not_eligible")).detail).toContain(
      "10 not in the custody this needs",
    );
    const past = await ship({
      orderId: a.orderId,
      toUnitId: f.cityId,
      cartons: [
        { firstCardNo: a.firstCardNo, lastCardNo: makeCardNo("33", Number(a.lastCardNo.slice(2, 15)) + 1) },
      ],
    });
    expect((await expectProblem(past, 409, "card_range_not_eligible")).detail).toContain("1 do not exist");
    expect(await custodyOf(t.db, a)).toMatchObject([{ state: "generated", n: 10 }]);
    expect(await custodyOf(t.db, b)).toMatchObject([{ state: "generated", n: 10 }]);
  });

  it("answers an unknown order 404 shipment_order_not_found", async () => {
    const batch = await f.generatedBatch(2);
    const carton = { firstCardNo: batch.firstCardNo, lastCardNo: batch.lastCardNo };
    const res = await ship({ orderId: "ord_none", toUnitId: f.cityId, cartons: [carton] });
    await expectProblem(res, 404, "shipment_order_not_found");
  });

  it("ships only to a city bureau (422) of the issuer's units (404)", async () => {
    const batch = await f.generatedBatch(2);
    const carton = { firstCardNo: batch.firstCardNo, lastCardNo: batch.lastCardNo };
    await expectProblem(
      await ship({ orderId: batch.orderId, toUnitId: f.outletId, cartons: [carton] }),
      422,
      "shipment_destination_invalid",
    );
    await expectProblem(
      await ship({ orderId: batch.orderId, toUnitId: f.otherCityId, cartons: [carton] }, cityIssuer.token),
      404,
      "unit_not_found",
    );
    expect(await custodyOf(t.db, batch)).toMatchObject([{ state: "generated", n: 2 }]);
  });

  it("an issuer below the province cannot ship cards the province holds", async () => {
    const batch = await f.generatedBatch(2);
    const res = await ship(
      {
        orderId: batch.orderId,
        toUnitId: f.cityId,
        cartons: [{ firstCardNo: batch.firstCardNo, lastCardNo: batch.lastCardNo }],
      },
      cityIssuer.token,
    );
    await expectProblem(res, 409, "card_range_not_eligible");
  });

  it("validates the ranges: reversed (card_range_invalid), bad check digit, empty list (validation_failed)", async () => {
    const batch = await f.generatedBatch(3);
    await expectProblem(
      await ship({
        orderId: batch.orderId,
        toUnitId: f.cityId,
        cartons: [{ firstCardNo: batch.lastCardNo, lastCardNo: batch.firstCardNo }],
      }),
      400,
      "card_range_invalid",
    );
    const badDigit = `${batch.firstCardNo.slice(0, 15)}${(Number(batch.firstCardNo[15]) + 1) % 10}`;
    const invalid = await ship({
      orderId: batch.orderId,
      toUnitId: f.cityId,
      cartons: [{ firstCardNo: badDigit, lastCardNo: batch.lastCardNo }],
    });
    expect((await expectProblem(invalid, 400, "validation_failed")).errors).toEqual([
      expect.objectContaining({ field: "body.cartons.0.firstCardNo" }),
    ]);
    await expectProblem(
      await ship({ orderId: batch.orderId, toUnitId: f.cityId, cartons: [] }),
      400,
      "validation_failed",
    );
  });

  it("needs a token (401) and the issuer role (403)", async () => {
    const batch = await f.generatedBatch(1);
    const body = {
      orderId: batch.orderId,
      toUnitId: f.cityId,
      cartons: [{ firstCardNo: batch.firstCardNo, lastCardNo: batch.lastCardNo }],
    };
    await expectProblem(await api.post("/v1/shipments", undefined, body), 401, "unauthenticated");
    await expectProblem(await ship(body, cardAdmin.token), 403, "forbidden");
    expect(await custodyOf(t.db, batch)).toMatchObject([{ state: "generated", n: 1 }]);
  });
});

describe("POST /v1/shipments/{id}/receipts", () => {
  it("receives listed cartons, reports the rest missing and foreign ranges unexpected", async () => {
    const { batch, shipment } = await shipped(3, 10);
    const stranger = await f.generatedBatch(5);
    const foreign = { firstCardNo: stranger.firstCardNo, lastCardNo: stranger.lastCardNo };
    const half = slice(batch.cardNos, 20, 24); // part of carton 3: not a carton
    const res = await receive(shipment.id, [batch.cartons[0], foreign, half]);
    expect(res.status).toBe(200);
    const receipt = (await res.json()) as Receipt;
    expect(receipt).toMatchObject({
      shipmentId: shipment.id,
      state: "partly_received",
      receivedCardCount: 10,
    });
    expect(receipt.received.map((c) => c.seq)).toEqual([1]);
    expect(receipt.missing.map((c) => c.seq)).toEqual([2, 3]);
    expect(receipt.unexpected).toEqual([foreign, half]);
    expect(await custodyOf(t.db, batch.cartons[0] as Carton)).toMatchObject([{ state: "in_stock", n: 10 }]);
    expect(await custodyOf(t.db, slice(batch.cardNos, 10, 29))).toMatchObject([
      { state: "in_transit", n: 20 },
    ]);
    expect(await custodyOf(t.db, stranger)).toMatchObject([{ state: "generated", n: 5 }]);

    const events = await auditOf(t.db, shipment.id);
    expect(events.map((e) => e.action)).toEqual(["shipment.created", "shipment.received"]);
    expect(events[1]?.after).toMatchObject({ state: "partly_received", cardCount: 10, valueFen: 100_000 });

    const rest = await receive(shipment.id, [batch.cartons[1], batch.cartons[2]]);
    expect((await rest.json()) as Receipt).toMatchObject({
      state: "received",
      missing: [],
      receivedCardCount: 20,
    });
    const got = (await (await api.get(`/v1/shipments/${shipment.id}`, cardAdmin.token)).json()) as Shipment;
    expect(got.state).toBe("received");
    expect(got.completedAt).not.toBeNull();
    expect(got.cartons.every((c) => c.state === "received")).toBe(true);
  });

  it("a carton received twice is a 409 and nothing of that receipt happens", async () => {
    const { batch, shipment } = await shipped(2, 10);
    expect((await receive(shipment.id, [batch.cartons[0]])).status).toBe(200);
    const res = await receive(shipment.id, [batch.cartons[1], batch.cartons[0]]);
    expect((await expectProblem(res, 409, "carton_already_received")).detail).toContain("Carton 1");
    expect(await custodyOf(t.db, batch.cartons[1] as Carton)).toMatchObject([{ state: "in_transit", n: 10 }]);
    const got = (await (await api.get(`/v1/shipments/${shipment.id}`, auditor.token)).json()) as Shipment;
    expect(got.state).toBe("partly_received");
    expect(got.cartons.map((c) => c.state)).toEqual(["received", "in_transit"]);
  });

  it("a receipt of only unexpected ranges changes nothing and keeps the shipment in transit", async () => {
    const { batch, shipment } = await shipped(1, 4);
    const res = await receive(shipment.id, [slice(batch.cardNos, 0, 1)]);
    expect((await res.json()) as Receipt).toMatchObject({
      state: "in_transit",
      received: [],
      missing: [{ seq: 1 }],
    });
    expect(await custodyOf(t.db, batch)).toMatchObject([{ state: "in_transit", n: 4 }]);
  });

  it("refuses overlapping listed ranges (400) and carton cards that changed meanwhile (409)", async () => {
    const { batch, shipment } = await shipped(2, 5);
    await expectProblem(
      await receive(shipment.id, [batch.cartons[0], batch.cartons[0]]),
      400,
      "cartons_overlap",
    );
    await t.db.query(
      "UPDATE cards SET state = 'frozen', state_before_freeze = 'in_transit' WHERE card_no = $1",
      [batch.cardNos[7]],
    );
    const res = await receive(shipment.id, [batch.cartons[0], batch.cartons[1]]);
    expect((await expectProblem(res, 409, "card_range_not_eligible")).detail).toContain("1 frozen");
    expect(await custodyOf(t.db, batch.cartons[0] as Carton)).toMatchObject([{ state: "in_transit", n: 5 }]);
  });

  it("only a card_admin of the destination's units: 401, 403, 404", async () => {
    const { batch, shipment } = await shipped(1, 2);
    const carton = [batch.cartons[0]];
    await expectProblem(
      await api.post(`/v1/shipments/${shipment.id}/receipts`, undefined, { cartons: carton }),
      401,
      "unauthenticated",
    );
    await expectProblem(await receive(shipment.id, carton, issuer.token), 403, "forbidden");
    await expectProblem(await receive(shipment.id, carton, otherCardAdmin.token), 404, "shipment_not_found");
    await expectProblem(await receive("shp_none", carton), 404, "shipment_not_found");
    expect(await custodyOf(t.db, batch)).toMatchObject([{ state: "in_transit", n: 2 }]);
  });
});

describe("GET /v1/shipments", () => {
  it("one shipment: readers of the destination's units; others 404; clerk 403; no token 401", async () => {
    const { shipment } = await shipped(1, 1);
    for (const reader of [issuer, cardAdmin, auditor]) {
      const res = await api.get(`/v1/shipments/${shipment.id}`, reader.token);
      expect(res.status).toBe(200);
      expect(((await res.json()) as Shipment).cartons).toHaveLength(1);
    }
    await expectProblem(
      await api.get(`/v1/shipments/${shipment.id}`, otherCardAdmin.token),
      404,
      "shipment_not_found",
    );
    await expectProblem(await api.get(`/v1/shipments/${shipment.id}`, clerk.token), 403, "forbidden");
    await expectProblem(await api.get(`/v1/shipments/${shipment.id}`), 401, "unauthenticated");
  });

  it("lists shipments to a unit's subtree, newest first, page by page", async () => {
    const a = await shipped(1, 1);
    const b = await shipped(1, 1);
    const page1 = await api.get(`/v1/shipments?toUnitId=${f.cityId}&limit=1`, cardAdmin.token);
    const body1 = (await page1.json()) as ResponseBody<"listShipments">;
    expect(body1.data.map((s) => s.id)).toEqual([b.shipment.id]);
    const page2 = await api.get(`/v1/shipments?limit=1&cursor=${body1.nextCursor}`, cardAdmin.token);
    expect(((await page2.json()) as ResponseBody<"listShipments">).data.map((s) => s.id)).toEqual([
      a.shipment.id,
    ]);
    // The province issuer's default unit is the province: every bureau's shipments are below it.
    const all = (await (
      await api.get("/v1/shipments?limit=200", issuer.token)
    ).json()) as ResponseBody<"listShipments">;
    expect(all.data.map((s) => s.id)).toEqual(expect.arrayContaining([a.shipment.id, b.shipment.id]));
    const others = (await (
      await api.get("/v1/shipments", otherCardAdmin.token)
    ).json()) as ResponseBody<"listShipments">;
    expect(others.data).toEqual([]);
    await expectProblem(
      await api.get(`/v1/shipments?toUnitId=${f.cityId}`, otherCardAdmin.token),
      404,
      "unit_not_found",
    );
    await expectProblem(
      await api.get("/v1/shipments?cursor=nonsense", cardAdmin.token),
      400,
      "validation_failed",
    );
  });
});

const { skip, reason } = realPostgresOnly();
if (skip) console.warn(`[api/shipments] concurrent receipts: ${reason}`);

describe.skipIf(skip)("concurrent receipts (real PostgreSQL)", () => {
  it("one carton received by five requests at once: one 200, four 409, the cards moved once", async () => {
    const { batch, shipment } = await shipped(1, 50);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => receive(shipment.id, [batch.cartons[0]])),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const r of responses.filter((x) => x.status === 409))
      await expectProblem(r, 409, "carton_already_received");
    expect(await custodyOf(t.db, batch)).toMatchObject([{ state: "in_stock", n: 50 }]);
    expect((await auditOf(t.db, shipment.id)).map((e) => e.action)).toEqual([
      "shipment.created",
      "shipment.received",
    ]);
  });
});
