import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, chromium, type Page } from "playwright-core";
import { IN_CI } from "./env.ts";

/** Debian's Chromium (`apt-get install chromium`); nothing downloads a browser at run time. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Browser tests say clearly that they are skipped when Chromium is not installed, and are never
 * skipped under CI=true (.ci/run installs it).
 */
export function chromiumOnly(): { skip: boolean; reason: string } {
  if (existsSync(CHROMIUM_PATH)) return { skip: false, reason: "" };
  if (IN_CI)
    throw new Error(`CI=true requires Chromium at ${CHROMIUM_PATH}: browser tests may not be skipped in CI`);
  return {
    skip: true,
    reason: `SKIPPED: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`,
  };
}

/**
 * A headless Chromium, off the network but for the pages we open. Playwright gives it a fresh
 * temporary profile (user-data-dir) of its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core from node_modules in the page and returns its serious and critical violations.
 * It is evaluated over the DevTools protocol, which the page's CSP does not govern.
 */
export async function seriousA11yViolations(page: Page) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run();
  });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}
