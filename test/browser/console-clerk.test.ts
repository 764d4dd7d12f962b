import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumOnly, launchChromium, seriousA11yViolations } from "../helpers/chromium.ts";
import {
  activeId,
  activeText,
  shot,
  signIn,
  tabTo as tabToText,
  type WatchedBrowser,
  watchBrowser,
} from "../helpers/console-browser.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { ledgerFigures } from "../helpers/partners.ts";
import { startPortalServer } from "../helpers/site.ts";

/**
 * The counter clerk's day in the staff console (/console), in a real Chromium, served with the API
 * as `npm start` serves it: sign in, sell 100 cards (one range) and recharge two of them with the
 * keyboard alone, the masked name shown before money moves, a retry after a lost answer that does
 * not move money twice, the receipt's print stylesheet, today's sales, English, sign-out; the
 * session's refresh cookie and its renewal; a disabled user told so; axe; the CSP.
 */
const chromium = chromiumOnly();
if (chromium.skip) console.warn(`\n[powercard tests] browser/console-clerk.test.ts ${chromium.reason}\n`);

const COOKIE = "__Secure-powercard-refresh";
/** The cookie is scoped to the refresh route: only that URL sees it. */
const refreshCookie = async (ctx: BrowserContext) =>
  (await ctx.cookies(`${server.url}/v1/auth/refresh`)).find((c) => c.name === COOKIE);

let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let watch: WatchedBrowser;
let context: BrowserContext;
let clerk: Awaited<ReturnType<Fixtures["staff"]>>;
let range: Awaited<ReturnType<Fixtures["cardRange"]>>;
/** What the clerk pressed on the sale and recharge screens: keys only, never the mouse. */
const presses = { keys: 0, scans: 0 };
/** The presses up to the first recharge's result: "sell 100 cards and recharge one". */
let sellAndRechargeOne = { keys: 0, scans: 0 };

const watched = (viewport?: { width: number; height: number }, locale?: string) =>
  watch.context(viewport, locale);
const open = (ctx: BrowserContext, path: string) => watch.open(ctx, path);
const tabTo = (page: Page, text: string) =>
  tabToText(page, text, () => {
    presses.keys++;
  });

/** A scanner: the digits, then Enter. */
async function scan(page: Page, digits: string) {
  await page.keyboard.type(digits);
  await page.keyboard.press("Enter");
  presses.scans++;
}

/** Typed by hand: one key per character, then Enter. */
async function typeAndEnter(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  presses.keys += text.length + 1;
}

const cardState = async (cardNo: string) =>
  (await t.db.query<{ state: string }>("SELECT state FROM cards WHERE card_no = $1", [cardNo]))[0]?.state;

describe.skipIf(chromium.skip)("staff console: the counter clerk's day", () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    f = await Fixtures.create(t.db);
    clerk = await f.staff(["clerk"], { unitId: f.outletId });
    // 100 cards of 50 元 in the outlet's stock, handed to this clerk.
    range = await f.cardRange(100, { faceValueFen: 5_000, holderUserId: clerk.id });
    server = await startPortalServer(t.db);
    browser = await launchChromium();
    watch = watchBrowser(browser, server.url);
    context = await watched();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.close();
  });

  let page: Page;

  it("signs in with the keyboard; the refresh token is an httpOnly, Secure, SameSite=Strict cookie of the refresh route", async () => {
    page = await open(context, "/console/");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await expect.poll(() => page.textContent("h2")).toBe("员工登录");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-signin-zh");

    await signIn(page, clerk);
    // The header names the person; the username is secondary (and the tooltip).
    await expect.poll(() => page.textContent("[data-testid=user]")).toBe(`测试 clerk (${clerk.username})`);
    expect(await page.getAttribute("[data-testid=user]", "title")).toBe(clerk.username);
    expect(await page.textContent(".pc-header .pc-label")).toBe("单位：");
    expect(await page.textContent("[data-testid=unit]")).toBe("测试营业厅");
    expect(await page.textContent("[data-testid=roles]")).toBe("营业员");
    // A clerk's navigation: the clerk's screens, nothing of funds or settlement.
    expect(await page.locator("nav.pc-nav a").allTextContents()).toEqual([
      "首页",
      "售卡",
      "柜台充值",
      "当日售卡",
      "当日充值",
      "分发领用",
      "冲正申请",
      "退费申请",
      "修改密码",
    ]);

    expect((await context.cookies(server.url)).map((c) => c.name)).not.toContain(COOKIE);
    expect(await refreshCookie(context)).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: "Strict",
      path: "/v1/auth/refresh",
    });
    // The page's script cannot read it, and nothing of the session is left in storage.
    expect(await page.evaluate("document.cookie")).toBe("");
    expect(
      await page.evaluate("JSON.stringify(localStorage) + JSON.stringify(sessionStorage)"),
    ).not.toContain("rt_");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-home-zh");
  });

  it("sells 100 cards by scanning the first and the last, keyboard only", async () => {
    await tabTo(page, "售卡");
    await page.keyboard.press("Enter");
    presses.keys++;
    await expect.poll(() => activeId(page)).toBe("firstCardNo");
    await scan(page, range.firstCardNo);
    expect(await activeId(page)).toBe("lastCardNo");
    // Grouped 4-4-4-4 as printed.
    expect(await page.inputValue("#firstCardNo")).toBe(range.firstCardNo.replace(/(\d{4})(?=\d)/g, "$1 "));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-sell-zh");
    await scan(page, range.lastCardNo);

    await expect.poll(() => page.textContent("[data-testid=sale-count]")).toBe("100");
    expect(await page.textContent("[data-testid=sale-amount]")).toBe("5000.00");

    const [sale] = await t.db.query<{ card_count: number; amount_fen: string; clerk_id: string }>(
      "SELECT card_count, amount_fen, clerk_id FROM card_sales WHERE first_card_no = $1",
      [range.firstCardNo],
    );
    expect(sale).toEqual({ card_count: 100, amount_fen: expect.anything(), clerk_id: clerk.id });
    expect(Number(sale?.amount_fen)).toBe(500_000);
    const states = await t.db.query<{ state: string; n: number }>(
      "SELECT state, count(*)::int AS n FROM cards WHERE card_no BETWEEN $1 AND $2 GROUP BY state",
      [range.firstCardNo, range.lastCardNo],
    );
    expect(states).toEqual([{ state: "sold", n: 100 }]);
    // The outlet owes the 5000 元 against the card float.
    const [cash] = await t.db.query<{ owed: string }>(
      "SELECT COALESCE(sum(amount_fen), 0) AS owed FROM ledger_entries WHERE account = 'outlet_card_cash' AND owner = $1",
      [f.outletId],
    );
    expect(Number(cash?.owed)).toBe(500_000);
  });

  it("prints the sale's receipt: the print stylesheet shows the receipt alone, on an 80 mm page", async () => {
    // The print dialog is the browser's; count the calls instead (the test's code, not the page's).
    await page.evaluate("window.printed = 0; window.print = () => { window.printed++; }");
    // The print button has the focus after a sale: Enter prints.
    expect((await activeText(page)).replace(/\s/g, "")).toBe("打印凭条");
    await page.keyboard.press("Enter");
    expect(await page.evaluate("window.printed")).toBe(1);

    await page.emulateMedia({ media: "print" });
    type Computed = { visibility: string; page: string } | null;
    const styles = await page.evaluate<{ receipt: Computed; header: Computed; nav: Computed }>(`(() => {
      const of = (selector) => {
        const el = document.querySelector(selector);
        if (!el) return null;
        const s = getComputedStyle(el);
        return { visibility: s.visibility, page: s.page ?? "" };
      };
      return { receipt: of(".pc-receipt"), header: of(".pc-header"), nav: of(".pc-nav") };
    })()`);
    expect(styles.receipt).toEqual({ visibility: "visible", page: "slip" });
    expect(styles.header?.visibility).toBe("hidden");
    expect(styles.nav?.visibility).toBe("hidden");
    expect(await page.textContent(".pc-receipt")).toContain("售卡凭条");
    expect(await page.textContent(".pc-receipt")).toContain("¥5000.00");
    await shot(page, "console-receipt-print-zh");
    await page.emulateMedia({ media: "screen" });
  });

  it("recharges a card at the counter: the masked name comes BEFORE any money moves", async () => {
    const customer = await f.customer({ name: "张小明" });
    const cardNo = range.cardNos[0] as string;
    await tabTo(page, "柜台充值");
    await page.keyboard.press("Enter");
    presses.keys++;
    await expect.poll(() => activeId(page)).toBe("customerNo");
    await typeAndEnter(page, customer.customerNo);

    await expect.poll(() => page.textContent("[data-testid=customer-name]")).toBe("张*明");
    // The name is on the screen and nothing has moved yet.
    expect((await ledgerFigures(t.db, customer.customerNo)).balanceFen).toBe(0);
    expect(await cardState(cardNo)).toBe("sold");
    await expect.poll(() => activeId(page)).toBe("cardNo");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-recharge-preview-zh");

    await scan(page, cardNo);
    expect(await activeId(page)).toBe("pin");
    await typeAndEnter(page, range.pins[0] as string);

    await expect.poll(() => page.textContent("[data-testid=recharge-amount]")).toBe("50.00");
    expect(await page.textContent("[data-testid=recharge-balance]")).toBe("50.00");
    expect(await page.textContent(".pc-receipt")).toContain("张*明");
    expect(await ledgerFigures(t.db, customer.customerNo)).toMatchObject({
      balanceFen: 5_000,
      prepaidFen: 5_000,
    });
    expect(await cardState(cardNo)).toBe("used");
    const [row] = await t.db.query<{ channel: string; clerk_id: string }>(
      "SELECT channel, clerk_id FROM recharges WHERE card_no = $1",
      [cardNo],
    );
    expect(row).toEqual({ channel: "counter", clerk_id: clerk.id });
    sellAndRechargeOne = { ...presses };
  });

  it("a retry after a lost answer sends the same Idempotency-Key: the second card moves money once", async () => {
    const customer = await f.customer({ name: "欧阳明月" });
    const cardNo = range.cardNos[1] as string;
    await tabTo(page, "下一位客户");
    await page.keyboard.press("Enter");
    presses.keys++;
    await expect.poll(() => activeId(page)).toBe("customerNo");
    await typeAndEnter(page, customer.customerNo);
    await expect.poll(() => page.textContent("[data-testid=customer-name]")).toBe("欧**月");
    await scan(page, cardNo);

    // The first answer is lost on the way back (the server did the recharge); the clerk sees a
    // network error and presses Enter again.
    const keys: string[] = [];
    let dropped = false;
    await page.route("**/v1/recharges", async (route) => {
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      const response = await route.fetch();
      if (!dropped) {
        dropped = true;
        await route.abort("connectionreset");
      } else await route.fulfill({ response });
    });
    await typeAndEnter(page, range.pins[1] as string);
    await expect.poll(() => page.getAttribute("[role=alert]", "data-code")).toBe("network");
    expect(await page.textContent("[role=alert]")).toContain("重试不会重复扣款");
    await page.keyboard.press("Enter");
    presses.keys++;

    await expect.poll(() => page.textContent("[data-testid=recharge-balance]")).toBe("50.00");
    await page.unroute("**/v1/recharges");
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await ledgerFigures(t.db, customer.customerNo)).toMatchObject({
      balanceFen: 5_000,
      prepaidFen: 5_000,
    });
    const [count] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM recharges WHERE card_no = $1",
      [cardNo],
    );
    expect(count?.n).toBe(1);
  });

  it("a card the preview refuses (already used) is stopped before the PIN, with its value shown", async () => {
    const customer = await f.customer({ name: "李四光" });
    const used = await f.card({ faceValueFen: 10_000 });
    await t.db.query(
      "UPDATE cards SET state = 'used', used_by_customer_no = $2, used_by_recharge_id = 'rch_x', used_at = now() WHERE card_no = $1",
      [used.cardNo, customer.customerNo],
    );
    await tabTo(page, "下一位客户");
    await page.keyboard.press("Enter");
    await expect.poll(() => activeId(page)).toBe("customerNo");
    await typeAndEnter(page, customer.customerNo);
    await expect.poll(() => page.textContent("[data-testid=customer-name]")).toBe("李*光");
    // Scanned like the others, but outside the day's tally of scans the last test checks.
    await page.keyboard.type(used.cardNo);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getAttribute("[role=alert]", "data-code")).toBe("card_already_used");
    expect(await page.textContent("[data-testid=card-value]")).toBe("100.00");
    await page.keyboard.type(used.pin);
    expect(await page.isDisabled("button.ant-btn-primary:has-text('确认充值')")).toBe(true);
    expect(await cardState(used.cardNo)).toBe("used");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-recharge-refused-zh");
  });

  it("lists today's sales with their total", async () => {
    await tabTo(page, "当日售卡");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("[data-testid=total-cards]")).toBe("100");
    expect(await page.textContent("[data-testid=total-amount]")).toBe("5000.00");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-sales-zh");
  });

  it("lists the clerk's own recharges of the day and reprints a receipt, keyboard only", async () => {
    await tabTo(page, "当日充值");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("[data-testid=total-amount]")).toBe("100.00");
    const mine = await t.db.query<{ id: string; card_no: string }>(
      "SELECT id, card_no FROM recharges WHERE clerk_id = $1 ORDER BY created_at",
      [clerk.id],
    );
    expect(mine).toHaveLength(2);
    expect(await page.locator(".ant-table-tbody tr.ant-table-row").count()).toBe(2);
    expect(await page.textContent(".ant-table-tbody")).toContain("张*明");
    const first = mine[0] as { id: string; card_no: string };
    await page.evaluate("window.printed = 0; window.print = () => { window.printed++; }");
    await tabTo(page, `补打凭条 ${first.id}`);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent(".pc-receipt")).toContain(first.id);
    const receipt = (await page.textContent(".pc-receipt")) ?? "";
    expect(receipt).toContain("充值凭条");
    expect(receipt).toContain("张*明");
    expect(receipt).toContain("¥50.00");
    expect(receipt).toContain("测试 clerk");
    // The print button takes the focus: Enter prints.
    await expect.poll(async () => (await activeText(page)).replace(/\s/g, "")).toBe("打印凭条");
    await page.keyboard.press("Enter");
    expect(await page.evaluate("window.printed")).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-recharges-zh");
  });

  it("changes the clerk's password with the keyboard: other sessions end, this one goes on", async () => {
    const NEW_PASSWORD = "a-new-long-password-2026";
    // Another session of the same clerk (another terminal), which the change must end.
    const other = await fetch(`${server.url}/v1/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: clerk.username, password: clerk.password }),
    });
    const otherPair = (await other.json()) as { refreshToken: string };
    await tabTo(page, "修改密码");
    await page.keyboard.press("Enter");
    await expect.poll(() => activeId(page)).toBe("currentPassword");
    await page.keyboard.type(clerk.password);
    // The visibility toggle of a password field is not a tab stop: Tab goes to the next field.
    await page.keyboard.press("Tab");
    expect(await activeId(page)).toBe("newPassword");
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press("Tab");
    expect(await activeId(page)).toBe("repeatPassword");
    await page.keyboard.type("a-different-password");
    await expect.poll(() => page.textContent(".ant-form-item-explain")).toBe("两次输入的新密码不一致");
    await page.keyboard.press("Control+A");
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("[data-testid=password-done]")).toContain("密码已修改");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-password-zh");

    const [row] = await t.db.query<{ changed: boolean }>(
      "SELECT password_changed_at > now() - interval '5 minutes' AS changed FROM staff_users WHERE id = $1",
      [clerk.id],
    );
    expect(row?.changed).toBe(true);
    const refreshOther = await fetch(`${server.url}/v1/auth/refresh`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ refreshToken: otherPair.refreshToken }),
    });
    expect(refreshOther.status).toBe(401);
    clerk.password = NEW_PASSWORD;
    // This session goes on: a reload resumes it from the cookie, no sign-in.
    await page.reload();
    await expect.poll(() => page.textContent("[data-testid=roles]")).toBe("营业员");
    await tabTo(page, "当日售卡");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("[data-testid=total-amount]")).toBe("5000.00");
  });

  it("switches to English and the session carries over through the cookie", async () => {
    await page.click("text=English");
    await page.waitForURL(`${server.url}/en/console/#/sales`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expect.poll(() => page.textContent("[data-testid=roles]")).toBe("Counter clerk");
    await expect.poll(() => page.textContent("[data-testid=total-amount]")).toBe("5000.00");
    expect(await page.textContent("h1")).toBe("Today's sales");
    // A half-width colon in English.
    expect(await page.textContent(".pc-header .pc-label")).toBe("Unit: ");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-sales-en");
    await page.click("nav.pc-nav >> text=Counter recharge");
    await expect.poll(() => activeId(page)).toBe("customerNo");
    await shot(page, "console-recharge-en");
  });

  it("signs out: the cookie is gone, the session revoked, a reload shows the sign-in", async () => {
    const ended = page.waitForResponse(
      (r) => r.url().endsWith("/v1/auth/refresh") && r.request().method() === "DELETE",
    );
    await page.click("text=Sign out");
    expect((await ended).status()).toBe(204);
    await expect.poll(() => page.textContent("h2")).toBe("Staff sign-in");
    expect(await refreshCookie(context)).toBeUndefined();
    const [live] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL",
      [clerk.id],
    );
    expect(live?.n).toBe(0);
    await page.reload();
    await expect.poll(() => page.textContent("h2")).toBe("Staff sign-in");
  });

  it("tells a disabled user, in words, that the account may be locked or disabled", async () => {
    const disabled = await f.staff(["clerk"], { unitId: f.outletId });
    await t.db.query("UPDATE staff_users SET status = 'disabled' WHERE id = $1", [disabled.id]);
    const fresh = await open(context, "/console/");
    await signIn(fresh, disabled);
    await expect.poll(() => fresh.getAttribute("[role=alert]", "data-code")).toBe("invalid_credentials");
    expect(await fresh.textContent("[role=alert]")).toContain("账号已被锁定或停用");
    expect(await seriousA11yViolations(fresh)).toEqual([]);
    await shot(fresh, "console-signin-refused-zh");
  });

  it("renews the session before the access token expires (the renewal timer fires)", async () => {
    const ctx = await watched();
    await ctx.clock.install();
    const tab = await open(ctx, "/console/");
    await signIn(tab, clerk);
    await expect.poll(() => tab.textContent("[data-testid=user]")).toBe(`测试 clerk (${clerk.username})`);

    const renewals: string[] = [];
    tab.on("response", async (response) => {
      if (response.url().endsWith("/v1/auth/refresh") && response.request().method() === "POST") {
        renewals.push(
          response.status() === 200 ? ((await response.json()) as { accessToken: string }).accessToken : "",
        );
      }
    });
    // Nine and a half minutes later (the access token lives ten): renewed, without a sign-in.
    await tab.clock.fastForward("09:30");
    await expect.poll(() => renewals.length).toBe(1);
    expect(renewals[0]).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    // The next call carries the renewed token.
    const sent = tab.waitForRequest((r) => r.url().includes("/v1/card-sales"));
    await tab.click("nav.pc-nav >> text=当日售卡");
    expect((await sent).headers().authorization).toBe(`Bearer ${renewals[0]}`);
    // Headroom for a machine shared with other work (it once took over a minute there), not speed.
    await expect
      .poll(() => tab.textContent("[data-testid=total-amount]"), { timeout: 240_000 })
      .toBe("5000.00");
    await ctx.close();
  });

  it("shows a card admin none of the clerk's screens (only their own and the password change)", async () => {
    const admin = await f.staff(["card_admin"], { unitId: f.cityId });
    const ctx = await watched();
    const tab = await open(ctx, "/console/#/sell");
    await signIn(tab, admin);
    await expect.poll(() => tab.textContent("[data-testid=roles]")).toBe("卡管员");
    // The card admin's own screens, in the navigation's order; none of the clerk's.
    expect(await tab.locator("nav.pc-nav a").allTextContents()).toEqual([
      "首页",
      "制卡申请",
      "到货入库",
      "分发领用",
      "卡片冻结与报废",
      "库存统计",
      "卡片查询",
      "审批待办",
      "报表",
      "修改密码",
    ]);
    // The hash names the sell screen; it is not the card admin's, so the home page shows.
    expect(await tab.textContent("h1")).toBe("今日工作");
    await ctx.close();
  });

  it("took the clerk few key presses, loaded nothing from another site and broke no CSP rule", () => {
    console.info(
      `[console-clerk] keyboard only, no mouse: sell 100 + recharge one = ${sellAndRechargeOne.scans} scans + ` +
        `${sellAndRechargeOne.keys} key presses; sell 100 + recharge two (one retried) = ${presses.scans} scans + ` +
        `${presses.keys} key presses`,
    );
    expect(presses.scans).toBe(4);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
