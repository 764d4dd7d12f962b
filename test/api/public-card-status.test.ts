import { randomInt } from "node:crypto";
import { LOOKUP_LIMITS } from "@powercard/api";
import { makeCardNo } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem, Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

/**
 * "Is this card genuine?" (GET /v1/public/cards/{cardNo}/status) and the authorised outlets
 * (GET /v1/public/outlets): public, by card number alone, never a PIN or a full customer number.
 */
const HOUR = 3_600_000;
const START = Math.floor(Date.now() / HOUR) * HOUR + HOUR + 1_000;

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let ipNo = 0;
const nextIp = () => `192.0.2.${++ipNo}`;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db, { now: () => new Date(START), trustProxy: 1 });
});
afterAll(() => t.close());

const status = (cardNo: string, ip = nextIp()) =>
  app.request(
    `/v1/public/cards/${cardNo}/status`,
    requestInit("GET", { headers: { "X-Forwarded-For": ip } }),
  );

async function statusOf(cardNo: string) {
  const res = await status(cardNo);
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text.toLowerCase()).not.toMatch(/pin|hmac/);
  return JSON.parse(text) as Schemas["CardStatus"];
}

describe("GET /v1/public/cards/{cardNo}/status", () => {
  it("tells each stage of a card's life, with its face value", async () => {
    const sold = await f.card({ faceValueFen: 5_000 });
    expect(await statusOf(sold.cardNo)).toEqual({
      cardNo: sold.cardNo,
      genuine: true,
      checkDigitValid: true,
      status: "sold_unused",
      faceValueFen: 5_000,
      usedAt: null,
      usedByCustomerNo: null,
    });
    expect((await statusOf((await f.card({ state: "in_stock" })).cardNo)).status).toBe("unsold");
    const frozen = await f.card();
    await t.db.query("UPDATE cards SET state = 'frozen', state_before_freeze = 'sold' WHERE card_no = $1", [
      frozen.cardNo,
    ]);
    expect((await statusOf(frozen.cardNo)).status).toBe("frozen");
    const locked = await f.card();
    await t.db.query(
      "UPDATE cards SET state = 'locked', state_before_lock = 'sold', failed_pin_attempts = 5 WHERE card_no = $1",
      [locked.cardNo],
    );
    expect((await statusOf(locked.cardNo)).status).toBe("locked");
    const closedOnline = await f.card();
    await t.db.query("UPDATE cards SET self_service_failed_pin_attempts = 5 WHERE card_no = $1", [
      closedOnline.cardNo,
    ]);
    expect((await statusOf(closedOnline.cardNo)).status).toBe("locked_online");
  });

  it("a used card says when, and the customer number only masked", async () => {
    const customer = await f.customer();
    const card = await f.card();
    const res = await app.request(
      "/v1/public/recharges",
      requestInit("POST", {
        idempotencyKey: "status-use",
        headers: { "X-Forwarded-For": nextIp() },
        body: { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
      }),
    );
    expect(res.status).toBe(201);
    const text = await (await status(card.cardNo)).text();
    expect(JSON.parse(text)).toMatchObject({
      status: "used",
      usedAt: new Date(START).toISOString(),
      usedByCustomerNo: `${customer.customerNo.slice(0, 2)}******${customer.customerNo.slice(-2)}`,
    });
    expect(text).not.toContain(customer.customerNo);
    expect(text).not.toContain(card.pin);
  });

  it("not genuine: a wrong check digit (told at once) and a well-formed unknown number share one shape", async () => {
    const card = await f.card();
    const typo = card.cardNo.slice(0, 15) + String((Number(card.cardNo.at(-1)) + 1) % 10);
    const a = await statusOf(typo);
    const b = await statusOf(makeCardNo("39", randomInt(1, 2 ** 40)));
    expect(a).toMatchObject({
      genuine: false,
      checkDigitValid: false,
      status: "not_genuine",
      faceValueFen: null,
    });
    expect(b).toMatchObject({
      genuine: false,
      checkDigitValid: true,
      status: "not_genuine",
      faceValueFen: null,
    });
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect((await status("12345")).status).toBe(400);
  });

  it(`over ${LOOKUP_LIMITS.card_status_ip.max} look-ups from one address → 429 with Retry-After; typos are not counted`, async () => {
    const ip = nextIp();
    const card = await f.card();
    const typo = card.cardNo.slice(0, 15) + String((Number(card.cardNo.at(-1)) + 1) % 10);
    for (let i = 0; i < 5; i++) expect((await status(typo, ip)).status).toBe(200);
    for (let i = 0; i < LOOKUP_LIMITS.card_status_ip.max; i++)
      expect((await status(makeCardNo("39", randomInt(1, 2 ** 40)), ip)).status, `look-up ${i + 1}`).toBe(
        200,
      );
    const refused = await status(card.cardNo, ip);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as Problem).code).toBe("rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await status(card.cardNo)).status).toBe(200);
  });
});

describe("GET /v1/public/outlets", () => {
  it("lists the outlets with their bureau, no ids, and may be cached", async () => {
    const res = await app.request("/v1/public/outlets");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    const body = (await res.json()) as Schemas["PublicOutletList"];
    expect(body.data).toEqual(
      expect.arrayContaining([
        {
          code: f.outletId,
          name: "测试营业厅",
          bureau: "测试市公司",
          city: "测试市公司",
          address: null,
          phone: null,
        },
        {
          code: f.otherOutletId,
          name: "另一营业厅",
          bureau: "另一市公司",
          city: "另一市公司",
          address: null,
          phone: null,
        },
      ]),
    );
    for (const outlet of body.data) expect(Object.keys(outlet)).not.toContain("id");
    expect(JSON.stringify(body)).not.toContain(f.cityId);
    // Only outlets: no city, county or province is listed.
    expect(body.data.map((o) => o.code)).not.toContain(f.cityId);
  });
});
