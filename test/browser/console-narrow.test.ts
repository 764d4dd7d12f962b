import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumOnly, launchChromium, seriousA11yViolations } from "../helpers/chromium.ts";
import { shot, signIn, type WatchedBrowser, watchBrowser } from "../helpers/console-browser.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { startPortalServer } from "../helpers/site.ts";

/**
 * The console is a desktop tool, but a clerk may open it on a phone (360×740): the sign-in page
 * and the sell and recharge screens must not overflow sideways nor cut a field or button, and the
 * ☰ toggle of the folded navigation must not lie over the screen's title or intro.
 */
const chromium = chromiumOnly();
const PHONE = { width: 360, height: 740 };

let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let watch: WatchedBrowser;
let context: BrowserContext;
let page: Page;

/**
 * What does not fit: the page's width, controls cut at the viewport's edge, and header items that
 * spill out of the header over the screen below it.
 */
const overflow = (p: Page) =>
  p.evaluate<{ scrollWidth: number; cut: string[]; spilled: string[] }>(`(() => {
    const name = (el) => (el.getAttribute("aria-label") || el.textContent || el.id || el.tagName).trim().slice(0, 40);
    const shown = (el) => el.getClientRects().length > 0;
    const cut = [...document.querySelectorAll("main button, main input, main label, main .ant-select")]
      .filter(shown)
      .filter((el) => { const r = el.getBoundingClientRect(); return r.left < 0 || r.right > window.innerWidth + 0.5; })
      .map(name);
    const header = document.querySelector(".pc-header")?.getBoundingClientRect();
    const spilled = header
      ? [...document.querySelectorAll(".pc-header > *, .pc-who > .ant-space-item > *")]
          .filter(shown)
          .filter((el) => { const r = el.getBoundingClientRect(); return r.bottom > header.bottom + 0.5 || r.right > window.innerWidth + 0.5; })
          .map(name)
      : [];
    return { scrollWidth: document.documentElement.scrollWidth, cut, spilled };
  })()`);

/**
 * Where the ☰ toggle of the folded navigation (antd's zero-width trigger) lies against the
 * screen's title (its text, as the title's box spans the width) and the first element below it
 * (the intro): it must be shown and cover neither.
 */
const toggleOverlap = (p: Page) =>
  p.evaluate<{ toggle: boolean; overTitle: boolean; overIntro: boolean }>(`(() => {
    const toggle = document.querySelector(".ant-layout-sider-zero-width-trigger")?.getBoundingClientRect();
    const title = document.querySelector("main h1");
    const intro = title?.nextElementSibling?.getBoundingClientRect();
    const text = document.createRange();
    if (title) text.selectNodeContents(title);
    const meet = (a, b) => Boolean(a && b && a.width > 0 && b.width > 0 &&
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom);
    return {
      toggle: Boolean(toggle && toggle.width > 0),
      overTitle: meet(toggle, title ? text.getBoundingClientRect() : undefined),
      overIntro: meet(toggle, intro),
    };
  })()`);

describe.skipIf(chromium.skip)("staff console at 360 px: sign-in, sell, recharge", () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    f = await Fixtures.create(t.db);
    server = await startPortalServer(t.db);
    browser = await launchChromium();
    watch = watchBrowser(browser, server.url);
    context = await watch.context(PHONE);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.close();
  });

  it("the sign-in page fits", async () => {
    page = await watch.open(context, "/console/");
    await expect.poll(() => page.textContent("h2")).toBe("员工登录");
    await shot(page, "console-narrow-signin-zh");
    expect(await overflow(page)).toEqual({ scrollWidth: PHONE.width, cut: [], spilled: [] });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  for (const [screen, heading] of [
    ["sell", "售卡"],
    ["recharge", "柜台充值"],
  ] as const) {
    it(`the ${screen} screen fits: every field and button within the width`, async () => {
      if (screen === "sell") await signIn(page, await f.staff(["clerk"], { unitId: f.outletId }));
      await page.goto(`${server.url}/console/#/${screen}`);
      await expect.poll(() => page.textContent("main h1")).toBe(heading);
      await shot(page, `console-narrow-${screen}-zh`);
      expect(await overflow(page)).toEqual({ scrollWidth: PHONE.width, cut: [], spilled: [] });
      expect(await toggleOverlap(page)).toEqual({ toggle: true, overTitle: false, overIntro: false });
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }

  it("no request left the server's origin and the CSP held", () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
