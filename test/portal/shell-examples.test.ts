import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createDb } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Schemas } from "../helpers/api-client.ts";
import {
  BUILD_TIMEOUT_MS,
  buildApi,
  demoBankToken,
  demoFromBanner,
  embeddedEnv,
  REPO_ROOT,
  START_TIMEOUT_MS,
  type Started,
  startBuiltServer,
  stopServer,
} from "../helpers/built-server.ts";

/**
 * The docs' shell commands (portal/examples/shell, included verbatim in both languages) run as
 * the reader runs them: against the built server on the embedded database, started as
 * `npm start` starts it, with the banner's demo data in the environment variables the pages
 * name. Each is checked by its effect — the balance moved, the key gets a token — not its output
 * alone. The manufacturer's two commands run in test/e2e/manufacturer-tool.test.ts.
 */
const SHELL = join(REPO_ROOT, "portal/examples/shell");
const NODE_EXAMPLES = join(REPO_ROOT, "portal/examples/node");
const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), "powercard-shell-examples-"));
const work = mkdtempSync(join(tmpdir(), "powercard-shell-work-"));

let server: Started;
let demo: ReturnType<typeof demoFromBanner>;

beforeAll(async () => {
  await buildApi();
  server = await startBuiltServer(dataDir);
  demo = demoFromBanner(server.banner);
}, BUILD_TIMEOUT_MS + START_TIMEOUT_MS);
afterAll(async () => {
  if (server) await stopServer(server.child);
  for (const dir of [dataDir, work]) rmSync(dir, { recursive: true, force: true });
});

/** Runs portal/examples/shell/<script> with sh, as the page says, in `cwd`. */
async function shell(script: string, cwd: string, env: Record<string, string>, folder = dataDir) {
  const { stdout } = await run("sh", [join(SHELL, script)], { cwd, env: { ...embeddedEnv(folder), ...env } });
  return stdout;
}

async function balanceFen(customerNo: string): Promise<number> {
  const res = await fetch(`${server.url}/v1/accounts/${customerNo}`, {
    headers: { Authorization: `Bearer ${demo.apiKey}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as Schemas["Account"]).balanceFen;
}

describe("the docs' shell examples against the built server", () => {
  it("demo-recharge.sh (quickstart): the demo bank's token, a preview, a recharge that moves the balance", {
    timeout: START_TIMEOUT_MS,
  }, async () => {
    const before = await balanceFen(demo.customerNo);
    const stdout = await shell("demo-recharge.sh", REPO_ROOT, {
      POWERCARD_URL: server.url,
      CARD_NO: demo.cardNo,
      PIN: demo.pin,
      CUSTOMER_NO: demo.customerNo,
    });
    const [preview, recharge] = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(preview).toMatchObject({ canRecharge: true });
    expect(recharge).toMatchObject({ id: expect.stringMatching(/^rch_/), cardNo: demo.cardNo });
    expect(await balanceFen(demo.customerNo)).toBe(before + (recharge as Schemas["Recharge"]).amountFen);
  });

  it("demo-topup.sh (channels and partners): a top-up of 50 元 to the default demo customer", {
    timeout: START_TIMEOUT_MS,
  }, async () => {
    const token = await demoBankToken(server.url, dataDir);
    const before = await balanceFen("3301000001");
    const stdout = await shell("demo-topup.sh", REPO_ROOT, { POWERCARD_URL: server.url, TOKEN: token });
    expect(JSON.parse(stdout)).toMatchObject({ amountFen: 5_000, balanceFen: before + 5_000 });
    expect(await balanceFen("3301000001")).toBe(before + 5_000);
  });

  it("register-demo-key.sh (quickstart): the key it registers signs the quickstart to a recharge", {
    timeout: START_TIMEOUT_MS,
  }, async () => {
    const keyFile = join(work, "partner-key.json");
    const registered = await shell("register-demo-key.sh", NODE_EXAMPLES, {
      POWERCARD_URL: server.url,
      PRIVATE_KEY_FILE: keyFile,
    });
    expect(JSON.parse(registered)).toMatchObject({ kid: expect.any(String) });

    // "Then run node quickstart.mjs with CLIENT_ID=cli_demo_bank PRIVATE_KEY_FILE=…": a token
    // only the registered key can get, then a second banner card recharged with it.
    const card = demo.cards[1];
    if (!card) throw new Error(`the banner offers one card only:\n${server.banner}`);
    const before = await balanceFen(demo.customerNo);
    const { stdout } = await run("node", ["quickstart.mjs"], {
      cwd: NODE_EXAMPLES,
      env: {
        ...process.env,
        POWERCARD_URL: server.url,
        CLIENT_ID: "cli_demo_bank",
        PRIVATE_KEY_FILE: keyFile,
        CARD_NO: card.cardNo,
        PIN: card.pin,
        CUSTOMER_NO: demo.customerNo,
      },
    });
    const recharged = /recharged rch_\S+: \+(\d+) fen/.exec(stdout);
    expect(recharged, stdout).not.toBeNull();
    expect(await balanceFen(demo.customerNo)).toBe(before + Number(recharged?.[1]));
  });
});

describe("the docs' server tools (deployment)", () => {
  it("server-tools.sh on an empty data folder: the first admin, a channel client, an intact audit chain", {
    timeout: START_TIMEOUT_MS,
  }, async () => {
    const empty = mkdtempSync(join(work, "tools-"));
    const stdout = await shell("server-tools.sh", REPO_ROOT, {}, empty);
    expect(stdout).toMatch(/created the province unit ZJ/);
    expect(stdout).toMatch(/sysadmin admin \(\S+\) created/);
    expect(stdout).toMatch(/client cli_\S+ \(ivr\) created/);
    expect(stdout).toMatch(/audit chain ok: \d+ links checked/);

    const db = await createDb({ dataDir: join(empty, "pglite") });
    try {
      expect(await db.query("SELECT username FROM staff_users")).toEqual([{ username: "admin" }]);
      expect(await db.query("SELECT name, channel FROM channel_clients")).toEqual([
        { name: "95598 语音", channel: "ivr" },
      ]);
    } finally {
      await db.close();
    }
  });
});
