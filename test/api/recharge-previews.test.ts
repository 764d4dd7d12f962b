import { randomInt } from "node:crypto";
import { LOOKUP_LIMITS, lookupClientMax, lookupKey, maskAddress } from "@powercard/api";
import { makeCardNo } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem, Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * The recharge preview (POST /v1/public/recharge-previews, POST /v1/recharge-previews): the
 * masked account and the card's status before any money moves, without a PIN; every look-up
 * counted per address and customer number (public), per client, per clerk. The app trusts one
 * proxy, so each test names its caller's address; the clock is pinned a second into an hour.
 */
const HOUR = 3_600_000;
const START = Math.floor(Date.now() / HOUR) * HOUR + HOUR + 1_000;
const clock = new Date(START);

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
/** For staff and partner tokens, which are checked against the real time. */
let liveApp: ReturnType<typeof buildApp>;
let ipNo = 0;
const nextIp = () => `203.0.113.${++ipNo}`;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db, { now: () => clock, trustProxy: 1 });
  liveApp = buildApp(t.db);
});
afterAll(() => t.close());

function publicPreview(body: unknown, ip: string) {
  return app.request(
    "/v1/public/recharge-previews",
    requestInit("POST", { body, headers: { "X-Forwarded-For": `10.9.9.9, ${ip}` } }),
  );
}

const previewOf = async (res: Response) => (await res.json()) as Schemas["RechargePreview"];
const problemOf = async (res: Response) => (await res.json()) as Problem;
const unknownCustomer = () => `9${String(randomInt(0, 999_999_999)).padStart(9, "0")}`;
const wrongCheckDigit = (cardNo: string) => cardNo.slice(0, 15) + String((Number(cardNo.at(-1)) + 1) % 10);

/** Nothing in the answer a preview must not tell: the full name, the full 户号, the PIN or its HMAC. */
function tellsNothingPrivate(text: string, secrets: { name: string; customerNo: string; pin?: string }) {
  expect(text).not.toContain(secrets.name);
  expect(text).not.toContain(secrets.customerNo);
  if (secrets.pin) expect(text).not.toContain(secrets.pin);
  expect(text.toLowerCase()).not.toMatch(/pin|hmac|attempt/);
}

async function customerWithAddress(name: string, address: string | null) {
  const customer = await f.customer({ name });
  await t.db.query("UPDATE customers SET address = $2 WHERE customer_no = $1", [
    customer.customerNo,
    address,
  ]);
  return customer;
}

/** A window's count for a look-up subject, set as if that many look-ups had been made. */
async function spend(kind: keyof typeof LOOKUP_LIMITS, value: string, count: number, now = Date.now()) {
  const seconds = LOOKUP_LIMITS[kind].windowSeconds;
  const start = new Date(Math.floor(now / (seconds * 1000)) * seconds * 1000);
  await t.db.query(
    `INSERT INTO rate_limit_counters (key, window_start, count, expires_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (key, window_start) DO UPDATE SET count = EXCLUDED.count`,
    [lookupKey({ kind, value }), start, count, new Date(start.getTime() + 2 * seconds * 1000)],
  );
}

describe("POST /v1/public/recharge-previews", () => {
  it("shows the masked 户号, 户名 and address and the card's value, and tells nothing private", async () => {
    const customer = await customerWithAddress("欧阳小月", "浙江省杭州市西湖区文三路 90 号 3 幢 201");
    const card = await f.card({ faceValueFen: 5_000 });
    const res = await publicPreview({ customerNo: customer.customerNo, cardNo: card.cardNo }, nextIp());
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body).toEqual({
      customer: {
        customerNo: `${customer.customerNo.slice(0, 2)}******${customer.customerNo.slice(-2)}`,
        name: "欧**月",
        address: "浙江省杭州市西湖区****",
        acceptsRecharge: true,
      },
      card: {
        cardNo: card.cardNo,
        genuine: true,
        checkDigitValid: true,
        status: "sold_unused",
        faceValueFen: 5_000,
        usedAt: null,
        usedByCustomerNo: null,
      },
      canRecharge: true,
      refusal: null,
    });
    tellsNothingPrivate(text, { ...customer, pin: card.pin });
    expect(text).not.toContain("文三路");
    // Nothing moved: the card is still sold, the balance still 0.
    const [row] = await t.db.query<{ state: string }>("SELECT state FROM cards WHERE card_no = $1", [
      card.cardNo,
    ]);
    expect(row?.state).toBe("sold");
  });

  it("without a card number answers the account only; a customer without an address has null", async () => {
    const customer = await customerWithAddress("张三", null);
    const body = await previewOf(await publicPreview({ customerNo: customer.customerNo }, nextIp()));
    expect(body.customer).toMatchObject({ name: "张*", address: null, acceptsRecharge: true });
    expect(body.card).toBeUndefined();
    expect(body.canRecharge).toBe(true);
  });

  it("an unknown 户号 is 404 customer_not_found", async () => {
    const res = await publicPreview({ customerNo: unknownCustomer() }, nextIp());
    expect(res.status).toBe(404);
    expect((await problemOf(res)).code).toBe("customer_not_found");
  });

  it("a bad card number: a wrong check digit and an unknown number are not genuine; a short one is 400", async () => {
    const customer = await f.customer();
    const card = await f.card();
    const typo = await previewOf(
      await publicPreview(
        { customerNo: customer.customerNo, cardNo: wrongCheckDigit(card.cardNo) },
        nextIp(),
      ),
    );
    expect(typo.card).toMatchObject({ genuine: false, checkDigitValid: false, status: "not_genuine" });
    expect(typo).toMatchObject({ canRecharge: false, refusal: "card_not_genuine" });
    const unknown = await previewOf(
      await publicPreview(
        { customerNo: customer.customerNo, cardNo: makeCardNo("39", randomInt(1, 2 ** 40)) },
        nextIp(),
      ),
    );
    expect(unknown.card).toMatchObject({ genuine: false, checkDigitValid: true, status: "not_genuine" });
    const short = await publicPreview({ customerNo: customer.customerNo, cardNo: "123" }, nextIp());
    expect(short.status).toBe(400);
    expect((await problemOf(short)).code).toBe("validation_failed");
    const withPin = await publicPreview({ customerNo: customer.customerNo, pin: card.pin }, nextIp());
    expect(withPin.status).toBe(400);
  });

  it("tells why a recharge would not go: a used, frozen or unsold card, a closed account", async () => {
    const customer = await f.customer();
    const cases = [
      ["used", "card_already_used"],
      ["frozen", "card_frozen"],
      ["in_stock", "card_not_sold"],
    ] as const;
    for (const [state, refusal] of cases) {
      const card = await f.card({ state: state === "in_stock" ? "in_stock" : "sold" });
      if (state === "used")
        await t.db.query(
          "UPDATE cards SET state = 'used', used_by_customer_no = $2, used_by_recharge_id = 'rch_x', used_at = $3 WHERE card_no = $1",
          [card.cardNo, customer.customerNo, clock],
        );
      if (state === "frozen")
        await t.db.query(
          "UPDATE cards SET state = 'frozen', state_before_freeze = 'sold' WHERE card_no = $1",
          [card.cardNo],
        );
      const body = await previewOf(
        await publicPreview({ customerNo: customer.customerNo, cardNo: card.cardNo }, nextIp()),
      );
      expect(body, state).toMatchObject({ canRecharge: false, refusal });
    }
    const closed = await f.customer();
    await t.db.query("UPDATE customers SET status = 'closed', closed_at = now() WHERE customer_no = $1", [
      closed.customerNo,
    ]);
    const body = await previewOf(await publicPreview({ customerNo: closed.customerNo }, nextIp()));
    expect(body).toMatchObject({
      customer: { acceptsRecharge: false },
      canRecharge: false,
      refusal: "account_closed",
    });
  });

  it("a card closed to self-service after 5 wrong PINs is locked online, but usable at the counter", async () => {
    const customer = await f.customer();
    const card = await f.card();
    await t.db.query("UPDATE cards SET self_service_failed_pin_attempts = 5 WHERE card_no = $1", [
      card.cardNo,
    ]);
    const online = await previewOf(
      await publicPreview({ customerNo: customer.customerNo, cardNo: card.cardNo }, nextIp()),
    );
    expect(online).toMatchObject({ card: { status: "locked_online" }, refusal: "card_locked" });
    const clerk = await f.staff(["clerk"], { unitId: f.outletId });
    const counter = await liveApp.request(
      "/v1/recharge-previews",
      requestInit("POST", {
        token: clerk.token,
        body: { customerNo: customer.customerNo, cardNo: card.cardNo },
      }),
    );
    expect(await previewOf(counter)).toMatchObject({ card: { status: "sold_unused" }, canRecharge: true });
  });

  it(`over ${LOOKUP_LIMITS.preview_ip.max} previews from one address → 429 with Retry-After; other addresses go on`, async () => {
    const customer = await f.customer();
    const ip = nextIp();
    for (let i = 0; i < LOOKUP_LIMITS.preview_ip.max; i++) {
      // Unknown customers count too: finding out which exist is what a harvester wants.
      const res = await publicPreview({ customerNo: i % 2 ? customer.customerNo : unknownCustomer() }, ip);
      expect(res.status, `preview ${i + 1}`).not.toBe(429);
    }
    const refused = await publicPreview({ customerNo: customer.customerNo }, ip);
    expect(refused.status).toBe(429);
    expect((await problemOf(refused)).code).toBe("rate_limited");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LOOKUP_LIMITS.preview_ip.windowSeconds);
    expect((await publicPreview({ customerNo: customer.customerNo }, nextIp())).status).toBe(200);
  });

  it(`over ${LOOKUP_LIMITS.preview_customer.max} previews of one 户号, from any addresses → 429`, async () => {
    const customer = await f.customer();
    for (let i = 0; i < LOOKUP_LIMITS.preview_customer.max; i++)
      expect((await publicPreview({ customerNo: customer.customerNo }, nextIp())).status).toBe(200);
    const refused = await publicPreview({ customerNo: customer.customerNo }, nextIp());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // The refused look-up was given back: the count stays at the limit.
    const [row] = await t.db.query<{ count: number }>(
      "SELECT count FROM rate_limit_counters WHERE key = $1",
      [lookupKey({ kind: "preview_customer", value: customer.customerNo })],
    );
    expect(Number(row?.count)).toBe(LOOKUP_LIMITS.preview_customer.max);
  });
});

describe("POST /v1/recharge-previews (counter and partner API)", () => {
  it("a partner and a clerk see the same masked preview; over its limit a partner gets 429", async () => {
    const customer = await customerWithAddress("李四光", "江苏省南京市玄武区中山路 1 号");
    const card = await f.card({ faceValueFen: 20_000 });
    const partner = await partnerClient(f, t.db, { rateLimitPerMinute: 60 });
    const clerk = await f.staff(["clerk"], { unitId: f.outletId });
    for (const token of [partner.token, clerk.token]) {
      const res = await liveApp.request(
        "/v1/recharge-previews",
        requestInit("POST", { token, body: { customerNo: customer.customerNo, cardNo: card.cardNo } }),
      );
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({
        customer: { name: "李*光", address: "江苏省南京市玄武区****" },
        card: { faceValueFen: 20_000, status: "sold_unused" },
        canRecharge: true,
      });
      tellsNothingPrivate(text, { ...customer, name: "李四光", pin: card.pin });
    }
    const max = lookupClientMax(60);
    expect(max).toBe(LOOKUP_LIMITS.preview_client.max);
    await spend("preview_client", partner.id, max);
    const refused = await liveApp.request(
      "/v1/recharge-previews",
      requestInit("POST", { token: partner.token, body: { customerNo: customer.customerNo } }),
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it(`a clerk beyond ${LOOKUP_LIMITS.preview_clerk.max} previews an hour gets 429`, async () => {
    const customer = await f.customer();
    const clerk = await f.staff(["clerk"], { unitId: f.outletId });
    await spend("preview_clerk", clerk.id, LOOKUP_LIMITS.preview_clerk.max);
    const res = await liveApp.request(
      "/v1/recharge-previews",
      requestInit("POST", { token: clerk.token, body: { customerNo: customer.customerNo } }),
    );
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("needs credentials, and a role or operation that recharges", async () => {
    const customer = await f.customer();
    const body = { customerNo: customer.customerNo };
    expect((await liveApp.request("/v1/recharge-previews", requestInit("POST", { body }))).status).toBe(401);
    const auditor = await f.staff(["auditor"], { unitId: f.provinceId });
    expect(
      (await liveApp.request("/v1/recharge-previews", requestInit("POST", { token: auditor.token, body })))
        .status,
    ).toBe(403);
  });
});

describe("maskAddress", () => {
  it("keeps the region, never the street, and always four stars", () => {
    expect(maskAddress("浙江省杭州市西湖区文三路 90 号")).toBe("浙江省杭州市西湖区****");
    expect(maskAddress("杭州市上城区解放路 1 号 2 单元")).toBe("杭州市上城区****");
    expect(maskAddress("12 Garden Road, Central")).toBe("12 Gard****");
    expect(maskAddress("浙江省")).toBe("浙****");
  });
});
