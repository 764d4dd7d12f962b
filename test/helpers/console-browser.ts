import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { expect } from "vitest";

/**
 * What every staff-console browser test does the same way: open a watched browser context on the
 * server (requests to anything else and CSP violations are collected, for the test to assert
 * empty), sign in with the keyboard, move focus by Tab, keep screenshots as test artifacts.
 */

export const ARTIFACTS = fileURLToPath(new URL("../artifacts/", import.meta.url));
export const DESKTOP = { width: 1280, height: 800 };

export interface WatchedBrowser {
  /** Requests that left the server's origin: a console that works offline-of-the-internet has none. */
  foreignRequests: string[];
  cspViolations: string[];
  context(viewport?: { width: number; height: number }, locale?: string): Promise<BrowserContext>;
  /** Opens `path`, expects 200 and the portal's strict CSP. */
  open(ctx: BrowserContext, path: string): Promise<Page>;
}

export function watchBrowser(browser: Browser, serverUrl: string): WatchedBrowser {
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  return {
    foreignRequests,
    cspViolations,
    async context(viewport = DESKTOP, locale = "zh-CN") {
      const ctx = await browser.newContext({ viewport, locale });
      // Playwright's 30 s per navigation or action catches hangs only on a fast machine.
      ctx.setDefaultTimeout(120_000);
      ctx.on("request", (request) => {
        if (!request.url().startsWith(`${serverUrl}/`)) foreignRequests.push(request.url());
      });
      ctx.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      return ctx;
    },
    async open(ctx, path) {
      const page = await ctx.newPage();
      const response = await page.goto(`${serverUrl}${path}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
      return page;
    },
  };
}

export const activeId = (page: Page) => page.evaluate<string | undefined>("document.activeElement?.id");
export const activeText = (page: Page) =>
  page.evaluate<string>(
    "document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent || ''",
  );

/**
 * Tabs until the focused element's text (or aria-label) is `text`: the keyboard's way to a link.
 * `onPress` is told of every key pressed, for tests that count them.
 */
export async function tabTo(page: Page, text: string, onPress: () => void = () => {}) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    onPress();
    if ((await activeText(page)).trim() === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** The sign-in form, by keyboard: it opens with focus on the username. */
export async function signIn(page: Page, user: { username: string; password: string }) {
  await expect.poll(() => activeId(page)).toBe("username");
  await page.keyboard.type(user.username);
  await page.keyboard.press("Tab");
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
}

/** A screenshot kept under test/artifacts/NAME.png: open it and look. */
export async function shot(page: Page, name: string) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

/**
 * Ticks a checkbox and waits until it shows ticked, clicking again if a click was lost. Under the
 * whole suite's load a click on an antd checkbox was seen to leave it unticked (Playwright's
 * check() then fails: "did not change its state"); the cause is not found yet (see the session
 * note). The test asserts what the screen then does with the box ticked.
 */
export async function tick(box: Locator) {
  await expect
    .poll(async () => {
      if (!(await box.isChecked())) await box.click();
      return box.isChecked();
    })
    .toBe(true);
}
