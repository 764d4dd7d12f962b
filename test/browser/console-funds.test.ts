import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { chromiumOnly, launchChromium, seriousA11yViolations } from "../helpers/chromium.ts";
import { shot, signIn, type WatchedBrowser, watchBrowser } from "../helpers/console-browser.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { accountSum, sellAt, tokenAt } from "../helpers/funds.ts";
import { currentBusinessDay, currentPeriod, monthAfter } from "../helpers/settlement.ts";
import { startPortalServer } from "../helpers/site.ts";

/**
 * The fund administrator's and the settlement officer's day in the staff console, in a real
 * Chromium served as `npm start` serves it. Last month (made through an app whose clock is then):
 * 4 cards of 100 元 sold at the outlet of city 1, 3 recharged (2 by customers of city 1, 1 by a
 * customer of city 2), the 400 元 remitted and confirmed. Today: 11 cards sold (1100 元).
 * The fund administrator declares 1000 元 with the variance shown and prints the 解款单; an officer
 * confirms it and rejects a bad declaration with its reason; the officer computes last month's
 * card-fund return and is refused approving their own run, in words; a second officer approves
 * it; the clearing statement shows it, printable A4 landscape; English; and the ledger holds
 * exactly what the screens said.
 */
const chromium = chromiumOnly();
if (chromium.skip) console.warn(`\n[powercard tests] browser/console-funds.test.ts ${chromium.reason}\n`);

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;

let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let watch: WatchedBrowser;
let fundAdmin: Staff;
let maker: Staff;
let checker: Staff;
let city1Customer: string;
let city2Customer: string;
const today = currentBusinessDay();
const lastMonth = monthAfter(currentPeriod(), -1);
/** The 15th of last month, 10:00 in Shanghai. */
const lastMonthAt = new Date(`${lastMonth}-15T02:00:00Z`);

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? "").trim();
const problemCode = (page: Page) => page.getAttribute("[data-code]", "data-code");

async function openAs(who: Staff, hash: string, locale = "zh-CN") {
  const ctx = await watch.context(undefined, locale);
  const page = await watch.open(ctx, `/console/#/${hash}`);
  await signIn(page, who);
  await expect.poll(() => text(page, "[data-testid=user]")).toContain(who.username);
  return page;
}

/** Stubs the browser's print dialog with a counter (the test's code, not the page's). */
const stubPrint = (page: Page) =>
  page.evaluate("window.printed = 0; window.print = () => { window.printed++; }");

/** In print media: whether the document is visible, on which named page, and the header hidden. */
async function printLayout(page: Page, selector: string) {
  await page.emulateMedia({ media: "print" });
  await page.evaluate("window.scrollTo(0, 0)");
  const styles = await page.evaluate<{ doc: [string, string] | null; header: string; nav: string }>(`(() => {
    const doc = document.querySelector(${JSON.stringify(selector)});
    const s = doc && getComputedStyle(doc);
    return {
      doc: s ? [s.visibility, s.page ?? ""] : null,
      header: getComputedStyle(document.querySelector(".pc-header")).visibility,
      nav: getComputedStyle(document.querySelector(".pc-nav")).visibility,
    };
  })()`);
  return styles;
}

const remittanceRows = () =>
  t.db.query<{
    amount_fen: string;
    state: string;
    reject_reason: string | null;
    ledger_transaction_id: string | null;
  }>(
    // Amounts as text: postgres.js reads bigint as a string, PGlite as a number.
    "SELECT r.amount_fen::text AS amount_fen, r.state, r.reject_reason, r.ledger_transaction_id FROM remittances r WHERE r.business_date = $1 ORDER BY r.amount_fen DESC",
    [today],
  );
const ledgerOfKind = (kind: string) =>
  t.db.query<{ account: string; owner: string; amount_fen: string }>(
    `SELECT e.account, e.owner, e.amount_fen::text AS amount_fen FROM ledger_entries e
       JOIN ledger_transactions x ON x.id = e.transaction_id
      WHERE x.kind = $1 ORDER BY x.created_at, e.leg`,
    [kind],
  );

describe.skipIf(chromium.skip)(
  "staff console: the fund administrator's and the settlement officers' day",
  () => {
    beforeAll(async () => {
      t = await createTestDatabase();
      f = await Fixtures.create(t.db);
      fundAdmin = await f.staff(["fund_admin"], { unitId: f.cityId });
      maker = await f.staff(["settlement_officer"], { unitId: f.provinceId });
      checker = await f.staff(["settlement_officer"], { unitId: f.provinceId, displayName: "周清算" });
      city1Customer = (await f.customer({ accountingUnitId: f.cityId })).customerNo;
      city2Customer = (await f.customer({ accountingUnitId: f.otherCityId })).customerNo;
      const counter = await f.client("counter");

      // Last month, through an app whose clock is then.
      const past = buildApp(t.db, { now: () => lastMonthAt });
      const sold = await sellAt(past, f, f.outletId, 4, { faceValueFen: 10_000, at: lastMonthAt });
      const pastCounter = apiClient(past, { apiKey: counter.apiKey });
      for (const [i, customerNo] of [city1Customer, city1Customer, city2Customer].entries()) {
        const res = await postRecharge(pastCounter, {
          cardNo: sold.cardNos[i] as string,
          pin: sold.pins[i] as string,
          customerNo,
        });
        expect(res.status).toBe(201);
      }
      const declared = await past.request(
        "/v1/remittances",
        requestInit("POST", {
          token: await tokenAt(fundAdmin.id, lastMonthAt),
          idempotencyKey: "last-month-remit",
          body: {
            outletUnitId: f.outletId,
            businessDate: `${lastMonth}-15`,
            amountFen: 40_000,
            bankReference: "LAST-0001",
          },
        }),
      );
      expect(declared.status).toBe(201);
      const confirmed = await past.request(
        `/v1/remittances/${((await declared.json()) as { id: string }).id}/confirm`,
        requestInit("POST", {
          token: await tokenAt(checker.id, lastMonthAt),
          idempotencyKey: "last-month-confirm",
        }),
      );
      expect(confirmed.status).toBe(200);

      // Today: 11 cards of 100 元 sold at the outlet.
      await sellAt(buildApp(t.db), f, f.outletId, 11, { faceValueFen: 10_000 });

      server = await startPortalServer(t.db);
      browser = await launchChromium();
      watch = watchBrowser(browser, server.url);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await t?.close();
    });

    it("the fund administrator sees today's sales against what is declared, declares 1000 元 with the variance shown, and prints the 解款单", async () => {
      const page = await openAs(fundAdmin, "");
      expect(await page.locator("nav.pc-nav a").allTextContents()).toEqual([
        "首页",
        "单位看板",
        "售卡解款",
        "月度清算",
        "退费申请",
        "审批待办",
        "报表",
        "修改密码",
      ]);
      expect(await page.textContent("main")).toContain("资金管理员：核对各网点每日售卡与已解款的差额");
      await page.click("nav.pc-nav >> text=售卡解款");

      const todayRow = page.locator("tr", { hasText: today }).filter({ hasText: "测试营业厅" });
      await expect.poll(() => todayRow.count()).toBe(1);
      // Sold 1100, nothing declared, 1100 left to declare; outstanding 1100 (last month's was confirmed).
      expect((await todayRow.locator("td").allTextContents()).slice(0, 7)).toEqual([
        today,
        "测试营业厅",
        "1100.00",
        "0.00",
        "0.00",
        "1100.00",
        "1100.00",
      ]);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, "console-funds-variance-zh");

      await todayRow.getByRole("button", { name: /申报/ }).click();
      // The row fills the form: the outlet, the day and what is left to declare; focus on the slip number.
      await expect.poll(() => page.inputValue("#remit-amount")).toBe("1100.00");
      expect(await page.inputValue("#remit-date")).toBe(today);
      await expect.poll(() => page.evaluate("document.activeElement?.id")).toBe("remit-bank-reference");
      await expect.poll(() => text(page, "[data-testid=variance-sold]")).toBe("1100.00");
      expect(await text(page, "[data-testid=variance-verdict]")).toBe("与当日售卡相符");
      expect(await text(page, "[data-testid=amount-capital]")).toBe("大写：人民币壹仟壹佰元整");

      // What was actually paid in: 1000 元. The variance says 100 元 is still to remit.
      await page.fill("#remit-amount", "1000");
      await expect.poll(() => text(page, "[data-testid=variance-difference]")).toBe("100.00");
      expect(await text(page, "[data-testid=variance-verdict]")).toBe("比当日售卡少 100.00 元，仍待解款");
      expect(await text(page, "[data-testid=amount-capital]")).toBe("大写：人民币壹仟元整");
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, "console-funds-declare-zh");

      // Keyboard: the slip number, Enter submits.
      await page.focus("#remit-bank-reference");
      const sent = page.waitForRequest((r) => r.url().endsWith("/v1/remittances") && r.method() === "POST");
      await page.keyboard.type("ICBC-20261202-0001");
      await page.keyboard.press("Enter");
      expect((await sent).headers()["idempotency-key"]).toMatch(/^console-/);
      await expect.poll(() => text(page, "[data-testid=declared-amount]")).toContain("¥1000.00");

      // Declared, not booked: a declaration moves no money.
      expect(await remittanceRows()).toEqual([
        { amount_fen: "100000", state: "declared", reject_reason: null, ledger_transaction_id: null },
      ]);
      expect(await ledgerOfKind("remittance")).toHaveLength(2); // last month's, only

      const slip = page.locator("[data-testid=remittance-slip]");
      expect(await slip.textContent()).toContain("售卡解款单");
      expect(await text(page, "[data-testid=slip-amount]")).toBe("¥1000.00");
      expect(await text(page, "[data-testid=slip-capital]")).toBe("人民币壹仟元整");
      const slipText = (await slip.textContent()) ?? "";
      for (const part of [
        "测试营业厅",
        "测试市公司",
        today,
        "ICBC-20261202-0001",
        `测试 fund_admin（${fundAdmin.username}）`, // the declarer by name, not by id
        "解款人（签字）",
        "复核人（签字）",
        "结算中心确认（签章）",
      ])
        expect(slipText).toContain(part);
      // The variance table now shows the declaration: 100 元 left to declare.
      await expect
        .poll(async () => (await todayRow.locator("td").allTextContents()).slice(2, 6))
        .toEqual(["1100.00", "1000.00", "0.00", "100.00"]);

      await stubPrint(page);
      expect(
        (await page.evaluate<string>("document.activeElement?.textContent ?? ''")).replace(/\s/g, ""),
      ).toBe("打印解款单");
      await page.keyboard.press("Enter");
      expect(await page.evaluate("window.printed")).toBe(1);
      expect(await printLayout(page, "[data-testid=remittance-slip]")).toEqual({
        doc: ["visible", "pc-a4-portrait"],
        header: "hidden",
        nav: "hidden",
      });
      await shot(page, "console-funds-slip-print-zh");
      await page.emulateMedia({ media: "screen" });
      // The pointer that clicked the row's button rests over it again now: a hover is not the page.
      await page.mouse.move(0, 0);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, "console-funds-declared-zh");
      await page.context().close();
    });

    it("the API stays the authority: a fund administrator may not confirm, nor an officer declare", async () => {
      const [row] = await t.db.query<{ id: string }>("SELECT id FROM remittances WHERE state = 'declared'");
      const app = buildApp(t.db);
      const confirm = await app.request(
        `/v1/remittances/${row?.id}/confirm`,
        requestInit("POST", { token: fundAdmin.token, idempotencyKey: "not-mine-to-confirm" }),
      );
      expect(confirm.status).toBe(403);
      const declare = await app.request(
        "/v1/remittances",
        requestInit("POST", {
          token: maker.token,
          idempotencyKey: "not-mine-to-declare",
          body: { outletUnitId: f.outletId, businessDate: today, amountFen: 100, bankReference: "X" },
        }),
      );
      expect(declare.status).toBe(403);
    });

    it("a settlement officer confirms the remittance against the bank statement and rejects a bad one with its reason", async () => {
      // A second declaration, of the 100 元 left, whose slip number is not on the bank statement.
      const bad = await buildApp(t.db).request(
        "/v1/remittances",
        requestInit("POST", {
          token: fundAdmin.token,
          idempotencyKey: "bad-ref",
          body: {
            outletUnitId: f.outletId,
            businessDate: today,
            amountFen: 10_000,
            bankReference: "NOT-ON-STATEMENT",
          },
        }),
      );
      expect(bad.status).toBe(201);

      const page = await openAs(maker, "remittance-confirm");
      expect(await page.locator("nav.pc-nav a").allTextContents()).toEqual([
        "首页",
        "单位看板",
        "解款确认",
        "资金返还",
        "月度清算",
        "审批待办",
        "报表",
        "修改密码",
      ]);
      const good = page.locator("tr", { hasText: "ICBC-20261202-0001" });
      await expect.poll(() => good.count()).toBe(1);
      // Amount, sold that day, declared that day in all, declared − sold.
      await expect
        .poll(async () => (await good.locator("td").allTextContents()).slice(0, 6))
        .toEqual(["测试营业厅", today, "1000.00", "1100.00", "1100.00", "0.00"]);
      // Who declared it, by name; the dates stay on one line at 1280 px (one rule: .pc-nowrap).
      expect(await good.textContent()).toContain(`测试 fund_admin ${fundAdmin.username}`);
      expect(await good.locator("td.pc-nowrap").count()).toBe(2);
      expect(
        await page.evaluate<
          string[]
        >(`[...document.querySelectorAll("[data-testid=confirm-table] tbody td.pc-nowrap")]
          .map((td) => getComputedStyle(td).whiteSpace)`),
      ).toEqual(
        Array(await page.locator("[data-testid=confirm-table] tbody td.pc-nowrap").count()).fill("nowrap"),
      );
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, "console-funds-confirm-zh");

      const sent = page.waitForRequest((r) => r.url().endsWith("/confirm"));
      await good.getByRole("button", { name: /确认到账/ }).click();
      expect((await sent).headers()["idempotency-key"]).toMatch(/^console-/);
      await expect.poll(() => text(page, "[data-testid=confirm-notice]")).toContain("已记入结算中心统一账户");

      const badRow = page.locator("tr", { hasText: "NOT-ON-STATEMENT" });
      await badRow.getByRole("button", { name: /退回/ }).click();
      await expect.poll(() => page.evaluate("document.activeElement?.id")).toBe("reject-reason");
      // No reason, no rejection.
      await page.locator(".ant-modal").getByRole("button", { name: "确认退回" }).click();
      await expect.poll(() => page.textContent(".ant-modal")).toContain("请写明退回原因");
      await page.keyboard.type("未见于今日银行对账单");
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, "console-funds-reject-zh");
      await page.locator(".ant-modal").getByRole("button", { name: "确认退回" }).click();
      await expect.poll(() => text(page, "[data-testid=confirm-notice]")).toContain("已退回解款");
      await expect.poll(() => page.locator("tr", { hasText: "NOT-ON-STATEMENT" }).count()).toBe(0);

      expect((await remittanceRows()).map((r) => [r.amount_fen, r.state, r.reject_reason])).toEqual([
        ["100000", "confirmed", null],
        ["10000", "rejected", "未见于今日银行对账单"],
      ]);
      // One new booking, of exactly the confirmed 1000 元: unified account up, the outlet's cash down.
      const remittances = await ledgerOfKind("remittance");
      expect(remittances.slice(2)).toEqual([
        { account: "settlement_unified", owner: "", amount_fen: "100000" },
        { account: "outlet_card_cash", owner: f.outletId, amount_fen: "-100000" },
      ]);

      // The rejected one is in its tab, with its reason.
      await page.getByText("已退回", { exact: true }).click();
      await expect
        .poll(() => page.locator("tr", { hasText: "NOT-ON-STATEMENT" }).textContent())
        .toContain("未见于今日银行对账单");
      // Who rejected it, by name, with the username beside it.
      expect(await page.locator("tr", { hasText: "NOT-ON-STATEMENT" }).textContent()).toContain(
        `测试 settlement_officer ${maker.username}`,
      );
      await page.context().close();
    });

    let runReturned = "";

    it("the officer computes last month's card-fund return, and is refused approving their own run, in words", async () => {
      const page = await openAs(maker, "settlement");
      expect(await page.inputValue("#settlement-period")).toBe(lastMonth);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "计算并提交审批" }).click();
      await expect
        .poll(() => text(page, "[data-testid=settlement-notice]"))
        .toContain("等待另一位结算员审批");
      // Due: city 1's customers 200 元, city 2's 100 元.
      await expect.poll(() => text(page, "[data-testid=run-due]")).toBe("300.00");
      expect(
        await page.locator("[data-testid=run-detail] tr", { hasText: "测试市公司" }).textContent(),
      ).toContain("200.00");
      expect(
        await page.locator("[data-testid=run-detail] tr", { hasText: "另一市公司" }).textContent(),
      ).toContain("100.00");
      expect(await text(page, "[data-testid=own-run-note]")).toContain("您不能审批自己发起的");

      await page.getByRole("button", { name: "审批通过" }).click();
      await expect.poll(() => problemCode(page)).toBe("approval_self_decision");
      expect(await page.textContent("[data-code=approval_self_decision]")).toContain(
        "您不能审批自己发起的资金返还，须由另一位结算员审批",
      );
      expect(await page.textContent("[data-code=approval_self_decision]")).toContain("没有记账");
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, "console-funds-own-run-refused-zh");
      // Nothing booked, the run still waits.
      expect(await ledgerOfKind("settlement_return")).toEqual([]);
      const [run] = await t.db.query<{ state: string }>("SELECT state FROM settlement_runs");
      expect(run?.state).toBe("pending_approval");
      await page.context().close();
    });

    it("a second officer approves the run: the ledger moves exactly what the screen shows", async () => {
      const page = await openAs(checker, "settlement");
      await expect.poll(() => text(page, "[data-testid=run-due]")).toBe("300.00");
      expect(await page.locator("[data-testid=own-run-note]").count()).toBe(0);
      await page.fill("#approval-note", "已核对");
      await page.getByRole("button", { name: "审批通过" }).click();
      await expect.poll(() => text(page, "[data-testid=settlement-notice]")).toContain("已审批通过并记账");
      await expect.poll(() => text(page, "[data-testid=run-returned]")).toBe("300.00");
      runReturned = await text(page, "[data-testid=run-returned]");
      const line = (name: string) =>
        page.locator("[data-testid=run-detail] tr", { hasText: name }).locator("td");
      expect((await line("测试市公司").allTextContents()).at(-1)).toBe("200.00");
      expect((await line("另一市公司").allTextContents()).at(-1)).toBe("100.00");
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, "console-funds-run-approved-zh");

      // The ledger: one return per unit, from the unified account, as shown.
      expect(await ledgerOfKind("settlement_return")).toEqual(
        expect.arrayContaining([
          { account: "unit_fee_account", owner: f.cityId, amount_fen: "20000" },
          { account: "settlement_unified", owner: "", amount_fen: "-20000" },
          { account: "unit_fee_account", owner: f.otherCityId, amount_fen: "10000" },
          { account: "settlement_unified", owner: "", amount_fen: "-10000" },
        ]),
      );
      expect(await ledgerOfKind("settlement_return")).toHaveLength(4);
      expect(await accountSum(t.db, "unit_fee_account", f.cityId)).toBe(20_000);
      expect(await accountSum(t.db, "unit_fee_account", f.otherCityId)).toBe(10_000);
      // Remitted 400 + 1000, returned 300.
      expect(await accountSum(t.db, "settlement_unified", "")).toBe(110_000);
      expect(Math.round(Number(runReturned) * 100)).toBe(30_000);
      await page.context().close();
    });

    it("the monthly clearing statement shows last month per unit and the cross-unit matrix, printable A4 landscape", async () => {
      const page = await openAs(checker, "clearing");
      const statement = page.locator("[data-testid=clearing-statement]");
      await expect.poll(() => statement.count()).toBe(1);
      expect(await page.textContent("#clearing-title")).toBe(`月度清算表 · ${lastMonth}`);
      const cells = (name: string) =>
        page.locator(`[data-testid=clearing-units] tbody tr`, { hasText: name }).locator("td");
      // sold n, value; remitted; recharges n, value; top-ups n, value; bills paid; reversals and
      // refunds (net); returned; float n, value.
      expect(await cells("测试市公司").allTextContents()).toEqual([
        "4",
        "400.00",
        "400.00",
        "2",
        "200.00",
        "0",
        "0.00",
        "0.00",
        "0.00",
        "200.00",
        "1",
        "100.00",
      ]);
      expect(await cells("另一市公司").allTextContents()).toEqual([
        "0",
        "0.00",
        "0.00",
        "1",
        "100.00",
        "0",
        "0.00",
        "0.00",
        "0.00",
        "100.00",
        "0",
        "0.00",
      ]);
      expect(await page.textContent(`[data-cell="${f.cityId}>${f.cityId}"]`)).toBe("200.00 (2)");
      expect(await page.textContent(`[data-cell="${f.cityId}>${f.otherCityId}"]`)).toBe("100.00 (1)");
      expect(await text(page, "[data-testid=matrix-total]")).toBe("300.00 (3)");

      // What the statement says is what the ledger holds for last month.
      const [books] = await t.db.query<{ recharged: string; returned: string; remitted: string }>(
        `SELECT (SELECT sum(e.amount_fen) FROM ledger_entries e JOIN ledger_transactions x ON x.id = e.transaction_id
                WHERE x.kind = 'recharge' AND e.account = 'card_float' AND x.business_date < date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai')) AS recharged,
              (SELECT sum(amount_fen) FROM ledger_entries WHERE account = 'unit_fee_account') AS returned,
              (SELECT sum(amount_fen) FROM remittances WHERE state = 'confirmed' AND business_date < date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai')) AS remitted`,
      );
      expect(books).toEqual({ recharged: "30000", returned: "30000", remitted: "40000" });
      // 制表人 is the officer's name, as they would sign it, not their login name.
      const signatures = page.locator(".pc-signatures");
      expect(await signatures.locator(".pc-signature").first().textContent()).toBe("制表人：周清算");
      expect(await signatures.textContent()).not.toContain(checker.username);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, "console-funds-clearing-zh");

      await stubPrint(page);
      await page.getByRole("button", { name: "打印清算表" }).click();
      expect(await page.evaluate("window.printed")).toBe(1);
      expect(await printLayout(page, "[data-testid=clearing-statement]")).toEqual({
        doc: ["visible", "pc-a4-landscape"],
        header: "hidden",
        nav: "hidden",
      });
      await page.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 dpi
      await shot(page, "console-funds-clearing-print-zh");
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 1280, height: 800 });

      // English: the same statement, the session carried over.
      await page.click("text=English");
      await page.waitForURL(`${server.url}/en/console/#/clearing`);
      await expect
        .poll(() => page.textContent("#clearing-title"))
        .toBe(`Monthly clearing statement · ${lastMonth}`);
      expect(await page.textContent("h1")).toBe("Monthly clearing");
      expect(await page.textContent(`[data-cell="${f.cityId}>${f.otherCityId}"]`)).toBe("100.00 (1)");
      expect(await page.locator(".pc-signature").first().textContent()).toBe("Prepared by: 周清算");
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, "console-funds-clearing-en");
      await page.click("nav.pc-nav >> text=Card-fund return");
      await expect.poll(() => text(page, "[data-testid=run-returned]")).toBe("300.00");
      await shot(page, "console-funds-settlement-en");
      await page.context().close();
    });

    it("the fund administrator's list shows the decisions; nothing came from another site, no CSP rule broken", async () => {
      const page = await openAs(fundAdmin, "remit");
      const rejected = page.locator("tr", { hasText: "NOT-ON-STATEMENT" });
      await expect.poll(() => rejected.textContent()).toContain("未见于今日银行对账单");
      expect(await page.locator("tr", { hasText: "ICBC-20261202-0001" }).textContent()).toContain("已确认");
      await shot(page, "console-funds-remittances-zh");
      await page.context().close();
      expect(watch.foreignRequests).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    });
  },
);
