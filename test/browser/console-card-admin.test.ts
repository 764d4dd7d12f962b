import { readFile } from "node:fs/promises";
import { generateManufacturerKeys, openCardFile, signAcknowledgement } from "@powercard/api";
import type { JSONWebKeySet } from "jose";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumOnly, launchChromium, seriousA11yViolations } from "../helpers/chromium.ts";
import { shot, signIn, type WatchedBrowser, watchBrowser } from "../helpers/console-browser.ts";
import { custodyOf } from "../helpers/custody.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { startPortalServer } from "../helpers/site.ts";

/**
 * The card production chain in the staff console, on a fresh world, in a real Chromium: the city's
 * card admin requests cards → an issuer plans them → the same issuer is told they cannot approve
 * their own plan (and the API refuses it) → a second issuer approves it in the inbox → the first
 * orders it and downloads the encrypted card file → the manufacturer (not a console user: this
 * test does its part through its tool's functions and the API) opens the file, acknowledges it,
 * and its cartons are shipped → the card admin receives the shipment with a missing carton and
 * an extra range → sends one carton to a clerk picked from a list → the clerk confirms, in
 * English. After each step: what the screen shows and what the database holds.
 */
const chromium = chromiumOnly();
if (chromium.skip)
  console.warn(`\n[powercard tests] browser/console-card-admin.test.ts ${chromium.reason}\n`);

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;

let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let watch: WatchedBrowser;
let issuerA: Staff;
let issuerB: Staff;
let cardAdmin: Staff;
let clerk: Staff;
let otherClerk: Staff;
let keys: Awaited<ReturnType<typeof generateManufacturerKeys>>;
/** The order's card numbers, in order, read from the database after ordering. */
let cardNos: string[] = [];
let orderId = "";
let shipmentId = "";

/** A call to the API as a staff member would make it (the manufacturer's part, and refusals). */
async function call(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as Record<string, unknown> };
}

async function signedIn(user: Staff, path = "/console/", locale = "zh-CN") {
  const context: BrowserContext = await watch.context(undefined, locale);
  const page = await watch.open(context, path);
  await signIn(page, user);
  await expect.poll(() => page.textContent("[data-testid=user]")).toContain(user.username);
  return page;
}

/** Opens a screen by its navigation link, as a user would. */
async function openScreen(page: Page, label: string) {
  await page.locator("nav.pc-nav a", { hasText: label }).click();
  await expect.poll(() => page.textContent("h1.pc-screen-title")).toBe(label);
}

const one = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  (await t.db.query<T>(sql, params))[0] as T;

describe.skipIf(chromium.skip)("staff console: the card production chain, request to clerk", () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    f = await Fixtures.create(t.db);
    [issuerA, issuerB, cardAdmin, clerk, otherClerk] = await Promise.all([
      f.staff(["issuer"], { unitId: f.provinceId }),
      f.staff(["issuer"], { unitId: f.provinceId }),
      f.staff(["card_admin"], { unitId: f.cityId }),
      f.staff(["clerk"], { unitId: f.outletId }),
      f.staff(["clerk"], { unitId: f.outletId }),
    ]);
    server = await startPortalServer(t.db);
    browser = await launchChromium();
    watch = watchBrowser(browser, server.url);
    // The manufacturer registered once by an issuer, with its public keys.
    keys = await generateManufacturerKeys();
    const m = await call("POST", "/v1/manufacturers", issuerA.token, {
      name: "测试制卡厂",
      encryptionJwk: keys.encryption.publicJwk,
      verificationJwk: keys.signing.publicJwk,
    });
    expect(m.status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.close();
  });

  it("the card admin requests 30 cards of 100 元", async () => {
    const page = await signedIn(cardAdmin);
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
    await shot(page, "console-cards-home-zh");
    await openScreen(page, "制卡申请");
    await page.fill("#faceValue", "100");
    await page.fill("#quantity", "30");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("[data-testid=request-done]")).toContain("申请已提交");
    await expect.poll(() => page.locator(".ant-table-row").count()).toBe(1);
    expect(await page.textContent(".ant-table-row")).toContain("待编入计划");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-cards-requests-zh");
    const request = await one<{ unit_id: string; face_value_fen: string; quantity: number; state: string }>(
      "SELECT unit_id, face_value_fen, quantity, state FROM production_requests WHERE requested_by = $1",
      [cardAdmin.id],
    );
    expect({ ...request, face_value_fen: Number(request.face_value_fen) }).toEqual({
      unit_id: f.cityId,
      face_value_fen: 10_000,
      quantity: 30,
      state: "open",
    });
    await page.context().close();
  });

  it("an issuer plans it; the inbox tells them another must approve it, and the API refuses their own decision", async () => {
    const page = await signedIn(issuerA);
    await openScreen(page, "制作计划");
    await page.getByRole("checkbox", { name: /选择申请/ }).check();
    await page.click("button:has-text('编制计划并提交审批')");
    await expect.poll(() => page.textContent("[data-testid=plans-notice]")).toContain("等待另一位发卡员审批");
    await expect.poll(() => page.textContent("body")).toContain("待审批");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-cards-plans-zh");

    await openScreen(page, "审批待办");
    await expect
      .poll(() => page.textContent("[data-testid=own-request]"))
      .toBe("这是您提交的申请，须由另一位同事审批。");
    expect(await page.locator("button", { hasText: "审批" }).count()).toBe(0);
    await shot(page, "console-cards-inbox-own-zh");
    const plan = await one<{ id: string; approval_id: string; state: string }>(
      "SELECT id, approval_id, state FROM production_plans",
    );
    expect(plan.state).toBe("pending_approval");
    // The hidden button is no control: the API refuses the maker's own approval.
    const refused = await call("POST", `/v1/approvals/${plan.approval_id}/approve`, issuerA.token, {});
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe("approval_self_decision");
    // The city's card admin cannot even see the province's plan approval: not found.
    const outside = await call("POST", `/v1/approvals/${plan.approval_id}/approve`, cardAdmin.token, {});
    expect(outside.status).toBe(404);
    await page.context().close();
  });

  it("a second issuer approves it in the inbox, with a note", async () => {
    const page = await signedIn(issuerB);
    await openScreen(page, "审批待办");
    await page.getByRole("button", { name: /^办理审批 apr_/ }).click();
    // Worded in Chinese from the request's figures (not the API's English summary) …
    await expect
      .poll(() => page.textContent("[data-testid=deciding-summary]"))
      .toMatch(/^制作计划 \S+：1 个申请，售卡截止 \d{4}-\d{2}-\d{2}$/);
    // … and the maker by name, the username beside it, not by id.
    const makerCell = page.locator(`.ant-table [data-staff-id="${issuerA.id}"]`);
    expect(await makerCell.textContent()).toBe(`测试 issuer ${issuerA.username}`);
    await page.fill("#decisionNote", "数量合理，同意");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-cards-inbox-decide-zh");
    await page.click(".ant-modal .ant-btn-primary");
    await expect.poll(() => page.textContent("[data-testid=approvals-notice]")).toContain("已批准");
    await expect.poll(() => page.textContent(".ant-table")).toContain("没有待您审批的申请");
    const decided = await one<{
      state: string;
      checker_id: string;
      decision_note: string;
      plan_state: string;
    }>(
      `SELECT a.state, a.checker_id, a.decision_note, p.state AS plan_state
         FROM approvals a JOIN production_plans p ON p.approval_id = a.id`,
    );
    expect(decided).toEqual({
      state: "approved",
      checker_id: issuerB.id,
      decision_note: "数量合理，同意",
      plan_state: "approved",
    });
    await page.context().close();
  });

  it("the issuer orders the plan and downloads the encrypted card file; the manufacturer opens and acknowledges it", async () => {
    const page = await signedIn(issuerA);
    await openScreen(page, "制作计划");
    await expect.poll(() => page.textContent("body")).toContain("已批准，可下单");
    await page.locator(".ant-select", { hasText: "选择制卡厂" }).click();
    await page.locator(".ant-select-item-option", { hasText: "测试制卡厂" }).click();
    await page.getByRole("button", { name: /^下单制卡 / }).click();
    await expect.poll(() => page.textContent("[data-testid=plans-notice]")).toContain("已下单");
    const order = await one<{ id: string; card_count: number; state: string }>(
      "SELECT id, card_count, state FROM production_orders",
    );
    expect(order).toMatchObject({ card_count: 30, state: "generated" });
    orderId = order.id;
    cardNos = (
      await t.db.query<{ card_no: string; state: string }>(
        "SELECT card_no, state FROM cards ORDER BY card_no",
      )
    ).map((c) => c.card_no);
    expect(cardNos).toHaveLength(30);
    expect(
      (await custodyOf(t.db, { firstCardNo: cardNos[0] ?? "", lastCardNo: cardNos[29] ?? "" }))[0],
    ).toMatchObject({ state: "generated", n: 30 });

    await openScreen(page, "制卡订单");
    await expect.poll(() => page.textContent("[data-testid=order-id]")).toBe(orderId);
    expect(await page.textContent("[data-testid=order-state]")).toBe("已生成，待制卡厂确认");
    // The batch's unit by its name, not its id.
    await expect.poll(() => page.textContent(".pc-cards-table")).toContain("测试市公司");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=下载文件 1")]);
    expect(download.suggestedFilename()).toBe(`${orderId}-1.jwe`);
    const jwe = await readFile((await download.path()) as string, "latin1");
    expect(jwe.split(".")).toHaveLength(5); // a compact JWE: nothing readable without the key
    await expect.poll(() => page.textContent(".pc-cards-files")).toContain("已下载");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-cards-orders-zh");
    const downloads = await one<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'card_file.downloaded' AND object_id = $1",
      [orderId],
    );
    expect(downloads.n).toBe(1);

    // The manufacturer's side (its tool's functions): decrypt, verify against our published JWKS, sign.
    const jwks = (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const opened = await openCardFile({
      jwe,
      manufacturerPrivateJwk: keys.encryption.privateJwk,
      utilityJwks: jwks,
    });
    expect(opened.manifest).toMatchObject({ orderId, cardCount: 30 });
    const acknowledgement = await signAcknowledgement({
      manufacturerSigningJwk: keys.signing.privateJwk,
      orderId,
      cardCount: opened.manifest.cardCount,
      printFileSha256: opened.manifest.printFile.sha256,
    });
    await page.fill(`#ack-${orderId}`, acknowledgement);
    await page.click("button:has-text('登记回执')");
    await expect.poll(() => page.textContent("[data-testid=orders-notice]")).toBe("回执已登记");
    await expect.poll(() => page.textContent("[data-testid=order-state]")).toBe("制卡厂已全部确认");
    expect((await one<{ state: string }>("SELECT state FROM production_orders")).state).toBe("acknowledged");
    await page.context().close();
  });

  it("the card admin receives the shipment: two cartons arrive, one is missing, an extra range is reported", async () => {
    // The manufacturer's cartons of 10 go to the city, recorded as the issuer records a dispatch.
    const carton = (i: number) => ({
      firstCardNo: cardNos[i * 10] as string,
      lastCardNo: cardNos[i * 10 + 9] as string,
    });
    // The issuer records it in the console: the order, the bureau, the packing list scanned one
    // carton per line (the first two as printed, with spaces; a mistyped line is caught first).
    const issuerPage = await signedIn(issuerA);
    await openScreen(issuerPage, "制卡厂发货");
    await issuerPage.locator(".ant-select:has(#dispatch-order)").click();
    await issuerPage.locator(".ant-select-item-option", { hasText: orderId }).click();
    await expect
      .poll(() => issuerPage.textContent(".ant-select:has(#dispatch-unit)"))
      .toContain("测试市公司");
    const printed = (cardNo: string) => cardNo.replace(/(\d{4})(?=\d)/g, "$1 ");
    const lines = [0, 1, 2].map((i) => `${printed(carton(i).firstCardNo)}\t${printed(carton(i).lastCardNo)}`);
    await issuerPage.fill(
      "#dispatch-cartons",
      [...lines, `${carton(0).firstCardNo.slice(0, 15)}0 1`].join("\n"),
    );
    await expect.poll(() => issuerPage.textContent("[data-testid=dispatch-bad-lines]")).toContain("第 4 行");
    await issuerPage.fill("#dispatch-cartons", lines.join("\n"));
    await expect.poll(() => issuerPage.textContent("[data-testid=dispatch-cartons]")).toBe("3");
    expect(await issuerPage.textContent("[data-testid=dispatch-cards]")).toBe("30");
    expect(await seriousA11yViolations(issuerPage)).toEqual([]);
    await shot(issuerPage, "console-cards-dispatch-zh");
    await issuerPage.click("button:has-text('登记发货')");
    await expect
      .poll(() => issuerPage.textContent("[data-testid=dispatch-notice]"))
      .toContain("已登记发货：3 箱，共 30 张");
    const [shipment] = await t.db.query<{ id: string; to_unit_id: string }>(
      "SELECT id, to_unit_id FROM shipments WHERE order_id = $1",
      [orderId],
    );
    expect(shipment?.to_unit_id).toBe(f.cityId);
    shipmentId = shipment?.id as string;
    expect(await issuerPage.textContent("[data-testid=dispatch-notice]")).toContain(shipmentId);
    await issuerPage.context().close();

    const page = await signedIn(cardAdmin);
    await openScreen(page, "到货入库");
    await page.getByRole("button", { name: `开始验收 ${shipmentId}` }).click();
    await page.getByRole("checkbox", { name: "已到: 第 1 箱" }).check();
    await page.getByRole("checkbox", { name: "已到: 第 2 箱" }).check();
    // Half of carton 3 turned up loose: it is no carton of the packing list.
    await page.fill("#extraRanges", `${cardNos[20]} ${cardNos[24]}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-cards-shipment-check-zh");
    await page.click("button:has-text('确认入库')");
    await expect.poll(() => page.textContent("[data-testid=received]")).toBe("2 箱 · 20 张");
    expect(await page.textContent("[data-testid=received-value]")).toBe("2000.00");
    expect(await page.textContent("[data-testid=missing]")).toContain("缺箱（仍在途）: 1");
    expect(await page.textContent("[data-testid=missing]")).toContain("第 3 箱");
    expect(await page.textContent("[data-testid=unexpected]")).toContain("多箱（不在箱单内，未处理）: 1");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-cards-shipment-result-zh");

    expect(await custodyOf(t.db, carton(0))).toEqual([
      { state: "in_stock", owner_unit_id: f.cityId, holder_user_id: null, transfer_id: null, n: 10 },
    ]);
    expect(await custodyOf(t.db, carton(1))).toMatchObject([{ state: "in_stock", n: 10 }]);
    // The missing carton, including the loose half, is untouched: still in transit.
    expect(await custodyOf(t.db, carton(2))).toMatchObject([
      { state: "in_transit", owner_unit_id: f.cityId, n: 10 },
    ]);
    const cartons = await t.db.query<{ seq: number; state: string; received_by: string | null }>(
      "SELECT seq, state, received_by FROM shipment_cartons WHERE shipment_id = $1 ORDER BY seq",
      [shipmentId],
    );
    expect(cartons).toEqual([
      { seq: 1, state: "received", received_by: cardAdmin.id },
      { seq: 2, state: "received", received_by: cardAdmin.id },
      { seq: 3, state: "in_transit", received_by: null },
    ]);
    expect(
      (await one<{ state: string }>("SELECT state FROM shipments WHERE id = $1", [shipmentId])).state,
    ).toBe("partly_received");
    await page.context().close();
  });

  it("the card admin sends a carton to a clerk picked from the outlet's clerks", async () => {
    const page = await signedIn(cardAdmin);
    await openScreen(page, "分发领用");
    await page.locator(".ant-select:has(#toUnit)").click();
    await page.locator(".ant-select-item-option", { hasText: "测试营业厅" }).click();
    await page.locator(".ant-select:has(#toUser)").click();
    const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    // Both clerks of the outlet are offered, and "none" (the outlet's stock).
    await expect.poll(() => options.count()).toBe(3);
    expect(await options.allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining(clerk.username),
        expect.stringContaining(otherClerk.username),
      ]),
    );
    await options.filter({ hasText: clerk.username }).click();
    await page.fill("#transferFirst", cardNos[0] as string);
    await page.fill("#transferLast", cardNos[9] as string);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-cards-transfer-zh");
    await page.getByRole("button", { name: "确认分发" }).click();
    await expect
      .poll(() => page.textContent("[data-testid=transfers-notice]"))
      .toBe("已分发，等待对方确认领用");
    await expect.poll(() => page.textContent(".ant-table-row")).toContain("待领用");
    await shot(page, "console-cards-transfer-sent-zh");

    const transfer = await one<{
      id: string;
      to_unit_id: string;
      to_user_id: string;
      state: string;
      card_count: number;
    }>("SELECT id, to_unit_id, to_user_id, state, card_count FROM card_transfers");
    expect(transfer).toMatchObject({
      to_unit_id: f.outletId,
      to_user_id: clerk.id,
      state: "sent",
      card_count: 10,
    });
    expect(
      await custodyOf(t.db, { firstCardNo: cardNos[0] as string, lastCardNo: cardNos[9] as string }),
    ).toEqual([
      {
        state: "in_transfer",
        owner_unit_id: f.cityId,
        holder_user_id: null,
        transfer_id: transfer.id,
        n: 10,
      },
    ]);
    // The other clerk may not take them.
    const wrong = await call("POST", `/v1/card-transfers/${transfer.id}/receipt`, otherClerk.token);
    expect(wrong.status).toBe(403);
    await page.context().close();
  });

  it("the clerk confirms receipt in English: the cards are in the outlet's stock, in the clerk's hands", async () => {
    const page = await signedIn(clerk, "/en/console/", "en");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await openScreen(page, "Transfers");
    await expect.poll(() => page.textContent(".ant-table-row")).toContain("Sent");
    // Addressed to this clerk, by name; the clerk's own words, and no send form.
    expect(await page.textContent(".ant-table-row")).toContain(clerk.username);
    expect(await page.textContent("main")).toContain(
      "Confirm receipt of the cards a card administrator sent you",
    );
    expect(await page.locator("#toUnit").count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, "console-cards-transfer-receive-en");
    await page.getByRole("button", { name: /^Confirm receipt / }).click();
    await expect.poll(() => page.textContent("[data-testid=transfers-notice]")).toBe("Receipt confirmed");
    await expect.poll(() => page.textContent(".ant-table-row")).toContain("Received");
    await shot(page, "console-cards-transfer-received-en");
    expect(
      await custodyOf(t.db, { firstCardNo: cardNos[0] as string, lastCardNo: cardNos[9] as string }),
    ).toEqual([
      { state: "in_stock", owner_unit_id: f.outletId, holder_user_id: clerk.id, transfer_id: null, n: 10 },
    ]);
    const received = await one<{ state: string; received_by: string }>(
      "SELECT state, received_by FROM card_transfers",
    );
    expect(received).toEqual({ state: "received", received_by: clerk.id });
    await page.context().close();
  });

  it("left no request to another origin and no CSP violation", () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
