import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/app.ts";
import { chromiumOnly, launchChromium, seriousA11yViolations } from "../helpers/chromium.ts";
import { shot, signIn, type WatchedBrowser, watchBrowser } from "../helpers/console-browser.ts";
import { balanceOf, counterRecharge } from "../helpers/corrections.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { startPortalServer } from "../helpers/site.ts";

/**
 * Corrections in the staff console, in a real Chromium: a clerk looks up a recharge to the wrong
 * 户号 by its card number, sees both masked names, submits the 冲正申请; a fund administrator
 * sees the case's facts in 审批待办 and approves it; the money is where the screens said. Then a
 * 退费申请 for a closed account, approved the same way; and the screens in English.
 */
const chromium = chromiumOnly();
if (chromium.skip)
  console.warn(`\n[powercard tests] browser/console-corrections.test.ts ${chromium.reason}\n`);

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;

let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let watch: WatchedBrowser;
let clerk: Staff;
let checker: Staff;
let wrong: string;
let right: string;
let closed: string;
let cardNo: string;

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? "").trim();

async function openAs(who: Staff, hash: string, locale = "zh-CN") {
  const ctx = await watch.context(undefined, locale);
  const page = await watch.open(ctx, `/console/#/${hash}`);
  await signIn(page, who);
  await expect.poll(() => text(page, "[data-testid=user]")).toContain(who.username);
  return page;
}

describe.skipIf(chromium.skip)("staff console: reversal and refund requests", () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    f = await Fixtures.create(t.db);
    clerk = await f.staff(["clerk"], { unitId: f.outletId });
    checker = await f.staff(["fund_admin"], { unitId: f.cityId });
    wrong = (await f.customer({ name: "欧阳小月" })).customerNo;
    right = (await f.customer({ name: "张小明" })).customerNo;
    closed = (await f.customer({ name: "李四光" })).customerNo;
    const app = buildApp(t.db);
    const counter = await f.client("counter");
    cardNo = (await counterRecharge(app, f, counter.apiKey, wrong, 5_000)).card.cardNo;
    await counterRecharge(app, f, counter.apiKey, closed, 3_250);
    await t.db.query("UPDATE customers SET status = 'closed', closed_at = now() WHERE customer_no = $1", [
      closed,
    ]);
    server = await startPortalServer(t.db);
    browser = await launchChromium();
    watch = watchBrowser(browser, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.close();
  });

  it("the clerk opens a 冲正申请 after seeing both masked names; the fund administrator approves it with its facts", async () => {
    const page = await openAs(clerk, "reversal-cases");
    await page.fill("#rvc-ref", cardNo);
    await page.fill("#rvc-to", right);
    await page.press("#rvc-to", "Enter");
    await expect.poll(() => text(page, "[data-testid=from-name]")).toBe("欧**月");
    expect(await text(page, "[data-testid=to-name]")).toBe("张*明");
    await page.fill("#rvc-reason", "客户输错户号");
    await page.fill("#rvc-evidence", "核对充值小票与正确户号电费单");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-corrections-reversal-zh");
    await page.getByRole("button", { name: "提交冲正申请" }).click();
    await expect.poll(() => text(page, "[data-testid=reversal-notice]")).toContain("等待资金管理员审批");
    await expect
      .poll(() => page.locator("[data-testid=reversal-cases] tbody tr", { hasText: "待审批" }).count())
      .toBe(1);
    expect(await balanceOf(t.db, wrong)).toBe(5_000);
    await shot(page, "console-corrections-cases-zh");

    const inbox = await openAs(checker, "approvals");
    const row = inbox.locator("tr", { hasText: "冲正" });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole("button").click();
    await expect.poll(() => text(inbox, "[data-testid=correction-facts]")).toContain("欧**月");
    expect(await text(inbox, "[data-testid=correction-facts]")).toContain("核对充值小票与正确户号电费单");
    expect(await seriousA11yViolations(inbox)).toEqual([]);
    await shot(inbox, "console-corrections-approve-zh");
    await inbox.getByRole("button", { name: /^批\s*准$/ }).click();
    await expect.poll(() => text(inbox, "[data-testid=approvals-notice]")).not.toBe("");
    expect(await balanceOf(t.db, wrong)).toBe(0);
    expect(await balanceOf(t.db, right)).toBe(5_000);
  });

  it("the clerk opens a 退费申请 for a closed account; once approved its balance is 0, and the fund administrator records its payout", async () => {
    const page = await openAs(clerk, "refund-cases");
    await page.fill("#rfc-customer", closed);
    await page.fill("#rfc-bank", "6222021234567890123");
    await page.fill("#rfc-reference", "TF20261203-0001");
    await page.fill("#rfc-reason", "客户销户，退还余额");
    await page.getByRole("button", { name: "提交退费申请" }).click();
    await expect.poll(() => text(page, "[data-testid=refund-notice]")).toContain("等待资金管理员审批");
    await expect.poll(() => text(page, "[data-testid=refund-cases]")).toContain("***************0123");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-corrections-refund-zh");

    const inbox = await openAs(checker, "approvals");
    const row = inbox.locator("tr", { hasText: "销户退费" });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole("button").click();
    await expect.poll(() => text(inbox, "[data-testid=correction-facts]")).toContain("李*光");
    await inbox.getByRole("button", { name: /^批\s*准$/ }).click();
    await expect.poll(() => text(inbox, "[data-testid=approvals-notice]")).not.toBe("");
    expect(await balanceOf(t.db, closed)).toBe(0);

    // The money left by bank transfer: the fund administrator records its reference (退费支付).
    const cases = await openAs(checker, "refund-cases");
    const voucher = cases.getByRole("textbox", { name: `银行转账流水号或现金付款凭证号 ${closed}` });
    await expect.poll(() => voucher.count()).toBe(1);
    await voucher.fill("BOC20261204-88231907");
    await cases.getByRole("button", { name: "登记付款" }).click();
    await expect.poll(() => text(cases, "[data-testid=refund-cases]")).toContain("BOC20261204-88231907");
    const [paid] = await t.db.query<{ voucher: string; by: string }>(
      "SELECT payout_voucher AS voucher, paid_out_by AS by FROM refund_cases WHERE customer_no = $1",
      [closed],
    );
    expect(paid).toEqual({ voucher: "BOC20261204-88231907", by: checker.id });
    expect(await seriousA11yViolations(cases)).toEqual([]);
    await shot(cases, "console-corrections-payout-zh");
  });

  it("reads in English, and the console loaded nothing from elsewhere and broke no CSP rule", async () => {
    const page = await openAs(clerk, "reversal-cases");
    await page.click("text=English");
    await page.waitForURL(`${server.url}/en/console/#/reversal-cases`);
    await expect.poll(() => page.textContent("main")).toContain("Reversal cases");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-corrections-reversal-en");
    await page.click("nav.pc-nav >> text=Refund request");
    await expect.poll(() => page.textContent("main")).toContain("Refund cases");
    await shot(page, "console-corrections-refund-en");
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
