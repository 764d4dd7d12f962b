import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * What a newcomer does: start the real server entry point on the embedded database in an empty
 * folder, recharge a demo card from the banner, stop it, start it again on the same folder.
 */
const apiDir = new URL("../../api/", import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), "powercard-start-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  banner: string;
}

function start(): Promise<Started> {
  // DATABASE_URL is removed on purpose: this is the embedded path.
  const { DATABASE_URL: _, ...env } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: apiDir,
    env: { ...env, DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "warn", NODE_ENV: "development" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 45_000);
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

describe("npm start on the embedded database", () => {
  it("creates, seeds and serves on first start, and reuses the data on the second", async () => {
    const first = await start();
    const demo = demoFromBanner(first.banner);
    const headers = { Authorization: `Bearer ${demo.apiKey}`, "Content-Type": "application/json" };
    const res = await fetch(`${first.url}/v1/recharges`, {
      method: "POST",
      headers: { ...headers, "Idempotency-Key": "start-test" },
      body: JSON.stringify({ cardNo: demo.cardNo, pin: demo.pin, customerNo: demo.customerNo }),
    });
    expect(res.status).toBe(201);
    const { balanceFen } = (await res.json()) as { balanceFen: number };
    expect(await stop(first.child)).toBe(0);

    const second = await start();
    try {
      expect(second.banner).not.toContain(demo.pin); // the used card is no longer offered
      const account = await fetch(`${second.url}/v1/accounts/${demo.customerNo}`, { headers });
      expect(((await account.json()) as { balanceFen: number }).balanceFen).toBe(balanceFen);
      // A second process on the same folder would corrupt it: it must refuse to start.
      await expect(start()).rejects.toThrow(/in use by another Powercard process/);
    } finally {
      await stop(second.child);
    }
  });
});
