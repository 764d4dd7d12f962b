import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumOnly, launchChromium, seriousA11yViolations } from "../helpers/chromium.ts";
import {
  activeId,
  shot,
  signIn,
  tabTo,
  type WatchedBrowser,
  watchBrowser,
} from "../helpers/console-browser.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { startPortalServer } from "../helpers/site.ts";

/**
 * The card administrator in the staff console: freeze and unfreeze a range with the number of
 * cards shown before confirming (and one Idempotency-Key per input), scrap a range and ask for its
 * destruction (decided by another card administrator through the API), look a card up with its
 * history, and the inventory whose figures equal the database. Axe, CSP, no foreign request.
 */
const chromium = chromiumOnly();
if (chromium.skip) console.warn(`\n[powercard tests] browser/console-custody.test.ts ${chromium.reason}\n`);

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Range = Awaited<ReturnType<Fixtures["cardRange"]>>;

let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let watch: WatchedBrowser;
let context: BrowserContext;
let admin: Staff;
let checker: Staff;
let lost: Range;
let damaged: Range;
let page: Page;

const states = async (range: Range) =>
  Object.fromEntries(
    (
      await t.db.query<{ state: string; n: number }>(
        "SELECT state, count(*)::int AS n FROM cards WHERE card_no BETWEEN $1 AND $2 GROUP BY state",
        [range.firstCardNo, range.lastCardNo],
      )
    ).map((r) => [r.state, r.n]),
  );

/** Types a range and reason on the range screen, keyboard only, and opens the review. */
async function enterRange(range: Range, reason: string) {
  await expect.poll(() => activeId(page)).toBe("rangeFirst");
  await page.keyboard.type(range.firstCardNo);
  await page.keyboard.press("Enter");
  expect(await activeId(page)).toBe("rangeLast");
  await page.keyboard.type(range.lastCardNo);
  await page.keyboard.press("Enter");
  expect(await activeId(page)).toBe("rangeReason");
  await page.keyboard.type(reason);
  await page.keyboard.press("Enter");
}

/** Picks the action (a card administrator's screen: the mouse is fine), then back to the first card field. */
async function chooseAction(label: string) {
  await page.click(`label.ant-radio-button-wrapper:has-text("${label}")`);
  await page.focus("#rangeFirst");
}

describe.skipIf(chromium.skip)("staff console: the card administrator", () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    f = await Fixtures.create(t.db);
    [admin, checker] = await Promise.all([
      f.staff(["card_admin"], { unitId: f.cityId }),
      f.staff(["card_admin"], { unitId: f.cityId }),
    ]);
    lost = await f.cardRange(25, { faceValueFen: 5_000 });
    damaged = await f.cardRange(4, { faceValueFen: 10_000 });
    await f.cardRange(7, { faceValueFen: 10_000, state: "sold" });
    await f.cardRange(3, { faceValueFen: 5_000, ownerUnitId: f.cityId });
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

  it("signs in and sees the card administrator's screens", async () => {
    page = await watch.open(context, "/console/");
    await signIn(page, admin);
    await expect.poll(() => page.textContent("[data-testid=roles]")).toBe("卡管员");
    expect(await page.locator("nav.pc-nav a").allTextContents()).toEqual([
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
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-custody-home-zh");
  });

  it("freezes a range: the number of cards is shown before confirming; one key per input", async () => {
    const keys: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/v1/card-ranges/")) keys.push(r.headers()["idempotency-key"] ?? "");
    });
    await tabTo(page, "卡片冻结与报废");
    await page.keyboard.press("Enter");
    await enterRange(lost, "营业厅被盗，报失");
    await expect.poll(() => page.textContent("[data-testid=confirm-count]")).toBe("25");
    // Nothing moved yet.
    expect(await states(lost)).toEqual({ in_stock: 25 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-custody-freeze-confirm-zh");
    // The confirm button has the focus: Enter confirms.
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("[data-testid=range-count]")).toBe("25");
    expect(await page.textContent("[data-testid=range-value]")).toBe("1250.00");
    expect(await states(lost)).toEqual({ frozen: 25 });
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^console-/);
    await shot(page, "console-custody-freeze-done-zh");

    // Freezing again is refused in words, and nothing changes.
    await page.keyboard.press("Enter"); // "继续操作"
    await enterRange(lost, "再次报失");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getAttribute("[role=alert]", "data-code")).toBe("card_range_not_eligible");
    expect(await page.textContent("[role=alert]")).toContain("一张卡也未改变");
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
    expect(await states(lost)).toEqual({ frozen: 25 });
    await shot(page, "console-custody-freeze-refused-zh");
  });

  it("unfreezes the range: every card back in stock", async () => {
    await chooseAction("解冻（找回）");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await enterRange(lost, "已找回");
    await expect.poll(() => page.textContent("[data-testid=confirm-count]")).toBe("25");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("[data-testid=range-count]")).toBe("25");
    expect(await states(lost)).toEqual({ in_stock: 25 });
  });

  it("scraps a damaged range and asks for its destruction; another card admin approves through the API", async () => {
    await page.keyboard.press("Enter"); // "继续操作"
    await chooseAction("报废");
    await enterRange(damaged, "受潮损坏");
    await expect.poll(() => page.textContent("[data-testid=confirm-count]")).toBe("4");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("[data-testid=range-count]")).toBe("4");
    expect(await states(damaged)).toEqual({ scrapped: 4 });

    await page.keyboard.press("Enter");
    await chooseAction("申请销毁");
    await enterRange(damaged, "受潮损坏，申请销毁");
    await expect.poll(() => page.textContent("[data-testid=confirm-count]")).toBe("4");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("[data-testid=approval-id]")).toMatch(/^apr_|\w+/);
    const approvalId = (await page.textContent("[data-testid=approval-id]")) ?? "";
    await shot(page, "console-custody-destroy-requested-zh");
    expect(await states(damaged)).toEqual({ scrapped: 4 });

    // The inbox is another engineer's screen: the decision goes through the API here.
    const res = await fetch(`${server.url}/v1/approvals/${approvalId}/approve`, {
      method: "POST",
      headers: { Authorization: `Bearer ${checker.token}`, "Content-Type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(200);
    expect(await states(damaged)).toEqual({ destroyed: 4 });
  });

  it("looks a card up: state, owner and its history; no PIN anywhere on the page", async () => {
    await tabTo(page, "卡片查询");
    await page.keyboard.press("Enter");
    await expect.poll(() => activeId(page)).toBe("lookupCardNo");
    await page.keyboard.type(lost.cardNos[3] as string);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getAttribute("[data-testid=card-state]", "data-state")).toBe("in_stock");
    expect(await page.textContent("[data-testid=card-owner]")).toBe("测试营业厅");
    const events = await page
      .locator("[data-testid=card-history] [data-event]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-event")));
    expect(events).toEqual(["frozen", "unfrozen"]);
    const text = (await page.textContent("main")) ?? "";
    expect(text).toContain("营业厅被盗，报失");
    expect(text).not.toContain(lost.pins[3] as string);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-custody-lookup-zh");

    // A destroyed card shows its whole way.
    await page.keyboard.press("Control+A");
    await page.keyboard.type(damaged.cardNos[0] as string);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getAttribute("[data-testid=card-state]", "data-state")).toBe("destroyed");
    expect(
      await page
        .locator("[data-testid=card-history] [data-event]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-event"))),
    ).toEqual(["scrapped", "destruction_requested", "destroyed"]);
    // Who did each step, by name with the username: the maker asked, the second admin decided.
    const by = await page
      .locator("[data-testid=card-history] [data-staff-id]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-staff-id")));
    expect(by).toEqual([admin.id, admin.id, checker.id]);
    expect(await page.textContent("[data-testid=card-history]")).toContain(
      `测试 card_admin ${admin.username}`,
    );
    await shot(page, "console-custody-lookup-destroyed-zh");

    // A card of another city is not found, as an unknown one.
    const foreign = await f.cardRange(1, { ownerUnitId: f.otherCityId });
    await page.keyboard.press("Control+A");
    await page.keyboard.type(foreign.firstCardNo);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getAttribute("[role=alert]", "data-code")).toBe("card_not_found_for_staff");
  });

  it("shows the inventory by unit, face value and state; the figures equal the database", async () => {
    await tabTo(page, "库存统计");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("[data-testid=total-count]").count()).toBe(1);
    const [db] = await t.db.query<{ n: number; v: string }>(
      `SELECT count(*)::int AS n, coalesce(sum(face_value_fen), 0) AS v FROM cards c
         JOIN org_units u ON u.id = c.owner_unit_id
        WHERE starts_with(u.path, (SELECT path FROM org_units WHERE id = $1))`,
      [f.cityId],
    );
    expect(await page.textContent("[data-testid=total-count]")).toBe(String(db?.n));
    expect(await page.textContent("[data-testid=total-value]")).toBe((Number(db?.v) / 100).toFixed(2));
    const byState = await t.db.query<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM cards c JOIN org_units u ON u.id = c.owner_unit_id
        WHERE starts_with(u.path, (SELECT path FROM org_units WHERE id = $1)) GROUP BY state`,
      [f.cityId],
    );
    for (const { state, n } of byState)
      expect(await page.textContent(`[data-testid=sum-${state}]`)).toBe(String(n));
    const [outlet] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM cards WHERE owner_unit_id = $1",
      [f.outletId],
    );
    expect(await page.textContent(`[data-testid=row-count-${f.outletId}]`)).toBe(String(outlet?.n));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-custody-inventory-zh");

    // One face value: 50 元 only.
    await page.click("text=¥50.00");
    const [fifty] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cards c JOIN org_units u ON u.id = c.owner_unit_id
        WHERE c.face_value_fen = 5000 AND starts_with(u.path, (SELECT path FROM org_units WHERE id = $1))`,
      [f.cityId],
    );
    await expect.poll(() => page.textContent("[data-testid=total-count]")).toBe(String(fifty?.n));
  });

  it("reads well in English", async () => {
    await page.click("text=English");
    await page.waitForURL(`${server.url}/en/console/#/inventory`);
    await expect.poll(() => page.textContent("[data-testid=roles]")).toBe("Card administrator");
    await expect.poll(() => page.locator("[data-testid=total-count]").count()).toBe(1);
    expect(await page.textContent(".pc-header .pc-label")).toBe("Unit: ");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-custody-inventory-en");
    await page.click("nav.pc-nav >> text=Freeze and scrap");
    await expect.poll(() => activeId(page)).toBe("rangeFirst");
    await shot(page, "console-custody-ranges-en");
  });

  it("loaded nothing from another site and broke no CSP rule", () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
