import { generateManufacturerKeys, openCardFile, signAcknowledgement } from "@powercard/api";
import { isValidCardNo, pinHmac } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResponseBody, Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures, TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";
import { approvedPlan, post } from "../helpers/production.ts";

/**
 * Production end to end over HTTP: requests → plan → maker-checker approval → order (cards and
 * the encrypted file) → download → the manufacturer opens it → acknowledgement closes the order.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Order = Schemas["ProductionOrder"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let issuerA: Staff;
let issuerB: Staff;
let cityAdmin: Staff;
let otherCityAdmin: Staff;
let clerk: Staff;
let keys: Awaited<ReturnType<typeof generateManufacturerKeys>>;
let manufacturerId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  // Small card files, so an order of 65 cards makes two of them (one per batch here).
  app = buildApp(t.db, { cardsPerFile: 30 });
  [issuerA, issuerB, cityAdmin, otherCityAdmin, clerk] = await Promise.all([
    f.staff(["issuer"], { unitId: f.provinceId }),
    f.staff(["issuer"], { unitId: f.provinceId }),
    f.staff(["card_admin"], { unitId: f.cityId }),
    f.staff(["card_admin"], { unitId: f.otherCityId }),
    f.staff(["clerk"], { unitId: f.outletId }),
  ]);
  keys = await generateManufacturerKeys();
  const m = await post<{ id: string }>(app, "/v1/manufacturers", issuerA.token, {
    name: "测试制卡厂",
    encryptionJwk: keys.encryption.publicJwk,
    verificationJwk: keys.signing.publicJwk,
  });
  manufacturerId = m.id;
});
afterAll(() => t?.close());

const get = (path: string, token: string) => app.request(path, requestInit("GET", { token }));
const issuers = () => ({ maker: issuerA.token, checker: issuerB.token });

describe("manufacturers", () => {
  it("refuses a private key and an unsupported key type", async () => {
    await expectProblem(
      await app.request(
        "/v1/manufacturers",
        requestInit("POST", {
          token: issuerA.token,
          body: {
            name: "x",
            encryptionJwk: keys.encryption.privateJwk,
            verificationJwk: keys.signing.publicJwk,
          },
        }),
      ),
      400,
      "validation_failed",
    );
    await expectProblem(
      await app.request(
        "/v1/manufacturers",
        requestInit("POST", {
          token: issuerA.token,
          body: {
            name: "x",
            encryptionJwk: { kty: "oct", k: "AAAA" },
            verificationJwk: keys.signing.publicJwk,
          },
        }),
      ),
      400,
      "validation_failed",
    );
  });

  it("is for issuers only", async () => {
    const res = await app.request(
      "/v1/manufacturers",
      requestInit("POST", {
        token: cityAdmin.token,
        body: {
          name: "x",
          encryptionJwk: keys.encryption.publicJwk,
          verificationJwk: keys.signing.publicJwk,
        },
      }),
    );
    await expectProblem(res, 403, "forbidden");
  });
});

describe("production requests and plans", () => {
  it("only a city bureau in the caller's subtree requests cards", async () => {
    const body = { faceValueFen: 5000, quantity: 10 };
    await expectProblem(
      await app.request(
        "/v1/production-requests",
        requestInit("POST", { token: cityAdmin.token, body: { ...body, unitId: f.outletId } }),
      ),
      422,
      "production_request_unit_invalid",
    );
    await expectProblem(
      await app.request(
        "/v1/production-requests",
        requestInit("POST", { token: cityAdmin.token, body: { ...body, unitId: f.otherCityId } }),
      ),
      404,
      "unit_not_found",
    );
    await expectProblem(
      await app.request("/v1/production-requests", requestInit("POST", { token: clerk.token, body })),
      403,
      "forbidden",
    );
  });

  it("a request goes into one plan only, and a plan is ordered only after another issuer approves it", async () => {
    const r = await post<{ id: string }>(app, "/v1/production-requests", cityAdmin.token, {
      faceValueFen: 5000,
      quantity: 3,
    });
    const plan = await post<{ id: string; approvalId: string; state: string; cardCount: number }>(
      app,
      "/v1/production-plans",
      issuerA.token,
      { requestIds: [r.id] },
    );
    expect(plan).toMatchObject({ state: "pending_approval", cardCount: 3 });
    await expectProblem(
      await app.request(
        "/v1/production-plans",
        requestInit("POST", { token: issuerA.token, body: { requestIds: [r.id] } }),
      ),
      409,
      "production_request_not_open",
    );
    await expectProblem(
      await app.request(
        "/v1/production-orders",
        requestInit("POST", { token: issuerA.token, body: { planId: plan.id, manufacturerId } }),
      ),
      409,
      "production_plan_not_orderable",
    );
    await expectProblem(
      await app.request(
        `/v1/approvals/${plan.approvalId}/approve`,
        requestInit("POST", { token: issuerA.token, body: {} }),
      ),
      403,
      "approval_self_decision",
    );
    const decided = await post<Schemas["Approval"]>(
      app,
      `/v1/approvals/${plan.approvalId}/approve`,
      issuerB.token,
      {},
      200,
    );
    expect(decided.details).toEqual({
      kind: "production_plan",
      planId: plan.id,
      requestCount: 1,
      sellBy: expect.any(String),
    });
    expect(decided.checker).toEqual({
      id: issuerB.id,
      username: issuerB.username,
      displayName: "测试 issuer",
    });
    const after = (await (
      await get(`/v1/production-plans/${plan.id}`, issuerA.token)
    ).json()) as Schemas["ProductionPlan"];
    expect(after.state).toBe("approved");
  });

  it("a rejected plan reopens its requests", async () => {
    const r = await post<{ id: string }>(app, "/v1/production-requests", cityAdmin.token, {
      faceValueFen: 5000,
      quantity: 2,
    });
    const plan = await post<{ id: string; approvalId: string }>(app, "/v1/production-plans", issuerA.token, {
      requestIds: [r.id],
    });
    await post(app, `/v1/approvals/${plan.approvalId}/reject`, issuerB.token, { note: "too many" }, 200);
    const rejected = (await (
      await get(`/v1/production-plans/${plan.id}`, issuerA.token)
    ).json()) as Schemas["ProductionPlan"];
    expect(rejected.state).toBe("rejected");
    const open = (await (
      await get("/v1/production-requests?state=open", cityAdmin.token)
    ).json()) as ResponseBody<"listProductionRequests">;
    expect(open.data.map((x) => x.id)).toContain(r.id);
  });

  it("another city's admin does not see this city's requests; a plan is not found outside the subtree", async () => {
    const r = await post<{ id: string }>(app, "/v1/production-requests", cityAdmin.token, {
      faceValueFen: 2000,
      quantity: 1,
    });
    const other = (await (
      await get("/v1/production-requests", otherCityAdmin.token)
    ).json()) as ResponseBody<"listProductionRequests">;
    expect(other.data.map((x) => x.id)).not.toContain(r.id);
    await expectProblem(
      await get("/v1/production-plans/ppl_nope", issuerA.token),
      404,
      "production_plan_not_found",
    );
  });
});

describe("production orders", () => {
  let order: Order;
  const jwes: string[] = [];

  beforeAll(async () => {
    const planId = await approvedPlan(app, issuers(), [
      { token: cityAdmin.token, faceValueFen: 5000, quantity: 40 },
      { token: cityAdmin.token, faceValueFen: 10000, quantity: 25 },
    ]);
    order = await post<Order>(app, "/v1/production-orders", issuerA.token, { planId, manufacturerId });
    for (const file of order.files) {
      const res = await get(`/v1/production-orders/${order.id}/card-files/${file.part}`, issuerA.token);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/jose");
      jwes.push(await res.text());
    }
  });

  it("creates one batch per plan line with disjoint, valid number ranges and generated cards", async () => {
    expect(order).toMatchObject({ state: "generated", cardCount: 65, totalFen: 40 * 5000 + 25 * 10000 });
    const [a, b] = order.batches;
    expect(a?.quantity).toBe(40);
    expect(b?.quantity).toBe(25);
    for (const batch of order.batches) {
      expect(isValidCardNo(batch.firstCardNo ?? "")).toBe(true);
      expect(isValidCardNo(batch.lastCardNo ?? "")).toBe(true);
      expect(batch.sellBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect((a?.lastCardNo ?? "") < (b?.firstCardNo ?? "")).toBe(true);
    const rows = await t.db.query<{ state: string; n: number }>(
      "SELECT state, count(*)::int AS n FROM cards WHERE batch_id = ANY($1) GROUP BY state",
      [order.batches.map((x) => x.id)],
    );
    expect(rows).toEqual([{ state: "generated", n: 65 }]);
  });

  it("splits the cards into files that together hold every card once", async () => {
    expect(order.files.map((x) => [x.part, x.cardCount])).toEqual([
      [1, 40],
      [2, 25],
    ]);
    const seen = new Set<string>();
    for (const [i, jwe] of jwes.entries()) {
      const { manifest, printFile } = await openCardFile({
        jwe,
        manufacturerPrivateJwk: keys.encryption.privateJwk,
        utilityJwks: TEST_SIGNING_KEYS.jwks,
      });
      expect(manifest).toMatchObject({ orderId: order.id, part: { index: i + 1, count: 2 } });
      expect(manifest.printFile.sha256).toBe(order.files[i]?.printFileSha256);
      for (const line of printFile.toString("utf8").trim().split("\n").slice(1))
        seen.add(line.split(",")[0] ?? "");
    }
    expect(seen.size).toBe(65);
  });

  it("the file opens only with the manufacturer's key; its PINs match the stored HMACs", async () => {
    const opened = await openCardFile({
      jwe: jwes[0] ?? "",
      manufacturerPrivateJwk: keys.encryption.privateJwk,
      utilityJwks: TEST_SIGNING_KEYS.jwks,
    });
    const lines = opened.printFile.toString("utf8").trim().split("\n");
    expect(lines[0]).toBe("card_no,pin,face_value_fen,batch_id");
    expect(lines).toHaveLength(41);
    const [cardNo, pin] = (lines[1] ?? "").split(",") as [string, string];
    expect(pin).toMatch(/^\d{16}$/);
    const [row] = await t.db.query<{ pin_hmac: Buffer }>("SELECT pin_hmac FROM cards WHERE card_no = $1", [
      cardNo,
    ]);
    expect(Buffer.from(row?.pin_hmac ?? []).equals(pinHmac(f.pinKeys, pin))).toBe(true);
    const stranger = await generateManufacturerKeys();
    await expect(
      openCardFile({
        jwe: jwes[0] ?? "",
        manufacturerPrivateJwk: stranger.encryption.privateJwk,
        utilityJwks: TEST_SIGNING_KEYS.jwks,
      }),
    ).rejects.toThrow();
  });

  it("every download is audited", async () => {
    const rows = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'card_file.downloaded' AND object_id = $1",
      [order.id],
    );
    expect(rows[0]?.n).toBe(2);
    await expectProblem(
      await get(`/v1/production-orders/${order.id}/card-files/3`, issuerA.token),
      404,
      "card_file_not_found",
    );
  });

  it("an approved plan is ordered once", async () => {
    const plan = (await (
      await get(`/v1/production-orders/${order.id}`, issuerA.token)
    ).json()) as Schemas["ProductionOrder"];
    await expectProblem(
      await app.request(
        "/v1/production-orders",
        requestInit("POST", { token: issuerA.token, body: { planId: plan.planId, manufacturerId } }),
      ),
      409,
      "production_plan_not_orderable",
    );
  });

  it("each file's acknowledgement must be the manufacturer's, with its count and hash; the last closes the order", async () => {
    const [one, two] = order.files as [Order["files"][0], Order["files"][0]];
    const ack = (file: { cardCount: number; printFileSha256: string }, jwk = keys.signing.privateJwk) =>
      signAcknowledgement({ manufacturerSigningJwk: jwk, orderId: order.id, ...file });
    const send = async (acknowledgement: string) =>
      app.request(
        `/v1/production-orders/${order.id}/acknowledgements`,
        requestInit("POST", { token: issuerA.token, body: { acknowledgement } }),
      );
    await expectProblem(await send(await ack({ ...one, cardCount: 39 })), 422, "acknowledgement_invalid");
    await expectProblem(
      await send(await ack({ ...one, printFileSha256: "ab".repeat(32) })),
      422,
      "acknowledgement_invalid",
    );
    const stranger = await generateManufacturerKeys();
    await expectProblem(
      await send(await ack(one, stranger.signing.privateJwk)),
      422,
      "acknowledgement_invalid",
    );
    await expectProblem(await send("not-a-jws"), 422, "acknowledgement_invalid");

    const first = await send(await ack(one));
    expect(first.status).toBe(200);
    expect(((await first.json()) as Order).state).toBe("generated");
    await expectProblem(await send(await ack(one)), 409, "card_file_already_acknowledged");
    const last = await send(await ack(two));
    const closed = (await last.json()) as Order;
    expect(closed.state).toBe("acknowledged");
    expect(closed.files.every((x) => x.acknowledgedAt !== null)).toBe(true);
  });

  it("orders are the issuers' business", async () => {
    await expectProblem(
      await get(`/v1/production-orders/${order.id}/card-files/1`, cityAdmin.token),
      403,
      "forbidden",
    );
    await expectProblem(
      await get("/v1/production-orders/ord_nope", issuerA.token),
      404,
      "production_order_not_found",
    );
  });
});
