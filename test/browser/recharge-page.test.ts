import { randomInt } from "node:crypto";
import { makeCardNo } from "@powercard/db";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestInit } from "../helpers/app.ts";
import { chromiumOnly, launchChromium, seriousA11yViolations } from "../helpers/chromium.ts";
import { shot } from "../helpers/console-browser.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { ledgerFigures } from "../helpers/partners.ts";
import { startPortalServer } from "../helpers/site.ts";

/**
 * The public recharge page in a real Chromium, served with the API as `npm start` serves it, at
 * 360 × 740 and 1280 × 800 in both languages: the confirm step (the masked 户名 and address from
 * the preview before any money moves), the result focused and in the viewport (with the phone
 * keyboard open too), the receipt and its print, the errors that say what to do, the card check,
 * the outlets, the 关怀版 large mode, accessibility (axe-core), and the CSP — no violation, and no
 * request to any other origin. Each state's screenshot is kept in test/artifacts/.
 */
const chromium = chromiumOnly();
if (chromium.skip) console.warn(`\n[powercard tests] browser/recharge-page.test.ts ${chromium.reason}\n`);

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
/** A 740-pixel phone with its keyboard open: the layout viewport shrinks to what is left. */
const PHONE_WITH_KEYBOARD = { width: 360, height: 420 };
const LANGS = {
  "zh-CN": { path: "/recharge", tag: "zh" },
  en: { path: "/en/recharge", tag: "en" },
} as const;
type Lang = keyof typeof LANGS;

let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let context: BrowserContext;
const cspViolations: string[] = [];
const foreignRequests: string[] = [];

describe.skipIf(chromium.skip)("recharge page (/recharge)", () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    f = await Fixtures.create(t.db);
    await t.db.query("ALTER TABLE customers ADD COLUMN IF NOT EXISTS address text");
    server = await startPortalServer(t.db);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE, locale: "zh-CN" });
    // Playwright's 30 s per navigation or action catches hangs only on a fast machine.
    context.setDefaultTimeout(120_000);
    context.on("request", (request) => {
      if (!request.url().startsWith(`${server.url}/`)) foreignRequests.push(request.url());
    });
    context.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.close();
  });

  async function open(path: string, viewport = PHONE): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    return page;
  }

  /** Tabs from the top of the page until the given field has the focus: the keyboard's way. */
  async function tabTo(page: Page, id: string) {
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      if ((await activeId(page)) === id) return;
    }
    throw new Error(`Tab never reached #${id}`);
  }
  const activeId = (page: Page) => page.evaluate<string | undefined>("document.activeElement?.id");

  /** The element is wholly inside the viewport (its top within it, for one taller than the screen). */
  async function expectInViewport(page: Page, selector: string) {
    const box = await page.locator(selector).boundingBox();
    const viewport = page.viewportSize();
    expect(box, `${selector} is rendered`).not.toBeNull();
    if (!box || !viewport) return;
    expect(box.height, `${selector} has content`).toBeGreaterThan(0);
    // Half a pixel of sub-pixel scrolling is not "cut at the fold".
    expect(box.y, `${selector} top`).toBeGreaterThanOrEqual(-0.5);
    expect(box.y + Math.min(box.height, viewport.height), `${selector} bottom`).toBeLessThanOrEqual(
      viewport.height,
    );
    expect(box.x + box.width, `${selector} right`).toBeLessThanOrEqual(viewport.width);
  }

  async function fill(page: Page, v: { customerNo: string; cardNo: string; pin: string }) {
    await page.fill("#customerNo", v.customerNo);
    await page.fill("#cardNo", v.cardNo);
    await page.fill("#pin", v.pin);
  }

  const cardState = async (cardNo: string) =>
    (await t.db.query<{ state: string }>("SELECT state FROM cards WHERE card_no = $1", [cardNo]))[0]?.state;

  const combos: [Lang, typeof PHONE][] = [
    ["zh-CN", PHONE],
    ["en", DESKTOP],
    ["en", PHONE],
    ["zh-CN", DESKTOP],
  ];

  for (const [lang, viewport] of combos) {
    const tag = `${LANGS[lang].tag}-${viewport.width}`;
    it(`${lang} ${viewport.width}×${viewport.height}: confirm the masked name first, then the receipt in view`, async () => {
      const customer = await f.customer({ name: "欧阳小月" });
      await t.db.query("UPDATE customers SET address = $2 WHERE customer_no = $1", [
        customer.customerNo,
        "浙江省杭州市西湖区文三路 90 号",
      ]);
      const card = await f.card({ faceValueFen: 10_000 });
      const page = await open(LANGS[lang].path, viewport);
      expect(await page.getAttribute("html", "lang")).toBe(lang);

      await tabTo(page, "customerNo");
      await page.keyboard.type(customer.customerNo);
      await page.keyboard.press("Tab");
      await page.keyboard.type(card.cardNo);
      expect(await page.inputValue("#cardNo")).toBe(card.cardNo.replace(/(\d{4})(?=\d)/g, "$1 "));
      await expect
        .poll(() => page.textContent("#cardNo-check"))
        .toBe(lang === "en" ? "The card number looks right." : "卡号格式正确。");
      await page.keyboard.press("Tab");
      await page.keyboard.type(card.pin);
      await page.keyboard.press("Enter");

      // The confirm step: the masked name and address, focused and in view; no money has moved.
      await expect.poll(() => activeId(page)).toBe("confirm-title");
      expect(await page.textContent("#confirm-name")).toBe("欧**月");
      expect(await page.textContent("#confirm-address")).toBe("浙江省杭州市西湖区****");
      expect(await page.textContent("#confirm-amount")).toContain("100.00");
      expect(await cardState(card.cardNo)).toBe("sold");
      expect((await ledgerFigures(t.db, customer.customerNo)).balanceFen).toBe(0);
      await expectInViewport(page, "#confirm");
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, `recharge-confirm-${tag}`);

      await page.keyboard.press("Tab");
      expect(await activeId(page)).toBe("confirm-button");
      await page.keyboard.press("Enter");

      // The result: focused, announced (role=status), in view, and the receipt under it.
      await expect.poll(() => activeId(page)).toBe("result");
      expect(await page.getAttribute("#result", "role")).toBe("status");
      const result = await page.textContent("#result");
      expect(result).toContain(
        lang === "en" ? "100.00 yuan was added" : "已充值 100.00 元，当前余额 100.00 元",
      );
      await expectInViewport(page, "#result");
      expect(await page.textContent("#receipt-ref")).toMatch(/^rch_/);
      expect(await page.textContent("#receipt-time")).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
      expect(await page.textContent("#receipt-card")).toBe(
        `${card.cardNo.slice(0, 4)} **** **** ${card.cardNo.slice(-4)}`,
      );
      expect(await page.textContent("#receipt-name")).toBe("欧**月");
      expect(await page.textContent("#receipt-balance")).toContain("100.00");
      expect(await page.textContent("#receipt")).not.toContain(card.cardNo);
      expect((await ledgerFigures(t.db, customer.customerNo)).balanceFen).toBe(10_000);
      expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
        viewport.width,
      );
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, `recharge-receipt-${tag}`);

      // Printed, the receipt stands alone.
      await page.emulateMedia({ media: "print" });
      expect(await page.isVisible("#receipt")).toBe(true);
      expect(await page.isVisible(".bar")).toBe(false);
      expect(await page.isVisible("#print-button")).toBe(false);
      await shot(page, `recharge-receipt-print-${tag}`);
      await page.emulateMedia({ media: "screen" });

      // "Another card" goes back to the form, the customer number kept.
      await page.click("#another-button");
      expect(await activeId(page)).toBe("customerNo");
      expect(await page.inputValue("#customerNo")).toBe(customer.customerNo);
      expect(await page.inputValue("#pin")).toBe("");
      await page.close();
    });
  }

  it("a wrong PIN: the error is focused and in view at 1280 × 800, the fields are kept", async () => {
    const { customerNo } = await f.customer();
    const card = await f.card();
    const page = await open("/recharge", DESKTOP);
    await fill(page, { customerNo, cardNo: card.cardNo, pin: "0000000000000000" });
    await page.click("#next");
    await expect.poll(() => activeId(page)).toBe("confirm-title");
    await page.click("#confirm-button");
    await expect.poll(() => page.textContent("#error")).toContain("卡号、密码或户号有误");
    expect(await activeId(page)).toBe("error");
    expect(await page.getAttribute("#error", "role")).toBe("alert");
    await expectInViewport(page, "#error");
    expect(await page.inputValue("#customerNo")).toBe(customerNo);
    expect(await page.inputValue("#cardNo")).toBe(card.cardNo.replace(/(\d{4})(?=\d)/g, "$1 "));
    expect(await page.inputValue("#pin")).toBe("0000 0000 0000 0000");
    expect(await page.textContent("#result")).toBe("");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "recharge-error-zh-1280");
    await page.close();
  });

  it("with the phone keyboard open, an unknown 户号 is said in view, before anything is sent to the card", async () => {
    const card = await f.card();
    const page = await open("/en/recharge", PHONE_WITH_KEYBOARD);
    await fill(page, { customerNo: "9000000001", cardNo: card.cardNo, pin: card.pin });
    await page.focus("#pin");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("#error")).toContain("no such customer number");
    expect(await activeId(page)).toBe("error");
    await expectInViewport(page, "#error");
    expect(await page.getAttribute("#customerNo", "aria-invalid")).toBe("true");
    expect(await cardState(card.cardNo)).toBe("sold");
    await shot(page, "recharge-error-keyboard-en-360");
    await page.close();
  });

  it("a card closed online, a frozen card and a closed account say what to do, not 'check for typos'", async () => {
    const { customerNo } = await f.customer();
    const lockedOnline = await f.card();
    await t.db.query("UPDATE cards SET self_service_failed_pin_attempts = 5 WHERE card_no = $1", [
      lockedOnline.cardNo,
    ]);
    const page = await open("/recharge");
    await fill(page, { customerNo, cardNo: lockedOnline.cardNo, pin: lockedOnline.pin });
    await page.click("#next");
    await expect.poll(() => page.textContent("#error")).toContain("供电营业厅柜台");
    expect(await page.textContent("#error")).toContain("95598");
    expect(await page.textContent("#error")).not.toContain("核对后重试");
    await expectInViewport(page, "#error");
    await shot(page, "recharge-locked-zh-360");

    const closed = await f.customer();
    await t.db.query("UPDATE customers SET status = 'closed', closed_at = now() WHERE customer_no = $1", [
      closed.customerNo,
    ]);
    const card = await f.card();
    await fill(page, { customerNo: closed.customerNo, cardNo: card.cardNo, pin: card.pin });
    await page.click("#next");
    await expect.poll(() => page.textContent("#error")).toContain("已销户");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "recharge-closed-zh-360");
    await page.close();
  });

  it("an error code the page does not know gets the generic 'call 95598' with the request id", async () => {
    const { customerNo } = await f.customer();
    const card = await f.card();
    const page = await open("/en/recharge", DESKTOP);
    await page.route("**/v1/public/recharges", (route) =>
      route.fulfill({
        status: 409,
        contentType: "application/problem+json",
        body: JSON.stringify({ code: "something_new", status: 409, title: "x", requestId: "req_test_1" }),
      }),
    );
    await fill(page, { customerNo, cardNo: card.cardNo, pin: card.pin });
    await page.click("#next");
    await expect.poll(() => activeId(page)).toBe("confirm-title");
    await page.click("#confirm-button");
    await expect
      .poll(() => page.textContent("#error"))
      .toBe("The recharge did not go through. Please call 95598 and quote req_test_1.");
    await page.close();
  });

  it("checks a card from the link on the form: used (date, masked 户号), then a made-up number", async () => {
    const { customerNo } = await f.customer();
    const card = await f.card();
    const used = await fetch(
      `${server.url}/v1/public/recharges`,
      requestInit("POST", {
        idempotencyKey: crypto.randomUUID(),
        body: { customerNo, cardNo: card.cardNo, pin: card.pin },
      }),
    );
    expect(used.status).toBe(201);
    for (const [lang, viewport] of [
      ["zh-CN", PHONE],
      ["en", DESKTOP],
    ] as const) {
      const page = await open(LANGS[lang].path, viewport);
      await page.click(".aside-link a");
      await page.waitForURL(`${server.url}${LANGS[lang].path}/check`);
      await page.fill("#cardNo", card.cardNo);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.getAttribute("#check-result", "data-status")).toBe("used");
      const text = await page.textContent("#check-result");
      expect(text).toContain(`${customerNo.slice(0, 2)}******${customerNo.slice(-2)}`);
      expect(text).not.toContain(customerNo);
      expect(await activeId(page)).toBe("check-result");
      await expectInViewport(page, "#check-result");
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, `check-card-used-${LANGS[lang].tag}-${viewport.width}`);

      const fake = `${card.cardNo.slice(0, 15)}${(Number(card.cardNo.at(-1)) + 1) % 10}`;
      await page.fill("#cardNo", fake);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.getAttribute("#check-result", "data-status")).toBe("not_genuine");
      expect(await page.textContent("#check-status")).toContain(lang === "en" ? "Not genuine" : "不是正品");
      await shot(page, `check-card-fake-${LANGS[lang].tag}-${viewport.width}`);
      await page.close();
    }
  });

  it("lists the authorised outlets", async () => {
    for (const lang of ["zh-CN", "en"] as const) {
      const page = await open(`${LANGS[lang].path}/outlets`, lang === "en" ? DESKTOP : PHONE);
      await expect.poll(() => page.isVisible("#outlets")).toBe(true);
      expect(await page.textContent("#outlets tbody")).toContain("测试营业厅");
      expect(await page.textContent("#outlets tbody")).toContain("另一营业厅");
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, `outlets-${LANGS[lang].tag}`);
      await page.close();
    }
  });

  it("关怀版: larger type and targets, switched from the bar and remembered", async () => {
    const page = await open("/recharge");
    const inputHeight = async () => (await page.locator("#customerNo").boundingBox())?.height ?? 0;
    const fontSize = () =>
      page.evaluate<number>("parseFloat(getComputedStyle(document.querySelector('#customerNo')).fontSize)");
    const before = { height: await inputHeight(), font: await fontSize() };
    expect(await page.getAttribute("#care-toggle", "aria-pressed")).toBe("false");
    await page.click("#care-toggle");
    expect(await page.getAttribute("#care-toggle", "aria-pressed")).toBe("true");
    expect(await fontSize()).toBeGreaterThan(before.font);
    expect(await inputHeight()).toBeGreaterThan(before.height);
    await page.reload();
    expect(await page.getAttribute("html", "class")).toContain("care");
    expect(await page.getAttribute("#care-toggle", "aria-pressed")).toBe("true");
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
      PHONE.width,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "recharge-care-zh-360");
    await page.click("#care-toggle");
    await page.reload();
    expect((await page.getAttribute("html", "class")) ?? "").not.toContain("care");
    await page.close();
  });

  it("flags a mistyped card number as it is typed, before anything is sent", async () => {
    const card = await f.card();
    const last = Number(card.cardNo.at(-1));
    const mistyped = card.cardNo.slice(0, 15) + String((last + 1) % 10);
    const page = await open("/recharge");
    await page.fill("#cardNo", mistyped);
    await expect.poll(() => page.getAttribute("#cardNo", "aria-invalid")).toBe("true");
    expect(await page.textContent("#cardNo-check")).toContain("校验码不符");
    await page.click("#next");
    expect(await activeId(page)).toBe("customerNo");
    expect(await page.textContent("#customerNo-error")).toBe("户号应为 10 位数字。");
    await page.close();
  });

  it("tells a customer who tried too often when to try again and where else to go (429, Retry-After)", async () => {
    const { customerNo } = await f.customer();
    const card = await f.card();
    // Cards that do not exist: the address's limit runs down, this card and customer stay fresh.
    const refuse = () =>
      fetch(
        `${server.url}/v1/public/recharges`,
        requestInit("POST", {
          idempotencyKey: crypto.randomUUID(),
          body: { customerNo, cardNo: makeCardNo("39", randomInt(1, 2 ** 40)), pin: "2222222222222222" },
        }),
      );
    // Run the address's limit down from here (the browser's address too), then try once in the page.
    // Last of the tests that recharge: after it, this address is refused for the window.
    for (let i = 0; i < 10 && (await refuse()).status !== 429; i++);
    const page = await open("/recharge");
    await fill(page, { customerNo, cardNo: card.cardNo, pin: card.pin });
    await page.click("#next");
    await expect.poll(() => activeId(page)).toBe("confirm-title");
    await page.click("#confirm-button");
    await expect
      .poll(() => page.textContent("#error"))
      .toMatch(/尝试次数过多，为保护您的账户，请 \d+ (分钟|秒) 后再试。到营业厅柜台仍可充值/);
    await page.close();
  });

  it("loaded nothing from another site and broke no CSP rule", () => {
    expect(foreignRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
