import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { chromiumOnly, launchChromium, seriousA11yViolations } from "../helpers/chromium.ts";
import { shot, signIn, type WatchedBrowser, watchBrowser } from "../helpers/console-browser.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { sellAt } from "../helpers/funds.ts";
import { currentBusinessDay } from "../helpers/settlement.ts";
import { startPortalServer } from "../helpers/site.ts";

/**
 * The fund administrator's reports in the staff console, in a real Chromium: the unit dashboard
 * (ECharts under the strict CSP) shows the figures the database holds; a report is shown as a
 * table and downloaded as XLSX, which parses with Chinese headers and 元 amounts; English; axe.
 */
const chromium = chromiumOnly();
if (chromium.skip) console.warn(`\n[powercard tests] browser/console-reports.test.ts ${chromium.reason}\n`);

let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let watch: WatchedBrowser;
let context: BrowserContext;
let funds: Awaited<ReturnType<Fixtures["staff"]>>;
let page: Page;
const today = currentBusinessDay();

const yuan = (fen: number) => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
const one = async (sql: string, params: unknown[] = []) =>
  Number((await t.db.query<{ v: string | number | null }>(sql, params))[0]?.v ?? 0);

describe.skipIf(chromium.skip)("staff console: reports and the unit dashboard", () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    f = await Fixtures.create(t.db);
    const app = buildApp(t.db);
    funds = await f.staff(["fund_admin"], { unitId: f.cityId });
    // Today at the city's outlet: 4 cards of 123.45 元 sold, two recharged (counter, web), one remittance declared.
    const sold = await sellAt(app, f, f.outletId, 4, { faceValueFen: 12_345 });
    const customer = await f.customer();
    for (const [i, channel] of (["counter", "web"] as const).entries()) {
      const key = (await f.client(channel)).apiKey;
      const card = { cardNo: sold.cardNos[i] ?? "", pin: sold.pins[i] ?? "" };
      const res = await postRecharge(apiClient(app, { apiKey: key }), {
        ...card,
        customerNo: customer.customerNo,
      });
      expect(res.status).toBe(201);
    }
    const declared = await app.request(
      "/v1/remittances",
      requestInit("POST", {
        token: funds.token,
        idempotencyKey: `browser-${Math.random()}`,
        body: { outletUnitId: f.outletId, businessDate: today, amountFen: 30_000, bankReference: "BR-1" },
      }),
    );
    expect(declared.status).toBe(201);
    server = await startPortalServer(t.db);
    browser = await launchChromium();
    watch = watchBrowser(browser, server.url);
    context = await watch.context();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.close();
  });

  it("the fund administrator's navigation has the dashboard and the reports", async () => {
    page = await watch.open(context, "/console/");
    await signIn(page, funds);
    await expect.poll(() => page.textContent("[data-testid=user]")).toContain(funds.username);
    const nav = await page.locator("nav.pc-nav a").allTextContents();
    expect(nav).toContain("单位看板");
    expect(nav).toContain("报表");
    expect(nav).not.toContain("售卡");
  });

  it("the dashboard shows today's figures as the database holds them, charts drawn, with tables beside", async () => {
    await page.click("nav.pc-nav >> text=单位看板");
    await expect.poll(() => page.textContent("[data-testid=dashboard-date]")).toBe(today);
    const sales = await one("SELECT sum(amount_fen) AS v FROM card_sales WHERE business_date = $1", [today]);
    const recharged = await one(
      "SELECT sum(amount_fen) AS v FROM ledger_entries WHERE account = 'customer_prepaid' AND owner = $1",
      [
        (await t.db.query<{ customer_no: string }>("SELECT customer_no FROM recharges LIMIT 1"))[0]
          ?.customer_no,
      ],
    );
    const float = await one(
      "SELECT sum(b.face_value_fen) AS v FROM cards c JOIN card_batches b ON b.id = c.batch_id WHERE c.state = 'sold'",
    );
    const open = await one("SELECT sum(amount_fen) AS v FROM remittances WHERE state = 'declared'");
    expect([sales, -recharged, float, open]).toEqual([49_380, 24_690, 24_690, 30_000]);
    await expect.poll(() => page.textContent("[data-testid=stat-sales]")).toBe(yuan(sales));
    expect(await page.textContent("[data-testid=stat-recharges]")).toBe(yuan(-recharged));
    expect(await page.textContent("[data-testid=stat-float]")).toBe(yuan(float));
    expect(await page.textContent("[data-testid=stat-open]")).toBe(yuan(open));
    // ECharts drew on canvas (under the CSP), and each chart has its table.
    for (const chart of ["chart-sales", "chart-channels", "chart-aging"]) {
      expect(await page.locator(`[data-testid=${chart}] canvas`).count()).toBeGreaterThan(0);
      expect(await page.getAttribute(`[data-testid=${chart}]`, "role")).toBe("img");
    }
    expect(await page.locator("td", { hasText: "95598 网站" }).count()).toBe(1);
    expect(await page.locator("td", { hasText: "300.00" }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-reports-dashboard-zh");
  });

  it("a report shows as a table, then downloads as XLSX that parses with Chinese headers and 元", async () => {
    await page.click("nav.pc-nav >> text=报表");
    await page.click("[data-testid=show-report]");
    await expect.poll(() => page.textContent("[data-testid=total-amountFen]")).toBe("493.80");
    expect(await page.textContent("[data-testid=total-cardCount]")).toBe("4");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-reports-daily-sales-zh");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=download-xlsx]"),
    ]);
    expect(download.suggestedFilename()).toBe(`日销售_测试市公司_${today}.xlsx`);
    const path = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet("日销售");
    if (!ws) throw new Error("no sheet 日销售");
    expect((ws.getRow(1).values as unknown[]).slice(1)).toContain("售卡金额（元）");
    const totalRow = ws.getRow(ws.rowCount);
    expect(totalRow.getCell(1).value).toBe("合计");
    expect(totalRow.getCell(7).value).toBe(493.8);
    expect(totalRow.getCell(7).numFmt).toBe("0.00");

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=download-csv]"),
    ]);
    expect(csv.suggestedFilename()).toBe(`日销售_测试市公司_${today}.csv`);
  });

  it("the card float report by its own date, and a month report, each a table", async () => {
    await page.click(".pc-report-select");
    await page.click(".ant-select-item-option >> text=卡沉淀资金");
    await page.click("[data-testid=show-report]");
    await expect.poll(() => page.textContent("[data-testid=total-valueFen]")).toBe("246.90");
    await shot(page, "console-reports-card-float-zh");
  });

  it("in English too, with the same figures", async () => {
    const en = await watch.open(context, "/en/console/#/dashboard");
    await expect.poll(() => en.textContent("[data-testid=stat-sales]")).toBe("493.80");
    expect(await en.textContent("h1")).toBe("Unit dashboard");
    expect(await seriousA11yViolations(en)).toEqual([]);
    await shot(en, "console-reports-dashboard-en");
    await en.click("nav.pc-nav >> text=Reports");
    await en.click("[data-testid=show-report]");
    await expect.poll(() => en.textContent("[data-testid=total-amountFen]")).toBe("493.80");
    await shot(en, "console-reports-daily-sales-en");
    const [download] = await Promise.all([
      en.waitForEvent("download"),
      en.click("[data-testid=download-xlsx]"),
    ]);
    expect(download.suggestedFilename()).toBe(`daily-sales_测试市公司_${today}.xlsx`);
  });

  it("a card administrator sees the reports with the card float only, and no dashboard", async () => {
    const cards = await f.staff(["card_admin"], { unitId: f.cityId });
    const ctx = await watch.context();
    const p = await watch.open(ctx, "/console/");
    await signIn(p, cards);
    await expect.poll(() => p.textContent("[data-testid=user]")).toContain(cards.username);
    const nav = await p.locator("nav.pc-nav a").allTextContents();
    expect(nav).toContain("报表");
    expect(nav).not.toContain("单位看板");
    await p.click("nav.pc-nav >> text=报表");
    await p.click(".pc-report-select");
    expect(await p.locator(".ant-select-item-option").allTextContents()).toEqual(["卡沉淀资金"]);
    await ctx.close();
  });

  it("nothing left the origin and the CSP was never violated", () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
