import { createHash, randomBytes } from "node:crypto";
import { sealAuditChain } from "@powercard/api";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumOnly, launchChromium, seriousA11yViolations } from "../helpers/chromium.ts";
import { shot, signIn, tick, type WatchedBrowser, watchBrowser } from "../helpers/console-browser.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { startPortalServer } from "../helpers/site.ts";

/**
 * The system administrator's and the auditor's console, in a real Chromium, served as `npm start`
 * serves it. The sysadmin creates and renames a unit, creates a user with a role and is refused a
 * conflicting role with the reason in words, creates a channel client whose API key (shown once,
 * copied) then works against the API, and replaces it. The auditor filters the trail (time range,
 * kind of action, unit, actor), pages it, reads an event, verifies the chain, and sees the break
 * when the test rewrites an event in the database. The database is checked after each step; the
 * API refuses what each role's screens do not offer; axe, the CSP, zh and English.
 */
const chromium = chromiumOnly();
if (chromium.skip) console.warn(`\n[powercard tests] browser/console-admin.test.ts ${chromium.reason}\n`);

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;

let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let watch: WatchedBrowser;
let sysadmin: Staff;
let auditor: Staff;
let admin: Page;
let audit: Page;

const suffix = randomBytes(3).toString("hex").toUpperCase();
const unitCode = `XS-${suffix}`;
const username = `zhang.${suffix.toLowerCase()}`;
const initialPassword = `initial ${randomBytes(6).toString("hex")}`;
const clientName = `测试短信网关${suffix}`;

/** The dropdown antd has open now (closed ones stay in the page, hidden). */
const openDropdown = (page: Page) => page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
const pickOption = (page: Page, title: string) =>
  openDropdown(page).locator(`.ant-select-item-option[title="${title}"]`).click();
const pickTreeNode = (page: Page, title: string) =>
  openDropdown(page).locator(`.ant-select-tree-node-content-wrapper[title="${title}"]`).click();

/** A select opens on its wrapper: the chosen value's text covers the search input. */
const openSelect = (page: Page, id: string) => page.locator(`.ant-select:has(#${id})`).click();

/** A button by its words: antd puts a space between two Chinese characters ("新 建"). */
const btn = (scope: Page | Locator, text: string) =>
  scope.locator("button").filter({ hasText: new RegExp(`^\\s*${[...text].join("\\s*")}\\s*$`) });

/** A fresh access token: a test on a busy machine can outlive the fixtures' ten-minute ones. */
async function tokenOf(user: Staff) {
  const res = await fetch(`${server.url}/v1/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const noSerious = async (page: Page) => expect(await seriousA11yViolations(page)).toEqual([]);

async function api(path: string, bearer: string, init: RequestInit = {}) {
  return fetch(`${server.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${bearer}`, "Content-Type": "application/json" },
  });
}

/** A wall-clock time as the range picker takes it: the browser's zone is this machine's. */
const pickerTime = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

async function typeRange(page: Page, from: Date, to: Date) {
  const inputs = page.locator(".pc-filters .ant-picker-range input");
  await inputs.nth(0).click();
  await page.keyboard.type(pickerTime(from));
  await page.keyboard.press("Enter");
  await inputs.nth(1).click();
  await page.keyboard.type(pickerTime(to));
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  expect(await inputs.nth(0).inputValue()).toBe(pickerTime(from));
  expect(await inputs.nth(1).inputValue()).toBe(pickerTime(to));
}

const tableActions = (page: Page) =>
  page.locator(".pc-audit-table tbody tr.ant-table-row td:nth-child(3)").allTextContents();

describe.skipIf(chromium.skip)("staff console: the system administrator and the auditor", () => {
  let context: BrowserContext;
  beforeAll(async () => {
    t = await createTestDatabase();
    f = await Fixtures.create(t.db);
    [sysadmin, auditor] = await Promise.all([
      f.staff(["sysadmin"], { unitId: f.provinceId }),
      f.staff(["auditor"], { unitId: f.provinceId }),
    ]);
    server = await startPortalServer(t.db);
    browser = await launchChromium();
    watch = watchBrowser(browser, server.url);
    context = await watch.context();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.close();
  });

  it("the sysadmin signs in and sees the admin screens only", async () => {
    admin = await watch.open(context, "/console/");
    await signIn(admin, sysadmin);
    await expect.poll(() => admin.textContent("[data-testid=roles]")).toBe("系统管理员");
    expect(await admin.locator("nav.pc-nav a").allTextContents()).toEqual([
      "首页",
      "组织单位",
      "员工与角色",
      "渠道客户端",
      "修改密码",
    ]);
    await noSerious(admin);
    await shot(admin, "console-admin-home-zh");
  });

  it("creates a county under the city and renames it", async () => {
    await admin.click("nav.pc-nav >> text=组织单位");
    const city = await t.db.query<{ code: string }>("SELECT code FROM org_units WHERE id = $1", [f.cityId]);
    await admin.locator(`[data-unit-code="${city[0]?.code}"]`).click();
    await expect.poll(() => admin.textContent("[data-testid=unit-name]")).toBe("测试市公司");
    await admin.fill("#unit_code", unitCode);
    await admin.fill("#unit_name", "新设县局");
    await openSelect(admin, "unit_kind");
    await pickOption(admin, "县局");
    await admin.click("#unit_isAccountingUnit");
    await btn(admin, "新建").click();
    await expect.poll(() => admin.textContent("[data-testid=unit-name]")).toBe("新设县局");
    const [created] = await t.db.query<{
      id: string;
      parent_id: string;
      kind: string;
      is_accounting_unit: boolean;
    }>("SELECT id, parent_id, kind, is_accounting_unit FROM org_units WHERE code = $1", [unitCode]);
    expect(created).toMatchObject({ parent_id: f.cityId, kind: "county", is_accounting_unit: true });

    await admin.fill("#unitRename_name", "新设县供电局");
    await btn(admin, "改名").click();
    await expect.poll(() => admin.textContent("[data-testid=unit-name]")).toBe("新设县供电局");
    const [renamed] = await t.db.query<{ name: string; code: string }>(
      "SELECT name, code FROM org_units WHERE id = $1",
      [created?.id],
    );
    expect(renamed).toEqual({ name: "新设县供电局", code: unitCode });
    await noSerious(admin);
    await shot(admin, "console-admin-units-zh");
  });

  it("disables the empty county and enables it again; a unit with staff is refused in words", async () => {
    const [county] = await t.db.query<{ id: string }>("SELECT id FROM org_units WHERE code = $1", [unitCode]);
    const unitStatus = () =>
      t.db.query<{ status: string }>("SELECT status FROM org_units WHERE code = $1", [unitCode]);
    await btn(admin, "停用").click();
    await admin.locator(".ant-popconfirm:not(.ant-popover-hidden) button.ant-btn-primary").click();
    await expect.poll(() => admin.textContent("[data-testid=unit-status]")).toBe("已停用");
    expect(await admin.getAttribute(`[data-unit-code="${unitCode}"]`, "data-unit-status")).toBe("disabled");
    expect(await unitStatus()).toEqual([{ status: "disabled" }]);
    await noSerious(admin);
    await shot(admin, "console-admin-unit-disabled-zh");
    await btn(admin, "启用").click();
    await expect.poll(() => admin.textContent("[data-testid=unit-status]")).toBe("在用");
    expect(await unitStatus()).toEqual([{ status: "active" }]);

    // Someone works there now: the API refuses, and the screen says why.
    await f.staff(["clerk"], { unitId: county?.id });
    await btn(admin, "停用").click();
    await admin.locator(".ant-popconfirm:not(.ant-popover-hidden) button.ant-btn-primary").click();
    await expect.poll(() => admin.getAttribute("[role=alert]", "data-code")).toBe("unit_has_active_staff");
    expect(await admin.textContent("[role=alert]")).toContain("该单位仍有在岗员工，不能停用");
    expect(await unitStatus()).toEqual([{ status: "active" }]);
  });

  it("creates a user with a role; the password is typed once and shown nowhere", async () => {
    await admin.click("nav.pc-nav >> text=员工与角色");
    await admin.fill("#user_username", username);
    await admin.fill("#user_displayName", "张卡管");
    await openSelect(admin, "user_unitId");
    await pickTreeNode(admin, "新设县供电局");
    await admin.fill("#user_password", initialPassword);
    await tick(admin.getByRole("checkbox", { name: "卡管员" }));
    await btn(admin, "新建").click();
    await expect.poll(() => admin.locator(`[data-username="${username}"]`).count()).toBe(1);
    expect(await admin.inputValue("#user_password")).toBe("");
    expect(await admin.content()).not.toContain(initialPassword);

    const [user] = await t.db.query<{ id: string; unit_id: string; password_hash: string; status: string }>(
      "SELECT u.id, u.unit_id, u.password_hash, u.status FROM staff_users u JOIN org_units o ON o.id = u.unit_id WHERE username = $1",
      [username],
    );
    const [unit] = await t.db.query<{ id: string }>("SELECT id FROM org_units WHERE code = $1", [unitCode]);
    expect(user).toMatchObject({ unit_id: unit?.id, status: "active" });
    expect(user?.password_hash).toMatch(/^scrypt\$/);
    expect(user?.password_hash).not.toContain(initialPassword);
    const roles = await t.db.query<{ role: string }>("SELECT role FROM staff_roles WHERE user_id = $1", [
      user?.id,
    ]);
    expect(roles).toEqual([{ role: "card_admin" }]);
    const events = await t.db.query<{ after: unknown }>(
      "SELECT after FROM audit_events WHERE action = 'user.created' AND object_id = $1",
      [user?.id],
    );
    expect(JSON.stringify(events)).not.toContain(initialPassword);
    // The new user signs in with it.
    const login = await fetch(`${server.url}/v1/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username, password: initialPassword }),
    });
    expect(login.status).toBe(200);
    await noSerious(admin);
    await shot(admin, "console-admin-users-zh");
  });

  it("is refused fund_admin for the card admin, with the reason in words; the roles stay", async () => {
    await admin.click(`button[aria-label="修改角色 ${username}"]`);
    const dialog = admin.locator(".ant-modal-content");
    await tick(dialog.getByRole("checkbox", { name: "资金管理员" }));
    const answer = admin.waitForResponse((r) => r.url().endsWith("/roles") && r.request().method() === "PUT");
    await btn(dialog, "保存").click();
    expect((await answer).status()).toBe(409);
    const explanation = dialog.locator("[data-testid=sod-explanation]");
    await expect.poll(() => explanation.textContent()).toContain("“卡管员”保管卡片，“资金管理员”经手卡款");
    expect(await dialog.textContent()).toContain("职责分离：这些角色不能由同一人担任");
    await noSerious(admin);
    await shot(admin, "console-admin-sod-refused-zh");
    const roles = await t.db.query<{ role: string }>(
      "SELECT r.role FROM staff_roles r JOIN staff_users u ON u.id = r.user_id WHERE u.username = $1",
      [username],
    );
    expect(roles).toEqual([{ role: "card_admin" }]);
    await btn(dialog, "取消").click();
    await expect.poll(() => admin.locator(".ant-modal-wrap:visible").count()).toBe(0);
  });

  let apiKey = "";
  it("creates a channel client: its API key is shown once, copied, and works against the API", async () => {
    await admin.click("nav.pc-nav >> text=渠道客户端");
    await admin.fill("#client_name", clientName);
    await openSelect(admin, "client_channel");
    await pickOption(admin, "短信");
    await tick(admin.getByRole("checkbox", { name: "查询户名与余额" }));
    await admin.fill("#client_rateLimitPerMinute", "120");
    await btn(admin, "新建").click();
    const key = admin.locator("[data-testid=new-api-key]");
    await expect.poll(() => key.count()).toBe(1);
    apiKey = await key.inputValue();
    expect(apiKey).toMatch(/^pk_[\w-]{43}$/);
    expect(await admin.locator(".ant-modal-content").textContent()).toContain("关闭后无法再次查看");
    await btn(admin, "复制密钥").click();
    expect(await admin.evaluate("navigator.clipboard.readText()")).toBe(apiKey);
    await noSerious(admin);
    await shot(admin, "console-admin-client-key-zh");
    await btn(admin, "我已保存，关闭").click();
    expect(await admin.content()).not.toContain(apiKey);

    const [row] = await t.db.query<{
      id: string;
      channel: string;
      status: string;
      api_key_hash: string;
      allowed_operations: string[];
      rate_limit_per_minute: number;
    }>(
      "SELECT id, channel, status, api_key_hash, allowed_operations, rate_limit_per_minute FROM channel_clients WHERE name = $1",
      [clientName],
    );
    expect(row).toMatchObject({
      channel: "sms",
      status: "active",
      allowed_operations: ["accounts:read"],
      rate_limit_per_minute: 120,
    });
    expect(row?.api_key_hash).toBe(createHash("sha256").update(apiKey).digest("hex"));

    const customer = await f.customer({ name: "李小红" });
    const res = await api(`/v1/accounts/${customer.customerNo}`, apiKey);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ customerNo: customer.customerNo, customerName: "李*红" });
    // Only what it was given: no recharge.
    expect((await api("/v1/recharges", apiKey, { method: "POST", body: "{}" })).status).toBe(403);
    await shot(admin, "console-admin-clients-zh");
  });

  it("replaces the client's API key: the new key works", async () => {
    await admin.click(`button[aria-label="更换 API 密钥 ${clientName}"]`);
    await admin.locator(".ant-popconfirm button.ant-btn-primary").click();
    const key = admin.locator("[data-testid=new-api-key]");
    await expect.poll(() => key.count()).toBe(1);
    const replaced = await key.inputValue();
    expect(replaced).not.toBe(apiKey);
    await btn(admin, "我已保存，关闭").click();
    const customer = await f.customer();
    expect((await api(`/v1/accounts/${customer.customerNo}`, replaced)).status).toBe(200);
    const [row] = await t.db.query<{ api_key_hash: string }>(
      "SELECT api_key_hash FROM channel_clients WHERE name = $1",
      [clientName],
    );
    expect(row?.api_key_hash).toBe(createHash("sha256").update(replaced).digest("hex"));
  });

  it("the API refuses the sysadmin the audit trail, whatever the screens show", async () => {
    expect((await api("/v1/audit", await tokenOf(sysadmin))).status).toBe(403);
    expect((await api("/v1/audit/verify", await tokenOf(sysadmin))).status).toBe(403);
  });

  it("the auditor filters the trail by time, kind of action and unit, pages it and reads an event", async () => {
    // Enough unit events for two pages (20 a page).
    const token = await tokenOf(sysadmin);
    for (let i = 0; i < 21; i++) {
      const res = await api("/v1/units", token, {
        method: "POST",
        body: JSON.stringify({
          code: `PG-${suffix}-${i}`,
          name: `分页供电所${i}`,
          kind: "station",
          parentId: f.cityId,
        }),
      });
      expect(res.status).toBe(201);
    }
    const ctx = await watch.context();
    audit = await watch.open(ctx, "/console/");
    await signIn(audit, auditor);
    await expect.poll(() => audit.textContent("[data-testid=roles]")).toBe("审计员");
    expect(await audit.locator("nav.pc-nav a").allTextContents()).toEqual([
      "首页",
      "单位看板",
      "库存统计",
      "卡片查询",
      "报表",
      "审计记录",
      "审计链校验",
      "修改密码",
    ]);
    await audit.click("nav.pc-nav >> text=审计记录");
    await expect.poll(async () => (await tableActions(audit)).length).toBe(20);

    // The date picker speaks Chinese on the Chinese page: dayjs's locale is set with antd's, once.
    await audit.locator(".pc-filters .ant-picker-range input").nth(0).click();
    const calendar = audit.locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)").first();
    await expect
      .poll(() => calendar.locator(".ant-picker-month-btn").first().textContent())
      .toMatch(/^\d{1,2}月$/);
    expect(await calendar.locator(".ant-picker-date-panel thead th").first().textContent()).toBe("一");
    await shot(audit, "console-audit-picker-zh");
    await audit.keyboard.press("Escape");

    // A range in the future: nothing.
    const now = Date.now();
    await typeRange(audit, new Date(now + 86_400_000), new Date(now + 2 * 86_400_000));
    await btn(audit, "查询").click();
    await expect
      .poll(() => audit.locator(".pc-audit-table .ant-table-placeholder").textContent())
      .toBe("没有符合条件的审计记录");

    // The last hour, unit events, the new county's subtree: created and renamed, newest first.
    await btn(audit, "清空条件").click();
    await typeRange(audit, new Date(now - 3_600_000), new Date(now + 3_600_000));
    await audit.click("#audit_action");
    await audit.keyboard.type("unit.");
    // The one kind that matches is the typed value itself: Enter takes it and closes the list.
    await audit.keyboard.press("Enter");
    await openSelect(audit, "audit_unitId");
    await pickTreeNode(audit, "新设县供电局");
    await btn(audit, "查询").click();
    await expect
      .poll(() => tableActions(audit))
      .toEqual(["unit.enabled", "unit.disabled", "unit.renamed", "unit.created"]);
    await noSerious(audit);
    await shot(audit, "console-audit-trail-filtered-zh");

    // The rename's detail: who, the name before and after.
    await audit
      .locator(".pc-audit-table tbody tr.ant-table-row", { hasText: "unit.renamed" })
      .locator("button")
      .click();
    const detail = audit.locator("[data-testid=audit-detail]");
    await expect.poll(() => detail.textContent()).toContain("新设县供电局");
    expect(await detail.textContent()).toContain("新设县局");
    expect(await detail.textContent()).toContain(sysadmin.username);
    await noSerious(audit);
    await shot(audit, "console-audit-detail-zh");
    await btn(audit.locator(".ant-modal-footer"), "关闭").click();

    // Every unit.created of the sysadmin: 22, so two pages by the API's cursor.
    await btn(audit, "清空条件").click();
    await openSelect(audit, "audit_actorId");
    await audit.keyboard.type(sysadmin.username);
    await audit.keyboard.press("Enter");
    await audit.click("#audit_action");
    await audit.keyboard.type("unit.created");
    await btn(audit, "查询").click();
    // Until the filtered answer arrives the table still shows the unfiltered page: wait for it.
    await expect.poll(async () => new Set(await tableActions(audit))).toEqual(new Set(["unit.created"]));
    await expect.poll(async () => (await tableActions(audit)).length).toBe(20);
    await btn(audit, "下一页").click();
    await expect.poll(() => audit.textContent("[data-testid=audit-page]")).toBe("第 2 页");
    await expect.poll(async () => (await tableActions(audit)).length).toBe(2);
    const [count] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'unit.created' AND actor_id = $1",
      [sysadmin.id],
    );
    expect(count?.n).toBe(22);
    await shot(audit, "console-audit-trail-page2-zh");
    await btn(audit, "上一页").click();
    await expect.poll(() => audit.textContent("[data-testid=audit-page]")).toBe("第 1 页");
  });

  let chainLength = 0;
  it("verifies the chain: intact, up to the last sealed event", async () => {
    chainLength = await sealAuditChain(t.db, new Date());
    expect(chainLength).toBeGreaterThan(25);
    await audit.click("nav.pc-nav >> text=审计链校验");
    await btn(audit, "开始校验").click();
    const result = audit.locator("[data-testid=chain-result]");
    await expect.poll(() => result.getAttribute("data-ok")).toBe("true");
    expect(await result.textContent()).toContain(`全部 ${chainLength} 条已封存事件校验无误，截至`);
    await noSerious(audit);
    await shot(audit, "console-audit-verify-ok-zh");
  });

  it("reports the break when an event is rewritten in the database", async () => {
    const position = Math.floor(chainLength / 2);
    const [link] = await t.db.query<{ event_id: string }>(
      "SELECT event_id FROM audit_chain WHERE position = $1",
      [position],
    );
    await t.db.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only");
    try {
      await t.db.query("UPDATE audit_events SET actor_id = 'usr_forged' WHERE id = $1", [link?.event_id]);
    } finally {
      await t.db.query("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only");
    }
    await btn(audit, "开始校验").click();
    const result = audit.locator("[data-testid=chain-result]");
    await expect.poll(() => result.getAttribute("data-ok")).toBe("false");
    const text = await result.textContent();
    expect(text).toContain(`审计链在第 ${position} 条处断裂`);
    expect(text).toContain("该事件在封存后被修改过");
    expect(text).toContain(`前 ${position - 1} 条完好，截至`);
    expect(await audit.textContent("[data-testid=broken-event]")).toBe(link?.event_id);
    await noSerious(audit);
    await shot(audit, "console-audit-verify-broken-zh");
  });

  it("in English, the break reads the same", async () => {
    await audit.click("text=English");
    await audit.waitForURL(`${server.url}/en/console/#/audit-verify`);
    await expect.poll(() => audit.textContent("[data-testid=roles]")).toBe("Auditor");
    await btn(audit, "Check the chain").click();
    const result = audit.locator("[data-testid=chain-result]");
    await expect.poll(() => result.getAttribute("data-ok")).toBe("false");
    expect(await result.textContent()).toContain(
      `The audit chain breaks at link ${Math.floor(chainLength / 2)}`,
    );
    expect(await result.textContent()).toContain("it was changed after sealing");
    await noSerious(audit);
    await shot(audit, "console-audit-verify-broken-en");
    await audit.click("nav.pc-nav >> text=Audit trail");
    await expect.poll(async () => (await tableActions(audit)).length).toBe(20);
    await shot(audit, "console-audit-trail-en");
  });

  it("the API refuses the auditor the admin's changes", async () => {
    const res = await api("/v1/users", await tokenOf(auditor), {
      method: "POST",
      body: JSON.stringify({
        username: "x.auditor",
        displayName: "x",
        unitId: f.cityId,
        password: "a long enough one",
        roles: [],
      }),
    });
    expect(res.status).toBe(403);
    expect((await api("/v1/channel-clients", await tokenOf(auditor))).status).toBe(403);
  });

  it("the sysadmin's screens in English", async () => {
    await admin.click("text=English");
    await admin.waitForURL(`${server.url}/en/console/#/channel-clients`);
    await expect.poll(() => admin.locator(`[data-client-name="${clientName}"]`).count()).toBe(1);
    await noSerious(admin);
    await shot(admin, "console-admin-clients-en");
    await admin.click("nav.pc-nav >> text=Staff and roles");
    await expect.poll(() => admin.locator(`[data-username="${username}"]`).count()).toBe(1);
    await shot(admin, "console-admin-users-en");
  });

  it("loaded nothing from another site and broke no CSP rule", () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
