import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Schemas } from "../helpers/api-client.ts";
import { buildServerOnce } from "../helpers/build-server.ts";

/**
 * What a newcomer does, on the start path `npm start` and production use (the compiled bundle in
 * api/dist, built here first): start the server on the embedded database in an empty folder,
 * recharge a demo card from the banner, top up as the demo bank, stop it, start it again on the
 * same folder. Run from dist/, the bundle must still find what lives beside the source: the
 * migrations (db/migrations), the portal (portal/dist) and the data folder.
 */
const root = new URL("../../", import.meta.url).pathname;
const apiDir = join(root, "api");
const dataDir = mkdtempSync(join(tmpdir(), "powercard-start-"));
const run = promisify(execFile);
/** Catches a start that hangs; a slow, busy machine may take a minute or more (see README). */
const START_TIMEOUT_MS = 180_000;

beforeAll(() => buildServerOnce(), 300_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  banner: string;
}

/** The environment of a start: DATABASE_URL is removed on purpose, this is the embedded path. */
function startEnv() {
  const { DATABASE_URL: _, ...env } = process.env;
  return { ...env, DATA_DIR: dataDir, LOG_LEVEL: "warn", NODE_ENV: "development" };
}

function start(): Promise<Started> {
  const child = spawn(process.execPath, ["--enable-source-maps", "dist/server.js"], {
    cwd: apiDir,
    env: { ...startEnv(), PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), START_TIMEOUT_MS);
    child.stderr?.on("data", (d) => {
      out += d;
    });
    child.stdout?.on("data", (d) => {
      out += d;
      const url = /Powercard API\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (url && out.includes("Try it:") && out.includes("-d '")) {
        clearTimeout(timer);
        resolve({ child, url, banner: out });
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

function demoFromBanner(banner: string) {
  const card = /card\s+([\d ]{19})\s+PIN (\d{16})/.exec(banner);
  const customer = /customers\s+(\d{10})/.exec(banner);
  const apiKey = /api key\s+counter\s+(\S+)/.exec(banner);
  if (!card?.[1] || !card[2] || !customer?.[1] || !apiKey?.[1])
    throw new Error(`banner lacks demo data:\n${banner}`);
  return { cardNo: card[1].replaceAll(" ", ""), pin: card[2], customerNo: customer[1], apiKey: apiKey[1] };
}

/** The demo bank's access token, the way the README says: `TOKEN=$(npm run -s demo:token)`. */
async function demoBankToken(url: string): Promise<string> {
  const { stdout } = await run("npm", ["run", "-s", "demo:token", "--", "--url", url], {
    cwd: root,
    env: startEnv(),
  });
  return stdout.trim();
}

const scopesOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as { scope: string }).scope
    .split(" ")
    .sort();

describe("npm start (the built server) on the embedded database", () => {
  it("creates, seeds and serves on first start, and reuses the data on the second", {
    timeout: 4 * START_TIMEOUT_MS,
  }, async () => {
    const first = await start();
    const demo = demoFromBanner(first.banner);
    const headers = { Authorization: `Bearer ${demo.apiKey}`, "Content-Type": "application/json" };
    const res = await fetch(`${first.url}/v1/recharges`, {
      method: "POST",
      headers: { ...headers, "Idempotency-Key": "start-test" },
      body: JSON.stringify({ cardNo: demo.cardNo, pin: demo.pin, customerNo: demo.customerNo }),
    });
    expect(res.status).toBe(201);

    // The demo bank may do what the partner docs describe: top-ups among them.
    const bankToken = await demoBankToken(first.url);
    expect(scopesOf(bankToken)).toEqual([
      "accounts:read",
      "cards:verify",
      "recharges:read",
      "recharges:write",
      "reconciliation:read",
      "topups:write",
      "webhooks:manage",
    ]);
    const topup = await fetch(`${first.url}/v1/topups`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${bankToken}`,
        "Content-Type": "application/json",
        "Idempotency-Key": "start-test-topup",
      },
      body: JSON.stringify({ customerNo: demo.customerNo, amountFen: 2_500, partnerReference: "DEMO-0001" }),
    });
    expect(topup.status, await topup.clone().text()).toBe(201);
    const { balanceFen } = (await topup.json()) as Schemas["Topup"];
    const { balanceFen: recharged } = (await res.json()) as Schemas["Recharge"];
    expect(balanceFen).toBe(recharged + 2_500);

    // From dist/, the spec served is the committed one and the portal is found beside the source.
    const spec = await fetch(`${first.url}/openapi.json`);
    expect(await spec.json()).toEqual(JSON.parse(readFileSync(join(apiDir, "openapi.json"), "utf8")));
    expect(first.banner).toContain("Recharge page");
    const page = await fetch(`${first.url}/recharge`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<html");
    expect(await stop(first.child)).toBe(0);

    const second = await start();
    try {
      expect(second.banner).not.toContain(demo.pin); // the used card is no longer offered
      const account = await fetch(`${second.url}/v1/accounts/${demo.customerNo}`, { headers });
      expect(((await account.json()) as Schemas["Account"]).balanceFen).toBe(balanceFen);
      // A second process on the same folder would corrupt it: it must refuse to start.
      await expect(start()).rejects.toThrow(/in use by another Powercard process/);
    } finally {
      await stop(second.child);
    }
  });
});
