import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Schemas } from "../helpers/api-client.ts";
import { buildApp, type CallOptions, requestInit, startServer } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { channelClient } from "../helpers/partners.ts";

/**
 * The 95598 phone menu end to end, over a real HTTP server: the IVR confirms the customer number
 * the caller keyed in, recharges a card, reads the balance, and speaks every answer.
 */
let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let ivr: { id: string; apiKey: string };

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  server = await startServer(buildApp(t.db));
  ivr = await f.client("ivr");
});
afterAll(async () => {
  await server?.close();
  await t?.close();
});

/** Whichever of the three IVR answers a step gets. */
type IvrAnswer = Schemas["IvrCustomerAnswer"] & Schemas["IvrRechargeAnswer"] & Schemas["IvrBalanceAnswer"];

let callers = 0;
/** A recharge without a callerNumber gets a caller of its own, so per-phone limits stay apart. */
const withCaller = (path: string, body: unknown) =>
  path === "recharge" && typeof body === "object" && body !== null && !("callerNumber" in body)
    ? { ...body, callerNumber: `1390000${String(callers++).padStart(4, "0")}` }
    : body;

async function post(path: string, body: unknown, options: CallOptions = {}) {
  const res = await fetch(
    `${server.url}/v1/channels/ivr/${path}`,
    requestInit("POST", { apiKey: ivr.apiKey, ...options, body: withCaller(path, body) }),
  );
  return { res, body: (await res.json()) as IvrAnswer };
}

async function answer(path: string, body: unknown, options: CallOptions = {}) {
  const { res, body: json } = await post(path, body, options);
  expect(res.status, JSON.stringify(json)).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(json.speak.length).toBeGreaterThan(0);
  return json;
}

let calls = 0;
const newCall = () => `call-${Date.now()}-${calls++}`;

describe("a caller recharges by phone", () => {
  it("confirm customer → recharge → recharge again → balance", async () => {
    const customer = await f.customer({ name: "张小明" });
    const callId = newCall();

    const confirmed = await answer("customer", { customerNo: customer.customerNo });
    expect(confirmed).toEqual({
      ok: true,
      maskedName: "张*明",
      speak: `您输入的户号是${spoken(customer.customerNo)}，户名张某明。`,
    });

    const card = await f.card({ faceValueFen: 10_000 });
    const first = await answer("recharge", {
      customerNo: customer.customerNo,
      cardNo: card.cardNo,
      pin: card.pin,
      callId,
    });
    expect(first).toEqual({
      ok: true,
      amountFen: 10_000,
      balanceFen: 10_000,
      speak: "您已成功充值100元，当前余额100元。",
    });

    const second = await f.card({ faceValueFen: 15_050 });
    const more = await answer("recharge", {
      customerNo: customer.customerNo,
      cardNo: second.cardNo,
      pin: second.pin,
      callId,
    });
    expect(more).toEqual({
      ok: true,
      amountFen: 15_050,
      balanceFen: 25_050,
      speak: "您已成功充值150元5角，当前余额250元5角。",
    });

    expect(await answer("balance", { customerNo: customer.customerNo })).toEqual({
      ok: true,
      balanceFen: 25_050,
      speak: "您的户号当前余额250元5角。",
    });

    const rows = await t.db.query<{ channel: string; client_id: string }>(
      "SELECT channel, client_id FROM recharges WHERE customer_no = $1",
      [customer.customerNo],
    );
    expect(rows).toEqual([
      { channel: "ivr", client_id: ivr.id },
      { channel: "ivr", client_id: ivr.id },
    ]);
  });

  it("a resent request (same call, same digits) is one recharge and the same answer", async () => {
    const customer = await f.customer();
    const card = await f.card();
    const body = { customerNo: customer.customerNo, cardNo: card.cardNo, pin: card.pin, callId: newCall() };
    const first = await post("recharge", body);
    const again = await post("recharge", body);
    expect(again.body).toEqual(first.body);
    expect(first.body.ok).toBe(true);
    expect(again.res.headers.get("idempotent-replayed")).toBe("true");
    expect((await answer("balance", { customerNo: customer.customerNo })).balanceFen).toBe(card.faceValueFen);
  });

  it("a wrong PIN, then the right one in the same call, recharges", async () => {
    const customer = await f.customer();
    const card = await f.card();
    const callId = newCall();
    const wrong = await answer("recharge", {
      customerNo: customer.customerNo,
      cardNo: card.cardNo,
      pin: "0000000000000000",
      callId,
    });
    expect(wrong).toEqual({
      ok: false,
      code: "pin_incorrect",
      speak: "卡号或密码错误，请核对后重新输入。密码连续输错5次，该卡将被锁定。",
    });
    const right = await answer("recharge", {
      customerNo: customer.customerNo,
      cardNo: card.cardNo,
      pin: card.pin,
      callId,
    });
    expect(right.ok).toBe(true);
  });

  it("a locked card is spoken as locked, and stays unused", async () => {
    const customer = await f.customer();
    const card = await f.card();
    const callId = newCall();
    const codes: (string | undefined)[] = [];
    for (let i = 1; i <= 5; i++) {
      const wrong = await answer("recharge", {
        customerNo: customer.customerNo,
        cardNo: card.cardNo,
        pin: String(i).repeat(16),
        callId,
      });
      codes.push(wrong.code);
    }
    expect(codes).toEqual([
      "pin_incorrect",
      "pin_incorrect",
      "pin_incorrect",
      "pin_incorrect",
      "card_locked",
    ]);
    const locked = await answer("recharge", {
      customerNo: customer.customerNo,
      cardNo: card.cardNo,
      pin: card.pin,
      callId,
    });
    expect(locked).toEqual({
      ok: false,
      code: "card_locked",
      speak: "该充值卡因密码输错次数过多已被锁定，请持卡到供电营业厅办理解锁。",
    });
    expect((await answer("balance", { customerNo: customer.customerNo })).balanceFen).toBe(0);
  });

  it("a used card and a card not yet sold", async () => {
    const customer = await f.customer();
    const used = await f.card();
    await answer("recharge", {
      customerNo: customer.customerNo,
      cardNo: used.cardNo,
      pin: used.pin,
      callId: newCall(),
    });
    const again = await answer("recharge", {
      customerNo: customer.customerNo,
      cardNo: used.cardNo,
      pin: used.pin,
      callId: newCall(),
    });
    expect(again).toEqual({
      ok: false,
      code: "card_already_used",
      speak: "该充值卡已经使用过，不能重复充值。",
    });
    const unsold = await f.card({ state: "in_stock" });
    const notSold = await answer("recharge", {
      customerNo: customer.customerNo,
      cardNo: unsold.cardNo,
      pin: unsold.pin,
      callId: newCall(),
    });
    expect(notSold).toMatchObject({ ok: false, code: "card_not_sold" });
  });
});

describe("keyed-in mistakes are answered in words", () => {
  it("unknown customer, wrong number of digits, bad check digit", async () => {
    expect(await answer("customer", { customerNo: "0000000003" })).toEqual({
      ok: false,
      code: "customer_not_found",
      speak: "您输入的户号不存在，请核对后重新输入。",
    });
    expect(await answer("balance", { customerNo: "0000000003" })).toMatchObject({
      ok: false,
      code: "customer_not_found",
    });
    expect(await answer("customer", { customerNo: "330100000" })).toEqual({
      ok: false,
      code: "customer_no_invalid",
      speak: "户号应为10位数字，请重新输入。",
    });
    expect(await answer("balance", { customerNo: "" })).toMatchObject({
      ok: false,
      code: "customer_no_invalid",
    });

    const customer = await f.customer();
    const card = await f.card();
    const badCheck = `${card.cardNo.slice(0, 15)}${(Number(card.cardNo[15]) + 1) % 10}`;
    for (const [body, code] of [
      [{ cardNo: badCheck, pin: card.pin }, "card_no_invalid"],
      [{ cardNo: card.cardNo.slice(0, 12), pin: card.pin }, "card_no_invalid"],
      [{ cardNo: card.cardNo, pin: card.pin.slice(0, 6) }, "pin_invalid"],
      [{ cardNo: card.cardNo, pin: card.pin, customerNo: "0000000004" }, "customer_not_found"],
    ] as const) {
      const res = await answer("recharge", { customerNo: customer.customerNo, callId: newCall(), ...body });
      expect(res, code).toMatchObject({ ok: false, code });
    }
    const [row] = await t.db.query("SELECT state, failed_pin_attempts FROM cards WHERE card_no = $1", [
      card.cardNo,
    ]);
    expect(row).toEqual({ state: "sold", failed_pin_attempts: 0 });
  });

  it("anything but digits is a 400 from the IVR's own mistake, never spoken", async () => {
    const { res, body } = await post("customer", { customerNo: "33010000O1" });
    expect(res.status).toBe(400);
    expect(body).toMatchObject({ code: "validation_failed" });
    const missing = await post("recharge", {
      customerNo: "3301000001",
      cardNo: "3300000000000019",
      pin: "1",
    });
    expect(missing.res.status).toBe(400);
  });
});

describe("failure limits", () => {
  it("after 10 failed recharges naming one customer, the next is refused in words, and the card is untouched", async () => {
    const customer = await f.customer();
    for (let i = 0; i < 10; i++) {
      const card = await f.card();
      const wrong = await answer("recharge", {
        customerNo: customer.customerNo,
        cardNo: card.cardNo,
        pin: "9".repeat(16),
        callId: newCall(),
      });
      expect(wrong.code).toBe("pin_incorrect");
    }
    const card = await f.card();
    const refused = await answer("recharge", {
      customerNo: customer.customerNo,
      cardNo: card.cardNo,
      pin: card.pin,
      callId: newCall(),
    });
    expect(refused).toEqual({
      ok: false,
      code: "rate_limited",
      speak: expect.stringMatching(/^输入错误次数过多，请\d+分钟后再试。$/),
    });
    const [row] = await t.db.query("SELECT state FROM cards WHERE card_no = $1", [card.cardNo]);
    expect(row?.state).toBe("sold");
    const other = await f.customer();
    const fine = await answer("recharge", {
      customerNo: other.customerNo,
      cardNo: card.cardNo,
      pin: card.pin,
      callId: newCall(),
    });
    expect(fine.ok).toBe(true);
  });

  it("after 10 failed recharges from one calling number, its next call is refused whatever it names", async () => {
    const callerNumber = "13512340000";
    for (let i = 0; i < 10; i++) {
      const customer = await f.customer();
      const card = await f.card();
      const wrong = await answer("recharge", {
        customerNo: customer.customerNo,
        cardNo: card.cardNo,
        pin: "9".repeat(16),
        callId: newCall(),
        callerNumber,
      });
      expect(wrong.code).toBe("pin_incorrect");
    }
    const customer = await f.customer();
    const card = await f.card();
    const right = { customerNo: customer.customerNo, cardNo: card.cardNo, pin: card.pin };
    const refused = await answer("recharge", { ...right, callId: newCall(), callerNumber });
    expect(refused.code).toBe("rate_limited");
    const [row] = await t.db.query("SELECT state FROM cards WHERE card_no = $1", [card.cardNo]);
    expect(row?.state).toBe("sold");
    // Another caller is not affected.
    const fine = await answer("recharge", { ...right, callId: newCall(), callerNumber: "13512349999" });
    expect(fine.ok).toBe(true);
  });
});

describe("the Idempotency-Key header, when the IVR sends one", () => {
  it("wins over the derived key: a replay answers the same, another body is refused", async () => {
    const customer = await f.customer();
    const card = await f.card();
    const key = `ivr-key-${newCall()}`;
    const body = { customerNo: customer.customerNo, cardNo: card.cardNo, pin: card.pin, callId: newCall() };
    const first = await post("recharge", body, { idempotencyKey: key });
    const replay = await post("recharge", { ...body, callId: newCall() }, { idempotencyKey: key });
    expect(first.body.ok).toBe(true);
    expect(replay.body).toEqual(first.body);
    expect(replay.res.headers.get("idempotent-replayed")).toBe("true");
    const other = await f.card();
    const reused = await answer(
      "recharge",
      { ...body, cardNo: other.cardNo, pin: other.pin },
      { idempotencyKey: key },
    );
    expect(reused).toMatchObject({ ok: false, code: "idempotency_key_reused" });
    const invalid = await post("recharge", body, { idempotencyKey: "with space" });
    expect(invalid.res.status).toBe(400);
    expect(invalid.body).toMatchObject({ code: "idempotency_key_invalid" });
  });
});

describe("who may call", () => {
  it("only the IVR: the SMS gateway and a partner are 403, no key is 401", async () => {
    for (const channel of ["sms", "partner", "counter"] as const) {
      const other = await channelClient(f, t.db, channel);
      for (const path of ["customer", "recharge", "balance"]) {
        const { res } = await post(path, { customerNo: "3301000001" }, { token: other.bearer });
        expect(res.status, `${channel} ${path}`).toBe(403);
      }
    }
    const anonymous = await fetch(
      `${server.url}/v1/channels/ivr/balance`,
      requestInit("POST", { body: { customerNo: "3301000001" } }),
    );
    expect(anonymous.status).toBe(401);
  });
});

function spoken(digits: string) {
  return [...digits].map((d) => "零幺二三四五六七八九"[Number(d)]).join("");
}
