import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { demoPartnerAssertion } from "../../api/src/demo-partner-key.ts";

/**
 * The token endpoint's `aud` as the real server entry point sets it: in development without
 * PUBLIC_BASE_URL the origin it listens on, whatever Host a client sends; in production
 * PUBLIC_BASE_URL is required before anything starts.
 */
const apiDir = new URL("../../api/", import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), "powercard-aud-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function spawnServer(env: Record<string, string>): ChildProcess {
  const { DATABASE_URL: _, PUBLIC_BASE_URL: __, ...inherited } = process.env;
  return spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: apiDir,
    env: { ...inherited, DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Starts a development server and resolves with its URL once the banner is out. */
function startDevelopment(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawnServer({ NODE_ENV: "development" });
  return new Promise((resolve, reject) => {
    let out = "";
    // Catches a hang, not slowness: a cold tsx start on a busy machine takes tens of seconds.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 120_000);
    const read = (d: Buffer) => {
      out += d;
      const url = /Powercard API\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (url && out.includes("Try it:")) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", (d) => {
      out += d;
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

/** A token request over real HTTP with a Host header of the caller's choosing. */
function requestToken(url: string, host: string, clientAssertion: string) {
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
    client_assertion: clientAssertion,
  }).toString();
  return new Promise<number>((resolve, reject) => {
    const req = httpRequest(`${url}/v1/oauth/token`, {
      method: "POST",
      headers: {
        Host: host,
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": Buffer.byteLength(body),
      },
    });
    req.once("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once("error", reject);
    req.end(body);
  });
}

describe("the token endpoint's audience at start", () => {
  it("in development without PUBLIC_BASE_URL is the listening origin: a forged Host gets no token", async () => {
    const { child, url } = await startDevelopment();
    try {
      const real = `${url}/v1/oauth/token`;
      expect(await requestToken(url, "evil.example", await demoPartnerAssertion(dataDir, real))).toBe(200);
      const forged = await demoPartnerAssertion(dataDir, "http://evil.example/v1/oauth/token");
      expect(await requestToken(url, "evil.example", forged)).toBe(401);
    } finally {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    }
  }, 180_000);

  it("in production refuses to start without PUBLIC_BASE_URL, saying so", async () => {
    const child = spawnServer({
      NODE_ENV: "production",
      PIN_HMAC_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
      PIN_HMAC_KEY_ID: "k1",
      STAFF_SIGNING_KEYS_FILE: join(dataDir, "no-such-file.json"),
    });
    let err = "";
    child.stderr?.on("data", (d) => {
      err += d;
    });
    const code = await new Promise<number | null>((done) => child.once("exit", done));
    expect(code).not.toBe(0);
    expect(err).toMatch(/PUBLIC_BASE_URL is required in production/);
  }, 120_000);
});
