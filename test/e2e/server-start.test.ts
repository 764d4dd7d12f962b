import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Schemas } from "../helpers/api-client.ts";
import {
  BUILD_TIMEOUT_MS,
  buildApi,
  demoBankToken,
  demoFromBanner,
  REPO_ROOT,
  START_TIMEOUT_MS,
  startBuiltServer,
  stopServer,
} from "../helpers/built-server.ts";

/**
 * What a newcomer does, on the start path `npm start` and production use (the compiled bundle in
 * api/dist, built here first): start the server on the embedded database in an empty folder,
 * recharge a demo card from the banner, top up as the demo bank, stop it, start it again on the
 * same folder. Run from dist/, the bundle must still find what lives beside the source: the
 * migrations (db/migrations), the portal (portal/dist) and the data folder.
 */
const apiDir = join(REPO_ROOT, "api");
const dataDir = mkdtempSync(join(tmpdir(), "powercard-start-"));

beforeAll(buildApi, BUILD_TIMEOUT_MS);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const start = () => startBuiltServer(dataDir);
const stop = stopServer;

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
    const bankToken = await demoBankToken(first.url, dataDir);
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
