import { makeCardNo } from "@powercard/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSmsCommand } from "../../api/src/services/channels/sms/parse-sms-command.ts";
import { SMS_HELP } from "../../api/src/services/channels/sms/reply-texts.ts";
import { SMS_OUTCOMES } from "../../api/src/services/channels/sms/sms-reply-view.ts";
import type { Problem, Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { channelClient } from "../helpers/partners.ts";

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let gateway: { id: string; apiKey: string };
/** The clock of the app: tests that need "the same minute" pin it. */
let clock = () => new Date();

/** Every PIN a test sent and every reply it got: no reply may contain a PIN. */
const pinsSent = new Set<string>();
const replies: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db, { now: () => clock() });
  gateway = await f.client("sms");
  // One gateway relays every customer's messages: it is given a request rate to match.
  await t.db.query("UPDATE channel_clients SET rate_limit_per_minute = 100000 WHERE id = $1", [gateway.id]);
});
afterAll(() => t.close());

const PHONE = "13912345678";
/** A sender of its own for each message by default, so failure limits per phone stay out of the way. */
const randomPhone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
let messageSeq = 0;

type SmsReply = Schemas["SmsReply"];

async function send(
  text: string,
  options: { from?: string; messageId?: string | null; bearer?: string } = {},
): Promise<{ res: Response; body: SmsReply }> {
  const messageId = options.messageId === undefined ? `msg-${Date.now()}-${messageSeq++}` : options.messageId;
  const res = await app.request(
    "/v1/channels/sms/inbound",
    requestInit("POST", {
      apiKey: gateway.apiKey,
      token: options.bearer, // another caller's credential, when given
      body: { from: options.from ?? randomPhone(), text, ...(messageId === null ? {} : { messageId }) },
    }),
  );
  const body = (await res.json()) as SmsReply;
  if (res.status === 200) replies.push(body.reply);
  return { res, body };
}

async function sms(text: string, options: Parameters<typeof send>[1] = {}): Promise<SmsReply> {
  const { res, body } = await send(text, options);
  expect(res.status, text).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(body.reply.length).toBeGreaterThan(0);
  expect(SMS_OUTCOMES).toContain(body.outcome);
  return body;
}

async function card(overrides: Parameters<Fixtures["card"]>[0] = {}) {
  const c = await f.card(overrides);
  pinsSent.add(c.pin);
  return c;
}

async function customer(phone = randomPhone()) {
  return { ...(await f.customer({ phone })), phone };
}
const grouped = (digits: string, separator = " ") => digits.replace(/(\d{4})(?=\d)/g, `$1${separator}`);
/** What a phone in full-width mode sends: ASCII → full-width forms, space → U+3000. */
const fullWidth = (s: string) =>
  [...s].map((ch) => (ch === " " ? "\u3000" : String.fromCharCode(ch.charCodeAt(0) + 0xfee0))).join("");

async function balanceOf(customerNo: string) {
  const [row] = await t.db.query<{ balance_fen: string | number }>(
    "SELECT balance_fen FROM accounts WHERE customer_no = $1",
    [customerNo],
  );
  return Number(row?.balance_fen);
}

async function rechargeRows(cardNo: string) {
  return t.db.query<{ channel: string; client_id: string; customer_no: string }>(
    "SELECT channel, client_id, customer_no FROM recharges WHERE card_no = $1",
    [cardNo],
  );
}

describe("CZ — recharge by SMS", () => {
  it("recharges, replies with the masked name, the amount and the new balance, and records channel sms", async () => {
    const c = await customer();
    const k = await card({ faceValueFen: 10_000 });
    const body = await sms(`CZ ${c.customerNo} ${k.cardNo} ${k.pin}`);
    expect(body.outcome).toBe("recharged");
    expect(body.reply).toBe(`充值成功：户号${c.customerNo}（张*明）充值100元，当前余额100元。`);
    expect(body.reply).not.toContain("张小明");
    expect(await balanceOf(c.customerNo)).toBe(10_000);
    expect(await rechargeRows(k.cardNo)).toEqual([
      { channel: "sms", client_id: gateway.id, customer_no: c.customerNo },
    ]);

    const k2 = await card({ faceValueFen: 5_050 });
    const second = await sms(`CZ ${c.customerNo} ${k2.cardNo} ${k2.pin}`);
    expect(second.reply).toBe(`充值成功：户号${c.customerNo}（张*明）充值50.50元，当前余额150.50元。`);
  });

  const variants: [string, (customerNo: string, cardNo: string, pin: string) => string][] = [
    ["lower case cz", (cu, ca, p) => `cz ${cu} ${ca} ${p}`],
    ["Chinese alias 充值", (cu, ca, p) => `充值 ${cu} ${ca} ${p}`],
    ["充值 without a space", (cu, ca, p) => `充值${cu} ${ca} ${p}`],
    ["full-width letters, digits and ideographic spaces", (cu, ca, p) => fullWidth(`CZ ${cu} ${ca} ${p}`)],
    [
      "mixed full-width keyword, U+3000 and many spaces",
      (cu, ca, p) => `ＣＺ\u3000\u3000${cu}    ${ca}\t${p}  `,
    ],
    ["card and PIN grouped with spaces", (cu, ca, p) => `CZ ${cu} ${grouped(ca)} ${grouped(p)}`],
    ["card and PIN grouped with dashes", (cu, ca, p) => `CZ ${cu} ${grouped(ca, "-")} ${grouped(p, "-")}`],
    ["full-width dashes", (cu, ca, p) => `CZ ${cu} ${fullWidth(grouped(ca, "-"))} ${p}`],
    ["commas as separators", (cu, ca, p) => `CZ,${cu},${ca},${p}`],
    ["labels copied from the help", (cu, ca, p) => `CZ 户号${cu} 卡号${ca} 密码${p}`],
    ["zero-width characters pasted in", (cu, ca, p) => `\ufeffCZ ${cu}\u200b ${ca} ${p}`],
  ];
  for (const [name, text] of variants) {
    it(`understands ${name}`, async () => {
      const c = await customer();
      const k = await card();
      const body = await sms(text(c.customerNo, k.cardNo, k.pin));
      expect(body.outcome, body.reply).toBe("recharged");
      expect(await balanceOf(c.customerNo)).toBe(k.faceValueFen);
    });
  }
});

describe("CZ — every failure has its reply", () => {
  it("pin_incorrect for a wrong PIN, and an unknown card gets exactly the same reply", async () => {
    const c = await customer();
    const k = await card();
    const wrong = await sms(`CZ ${c.customerNo} ${k.cardNo} 0000000000000000`);
    expect(wrong).toEqual({ outcome: "pin_incorrect", reply: expect.stringContaining("卡号或密码错误") });
    const unknown = await sms(`CZ ${c.customerNo} ${makeCardNo("33", 9_999_999_999_998)} ${k.pin}`);
    expect(unknown).toEqual(wrong);
    expect(await balanceOf(c.customerNo)).toBe(0);
  });

  it("card_already_used", async () => {
    const c = await customer();
    const k = await card();
    await sms(`CZ ${c.customerNo} ${k.cardNo} ${k.pin}`);
    const again = await sms(`CZ ${c.customerNo} ${k.cardNo} ${k.pin}`);
    expect(again).toEqual({ outcome: "card_already_used", reply: expect.stringContaining("已被使用") });
    expect(await balanceOf(c.customerNo)).toBe(k.faceValueFen);
  });

  it("card_not_sold", async () => {
    const c = await customer();
    const k = await card({ state: "in_stock" });
    expect(await sms(`CZ ${c.customerNo} ${k.cardNo} ${k.pin}`)).toEqual({
      outcome: "card_not_sold",
      reply: expect.stringContaining("尚未售出"),
    });
  });

  it("card_locked after five wrong PINs, even with the right one", async () => {
    const c = await customer();
    const k = await card();
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++)
      outcomes.push((await sms(`CZ ${c.customerNo} ${k.cardNo} ${String(i).repeat(16)}`)).outcome);
    expect(outcomes).toEqual([
      "pin_incorrect",
      "pin_incorrect",
      "pin_incorrect",
      "pin_incorrect",
      "card_locked",
    ]);
    expect(await sms(`CZ ${c.customerNo} ${k.cardNo} ${k.pin}`)).toEqual({
      outcome: "card_locked",
      reply: expect.stringContaining("锁定"),
    });
  });

  it("customer_not_found", async () => {
    const k = await card();
    expect(await sms(`CZ 0000000001 ${k.cardNo} ${k.pin}`)).toEqual({
      outcome: "customer_not_found",
      reply: expect.stringContaining("户号不存在"),
    });
    const [row] = await t.db.query("SELECT state FROM cards WHERE card_no = $1", [k.cardNo]);
    expect(row?.state).toBe("sold");
  });

  it("malformed recharges are answered with what is wrong and how to write it", async () => {
    const c = await customer();
    const k = await card();
    const cases: [string, RegExp][] = [
      ["CZ", /缺少户号/],
      [`CZ ${c.customerNo}`, /缺少卡号和密码/],
      [`CZ ${c.customerNo} ${k.cardNo}`, /缺少密码/],
      [`CZ 330100000 ${k.cardNo} ${k.pin}`, /户号应为10位/],
      [`CZ ${c.customerNo} ${k.cardNo.slice(0, 15)} ${k.pin}`, /卡号应为16位/],
      [`CZ ${c.customerNo} ${k.cardNo.slice(0, 15)}${(Number(k.cardNo[15]) + 1) % 10} ${k.pin}`, /卡号有误/],
      [`CZ ${c.customerNo} ${k.cardNo} ${k.pin.slice(0, 15)}`, /密码应为16位/],
      [`CZ ${c.customerNo} ${k.cardNo} ${k.pin} 1`, /内容多余/],
      [`CZ ${c.customerNo} ${k.cardNo} ${k.pin.slice(0, 15)}X`, /只能是数字/],
    ];
    for (const [text, reply] of cases) {
      const body = await sms(text);
      expect(body.outcome, text).toBe("invalid_command");
      expect(body.reply, text).toMatch(reply);
      expect(body.reply.length, text).toBeLessThanOrEqual(70);
    }
    expect(await balanceOf(c.customerNo)).toBe(0);
    const [row] = await t.db.query("SELECT failed_pin_attempts FROM cards WHERE card_no = $1", [k.cardNo]);
    expect(row?.failed_pin_attempts).toBe(0);
  });
});

describe("CZ — a gateway retry is one recharge", () => {
  it("the same messageId twice: one recharge, the same reply, the second marked as a replay", async () => {
    const c = await customer();
    const k = await card();
    const text = `CZ ${c.customerNo} ${k.cardNo} ${k.pin}`;
    const first = await send(text, { messageId: "gw-retry-1" });
    const second = await send(text, { messageId: "gw-retry-1" });
    expect(first.body.outcome).toBe("recharged");
    expect(second.body).toEqual(first.body);
    expect(second.res.headers.get("idempotent-replayed")).toBe("true");
    expect(await rechargeRows(k.cardNo)).toHaveLength(1);
    expect(await balanceOf(c.customerNo)).toBe(k.faceValueFen);
  });

  it("the same messageId delivered concurrently: still one recharge", async () => {
    const c = await customer();
    const k = await card();
    const text = `CZ ${c.customerNo} ${k.cardNo} ${k.pin}`;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => send(text, { messageId: "gw-retry-concurrent" })),
    );
    for (const a of answers) expect(a.res.status).toBeLessThan(500);
    const recharged = answers.filter((a) => a.body.outcome === "recharged");
    expect(recharged.length).toBeGreaterThanOrEqual(1);
    for (const a of answers) expect(["recharged", "idempotency_in_progress"]).toContain(a.body.outcome);
    expect(await rechargeRows(k.cardNo)).toHaveLength(1);
    expect(await balanceOf(c.customerNo)).toBe(k.faceValueFen);
  });

  it("without a messageId, the same text from the same phone within a minute is one recharge", async () => {
    const c = await customer();
    const k = await card();
    const text = `CZ ${c.customerNo} ${k.cardNo} ${k.pin}`;
    const fixed = new Date("2026-11-26T02:30:10Z");
    clock = () => fixed;
    try {
      const first = await send(text, { messageId: null, from: PHONE });
      const second = await send(text, { messageId: null, from: `+86${PHONE}` });
      expect(first.body.outcome).toBe("recharged");
      expect(second.body).toEqual(first.body);
      expect(second.res.headers.get("idempotent-replayed")).toBe("true");
      // The same text from another phone is another message: the card is already used.
      const third = await send(text, { messageId: null, from: "13700000001" });
      expect(third.body.outcome).toBe("card_already_used");
    } finally {
      clock = () => new Date();
    }
    expect(await rechargeRows(k.cardNo)).toHaveLength(1);
  });

  it("a messageId reused for another text is refused, not recharged", async () => {
    const c = await customer();
    const k1 = await card();
    const k2 = await card();
    await sms(`CZ ${c.customerNo} ${k1.cardNo} ${k1.pin}`, { messageId: "gw-reused" });
    const reused = await sms(`CZ ${c.customerNo} ${k2.cardNo} ${k2.pin}`, { messageId: "gw-reused" });
    expect(reused.outcome).toBe("idempotency_key_reused");
    expect(await rechargeRows(k2.cardNo)).toHaveLength(0);
  });
});

describe("YE — balance by SMS, only to the registered phone", () => {
  const aliases = ["YE", "ye", "Ye", "余额", "查余额", "查询余额", "ＹＥ"];
  for (const alias of aliases) {
    it(`${alias} <户号> from the registered phone gets the balance`, async () => {
      const c = await customer();
      const k = await card({ faceValueFen: 25_030 });
      await sms(`CZ ${c.customerNo} ${k.cardNo} ${k.pin}`);
      const body = await sms(`${alias} ${c.customerNo}`, { from: c.phone });
      expect(body).toEqual({
        outcome: "balance_sent",
        reply: `户号${c.customerNo}（张*明）当前余额250.30元。`,
      });
    });
  }

  it("full-width digits and a +86 sender number", async () => {
    const c = await customer("13800001234");
    const body = await sms(fullWidth(`YE ${c.customerNo}`), { from: "+8613800001234" });
    expect(body.outcome).toBe("balance_sent");
    expect(body.reply).toContain("当前余额0元");
  });

  it("another phone, an unknown customer and a customer without a phone all get the same refusal", async () => {
    const c = await customer();
    const noPhone = await customer();
    await t.db.query("UPDATE customers SET phone = NULL WHERE customer_no = $1", [noPhone.customerNo]);
    const otherPhone = await sms(`YE ${c.customerNo}`, { from: "13700000000" });
    const unknown = await sms("YE 0000000002");
    const withoutPhone = await sms(`YE ${noPhone.customerNo}`, { from: noPhone.phone });
    expect(otherPhone).toEqual({ outcome: "balance_refused", reply: expect.stringContaining("登记的手机") });
    expect(unknown).toEqual(otherPhone);
    expect(withoutPhone).toEqual(otherPhone);
    expect(otherPhone.reply).not.toContain(c.customerNo);
  });

  it("malformed balance requests", async () => {
    for (const [text, reply] of [
      ["YE", /缺少户号/],
      ["YE 12345", /户号应为10位/],
      ["YE 3301000001 3301000002", /内容多余/],
      ["YE abc", /只能是数字/],
    ] as const) {
      const body = await sms(text);
      expect(body.outcome, text).toBe("invalid_command");
      expect(body.reply, text).toMatch(reply);
      expect(body.reply, text).toContain("YE 户号");
    }
  });
});

describe("help and anything else", () => {
  for (const text of ["HELP", "help", "H", "BZ", "bz", "帮助", "?", "？", "ＨＥＬＰ"]) {
    it(`${JSON.stringify(text)} gets the help`, async () => {
      expect(await sms(text)).toEqual({ outcome: "help", reply: SMS_HELP });
    });
  }

  it("the help fits one SMS", () => {
    expect(SMS_HELP.length).toBeLessThanOrEqual(70);
  });

  for (const text of ["", "   ", "你好", "hello", "YES", "CZX 3301000001", "充值卡怎么用", "\u0000", "😀"]) {
    it(`${JSON.stringify(text)} is answered with a short help`, async () => {
      const body = await sms(text);
      expect(body.outcome).toBe("invalid_command");
      expect(body.reply).toMatch(/CZ 户号 卡号 密码/);
      expect(body.reply.length).toBeLessThanOrEqual(70);
    });
  }

  it("a 1,000-character text is answered 200; a body over the size limit is 413", async () => {
    expect((await sms("充".repeat(1_000))).outcome).toBe("invalid_command");
    expect((await sms(`CZ ${"1".repeat(998)}`)).outcome).toBe("invalid_command");
    const { res } = await send("x".repeat(20_000));
    expect(res.status).toBe(413);
  });
});

describe("fuzz: any text gets a reply, never a 5xx", () => {
  const keyword = fc.constantFrom(
    "CZ",
    "cz",
    "ＣＺ",
    "充值",
    "YE",
    "ye",
    "余额",
    "查询余额",
    "HELP",
    "?",
    "",
    "C",
    "Z",
  );
  const piece = fc.oneof(
    fc.stringMatching(/^[0-9]{1,20}$/),
    fc.constantFrom(" ", "  ", "-", "\u3000", ",", "　", "：", "户号", "卡号"),
    fc.string({ maxLength: 4 }),
  );
  const commandLike = fc
    .tuple(keyword, fc.array(piece, { maxLength: 12 }))
    .map(([k, pieces]) => `${k}${pieces.join("")}`);
  /** Any UTF-16 code unit, lone surrogates included. */
  const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
  /** Well-formed recharges of random cards, written in random styles: they reach the database. */
  const separator = fc.constantFrom(" ", "  ", "\u3000", "-", ",");
  const wellFormed = fc
    .tuple(
      fc.constantFrom("CZ", "cz", "充值", "ＣＺ"),
      fc.stringMatching(/^[0-9]{10}$/),
      fc.integer({ min: 0, max: 9_999_999_999_999 }).map((serial) => makeCardNo("33", serial)),
      fc.stringMatching(/^[0-9]{16}$/),
      separator,
      fc.boolean(),
    )
    .map(([k, customerNo, cardNo, pin, sep, wide]) => {
      const s = [k, customerNo, cardNo.replace(/(\d{4})(?=\d)/g, `$1${sep}`), pin].join(sep);
      return wide ? fullWidth(s.replace(/\u3000/g, " ")) : s;
    });
  const text = fc.oneof(
    wellFormed,
    commandLike,
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.string({ unit: "grapheme", maxLength: 100 }),
    fc.string({ unit: codeUnit, maxLength: 100 }),
    fc.string({ unit: "binary-ascii", minLength: 900, maxLength: 1_000 }),
  );

  it("600 random texts (unicode, lone surrogates, near-commands, up to 1,000 chars) are each answered", async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const { res, body } = await send(s);
        expect(res.status, JSON.stringify(s)).toBe(200);
        expect(typeof body.reply).toBe("string");
        expect(body.reply.length).toBeGreaterThan(0);
        expect(SMS_OUTCOMES).toContain(body.outcome);
        seen.add(body.outcome);
      }),
      { numRuns: 600 },
    );
    // The run reached the recharge service, not only the parser.
    expect(seen).toContain("invalid_command");
    expect([...seen].some((o) => o === "pin_incorrect" || o === "customer_not_found")).toBe(true);
  });

  it("the parser never throws and never puts the text into its answer", () => {
    fc.assert(
      fc.property(fc.oneof(commandLike, fc.string({ unit: codeUnit, maxLength: 600 })), (s) => {
        const command = parseSmsCommand(s);
        if (command.kind === "invalid")
          expect(Object.keys(command).sort()).toEqual(
            command.command ? ["command", "kind", "reason"] : ["kind", "reason"],
          );
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("who may call", () => {
  it("an IVR client, a counter client and a partner are 403; no key is 401", async () => {
    for (const channel of ["ivr", "counter", "partner"] as const) {
      const other = await channelClient(f, t.db, channel);
      const { res, body } = await send("HELP", { bearer: other.bearer });
      expect(res.status, channel).toBe(403);
      expect((body as unknown as { code: string }).code).toBe("forbidden");
    }
    const res = await app.request(
      "/v1/channels/sms/inbound",
      requestInit("POST", { body: { from: PHONE, text: "HELP" } }),
    );
    expect(res.status).toBe(401);
  });

  it("the SMS gateway may not call the IVR routes", async () => {
    const res = await app.request(
      "/v1/channels/ivr/balance",
      requestInit("POST", { apiKey: gateway.apiKey, body: { customerNo: "3301000001" } }),
    );
    expect(res.status).toBe(403);
  });

  it("a body that is not the documented JSON is a 400, not a reply", async () => {
    const raw = await app.request(
      "/v1/channels/sms/inbound",
      requestInit("POST", { apiKey: gateway.apiKey, rawBody: '{"from": "1391234' }),
    );
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as Problem).code).toBe("malformed_json");
    for (const body of [
      { from: PHONE },
      { text: "HELP" },
      { from: PHONE, text: 42 },
      { from: "abc", text: "HELP" },
    ]) {
      const res = await app.request(
        "/v1/channels/sms/inbound",
        requestInit("POST", { apiKey: gateway.apiKey, body }),
      );
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as Problem).code).toBe("validation_failed");
    }
  });
});

describe("failure limits", () => {
  it("after 10 failed recharges from one phone, the next one from it is refused in words; another phone is not", async () => {
    const phone = randomPhone();
    for (let i = 0; i < 10; i++) {
      const c = await customer();
      const k = await card();
      expect((await sms(`CZ ${c.customerNo} ${k.cardNo} ${"0".repeat(16)}`, { from: phone })).outcome).toBe(
        "pin_incorrect",
      );
    }
    const c = await customer();
    const k = await card();
    const refused = await sms(`CZ ${c.customerNo} ${k.cardNo} ${k.pin}`, { from: phone });
    expect(refused).toEqual({
      outcome: "rate_limited",
      reply: expect.stringMatching(/^失败次数过多，请\d+分钟后再试。$/),
    });
    expect(await balanceOf(c.customerNo)).toBe(0);
    expect((await sms(`CZ ${c.customerNo} ${k.cardNo} ${k.pin}`)).outcome).toBe("recharged");
    // Help and balance are not recharges: the phone still gets them.
    expect((await sms("HELP", { from: phone })).outcome).toBe("help");
  });

  it("after 10 failed recharges naming one customer, from any phones, that customer number is refused", async () => {
    const c = await customer();
    for (let i = 0; i < 10; i++) {
      const k = await card();
      await sms(`CZ ${c.customerNo} ${k.cardNo} ${"1".repeat(16)}`);
    }
    const k = await card();
    expect((await sms(`CZ ${c.customerNo} ${k.cardNo} ${k.pin}`)).outcome).toBe("rate_limited");
  });
});

describe("no reply ever contains a PIN", () => {
  it("across every reply of this file", () => {
    expect(replies.length).toBeGreaterThan(600);
    expect(pinsSent.size).toBeGreaterThan(10);
    for (const reply of replies) for (const pin of pinsSent) expect(reply).not.toContain(pin);
  });
});
