import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestInit } from "../helpers/app.ts";
import { chromiumOnly, launchChromium, seriousA11yViolations } from "../helpers/chromium.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { ledgerFigures } from "../helpers/partners.ts";
import { startPortalServer } from "../helpers/site.ts";

/**
 * The public recharge page in a real Chromium, served with the API as `npm start` serves it:
 * a recharge made with the keyboard alone at phone width, the check digit judged while typing,
 * the errors a customer can meet, the English page, accessibility (axe-core), and the CSP — no
 * violation, and no request to any other origin.
 */
const chromium = chromiumOnly();
if (chromium.skip) console.warn(`\n[powercard tests] browser/recharge-page.test.ts ${chromium.reason}\n`);

const ARTIFACTS = fileURLToPath(new URL("../artifacts/", import.meta.url));
const PHONE = { width: 360, height: 780 };

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

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    return page;
  }

  /** Tabs from the top of the page until the given field has the focus: the keyboard's way. */
  async function tabTo(page: Page, id: string) {
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate<string | undefined>("document.activeElement?.id")) === id) return;
    }
    throw new Error(`Tab never reached #${id}`);
  }

  it("recharges a card with the keyboard alone at 360 px and shows the amount and the new balance", async () => {
    const { customerNo } = await f.customer({ name: "张小明" });
    const card = await f.card({ faceValueFen: 10_000 });
    const page = await open("/recharge");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");

    await tabTo(page, "customerNo");
    await page.keyboard.type(customerNo);
    await page.keyboard.press("Tab");
    await page.keyboard.type(card.cardNo);
    // Grouped as printed, and judged by its check digit as it is typed.
    expect(await page.inputValue("#cardNo")).toBe(card.cardNo.replace(/(\d{4})(?=\d)/g, "$1 "));
    await expect.poll(() => page.textContent("#cardNo-check")).toBe("卡号格式正确。");
    await page.keyboard.press("Tab");
    await page.keyboard.type(card.pin);
    await page.keyboard.press("Enter");

    await expect.poll(() => page.textContent("#result")).toContain("充值成功");
    const result = await page.textContent("#result");
    expect(result).toContain(`户号 ${customerNo}（张*明）已充值 100.00 元，当前余额 100.00 元`);
    expect((await ledgerFigures(t.db, customerNo)).balanceFen).toBe(10_000);

    // Fits a 360 px phone: nothing wider than the screen. The screenshot is kept as an artifact.
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
      PHONE.width,
    );
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}recharge-360.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("flags a mistyped card number as it is typed, before anything is sent", async () => {
    const card = await f.card();
    const last = Number(card.cardNo.at(-1));
    const mistyped = card.cardNo.slice(0, 15) + String((last + 1) % 10);
    const page = await open("/recharge");
    await page.fill("#cardNo", mistyped);
    await expect.poll(() => page.getAttribute("#cardNo", "aria-invalid")).toBe("true");
    expect(await page.textContent("#cardNo-check")).toContain("校验码不符");
    await page.click("button[type=submit]");
    expect(await page.evaluate<string | undefined>("document.activeElement?.id")).toBe("customerNo");
    expect(await page.textContent("#customerNo-error")).toBe("户号应为 10 位数字。");
  });

  it("shows a clear error for a wrong PIN, and axe finds nothing serious on the error state", async () => {
    const { customerNo } = await f.customer();
    const card = await f.card();
    const page = await open("/recharge");
    await page.fill("#customerNo", customerNo);
    await page.fill("#cardNo", card.cardNo);
    await page.fill("#pin", "0000000000000000");
    await page.click("button[type=submit]");
    await expect.poll(() => page.textContent("#error")).toContain("卡号、密码或户号有误");
    expect(await page.getAttribute("#error", "role")).toBe("alert");
    expect(await page.textContent("#result")).toBe("");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("switches to English, and the English page speaks English", async () => {
    const page = await open("/recharge");
    await page.click("text=English");
    await page.waitForURL(`${server.url}/en/recharge`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("Recharge an electricity card");
    expect(await page.textContent("label[for=cardNo]")).toBe("Card number");

    const { customerNo } = await f.customer();
    const card = await f.card();
    await page.fill("#customerNo", customerNo);
    await page.fill("#cardNo", card.cardNo);
    await page.fill("#pin", "1111111111111111");
    await page.click("button[type=submit]");
    await expect
      .poll(() => page.textContent("#error"))
      .toContain("the PIN or the customer number is not right");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.click("text=中文");
    await page.waitForURL(`${server.url}/recharge`);
  });

  it("tells a customer who tried too often when to try again (429, Retry-After)", async () => {
    const { customerNo } = await f.customer();
    const card = await f.card();
    const refuse = () =>
      fetch(
        `${server.url}/v1/public/recharges`,
        requestInit("POST", {
          idempotencyKey: crypto.randomUUID(),
          body: { customerNo, cardNo: card.cardNo, pin: "2222222222222222" },
        }),
      );
    // Run the limit down from here (same address as the browser), then try once in the page.
    for (let i = 0; i < 10 && (await refuse()).status !== 429; i++);
    const page = await open("/recharge");
    await page.fill("#customerNo", customerNo);
    await page.fill("#cardNo", card.cardNo);
    await page.fill("#pin", card.pin);
    await page.click("button[type=submit]");
    await expect
      .poll(() => page.textContent("#error"))
      .toMatch(/尝试次数过多，为保护您的账户，请 \d+ (分钟|秒) 后再试。/);
  });

  it("loaded nothing from another site and broke no CSP rule", () => {
    expect(foreignRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
