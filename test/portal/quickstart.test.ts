import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResponseBody } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { ledgerFigures } from "../helpers/partners.ts";
import { serveOnLoopback } from "../helpers/site.ts";

/**
 * The partner quickstart's examples (portal/examples, included verbatim in the docs) run as a
 * partner would run them, against a real server: a sysadmin registers the partner and the public
 * key the example created, then the example gets a token, verifies a card and recharges it —
 * once with a prompt answer, once with the answer arriving after the example's timeout, so the
 * look-up-by-key path runs too. Each time exactly one recharge must have happened.
 */
const EXAMPLES = fileURLToPath(new URL("../../portal/examples/", import.meta.url));
const run = promisify(execFile);

let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let admin: { token: string };
let work: string;
let slowRecharges = false;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  admin = await f.staff(["sysadmin"], { unitId: f.provinceId });
  // The token endpoint's audience is configuration, here the server's own loopback origin.
  const app = buildApp(t.db, { publicBaseUrl: () => server.url });
  server = await serveOnLoopback(async (request, env) => {
    const response = await app.fetch(request, env as never);
    // A slow network: the recharge is done, but its answer arrives after the client gave up.
    const isRecharge = request.method === "POST" && new URL(request.url).pathname === "/v1/recharges";
    if (slowRecharges && isRecharge) await new Promise((resolve) => setTimeout(resolve, 1_500));
    return response;
  });
  work = await mkdtemp(join(tmpdir(), "powercard-quickstart-"));
});
afterAll(async () => {
  await server?.close();
  await t?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function asAdmin(method: string, path: string, body: unknown) {
  const res = await fetch(`${server.url}${path}`, requestInit(method, { token: admin.token, body }));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as ResponseBody<"createChannelClient", 201> &
    ResponseBody<"registerChannelClientKey", 201>;
}

/** What the utility does with a new partner: register it, then the public key it sent. */
async function registerPartner(name: string, publicJwk: string) {
  const client = await asAdmin("POST", "/v1/channel-clients", {
    name,
    channel: "partner",
    partnerType: "bank",
    // A new client may do nothing it was not given: the quickstart verifies, recharges and reads.
    allowedOperations: ["cards:verify", "recharges:write", "recharges:read", "accounts:read"],
  });
  await asAdmin("POST", `/v1/channel-clients/${client.id}/keys`, { jwk: JSON.parse(publicJwk) });
  return client.id;
}

async function expectOneRecharge(cardNo: string, customerNo: string, faceValueFen: number) {
  const rows = await t.db.query<{ channel: string; state: string }>(
    `SELECT r.channel, c.state FROM recharges r JOIN cards c ON c.card_no = r.card_no WHERE r.card_no = $1`,
    [cardNo],
  );
  expect(rows).toEqual([{ channel: "partner", state: "used" }]);
  expect((await ledgerFigures(t.db, customerNo)).balanceFen).toBe(faceValueFen);
}

/**
 * The two examples: how each creates its key, runs, names its timeout, and says it succeeded. The
 * prompt run gives the recharge two minutes, so a slow machine never looks like a lost answer.
 */
const EXAMPLES_UNDER_TEST = [
  {
    name: "Node",
    summary:
      "creates a key, gets a token, previews, verifies and recharges a card, and recovers from a timeout",
    shell: "node",
    createKey: "create-key.mjs",
    keyFile: "node-key.json",
    quickstart: "quickstart.mjs",
    faceValueFen: 5_000,
    timeout: (slow: boolean) => ({ RECHARGE_TIMEOUT_MS: slow ? "300" : "120000" }),
    expectOutput: (stdout: string) => {
      expect(stdout).toMatch(/^account \d\d\*{6}\d\d: 张\*明, /m);
      expect(stdout).toMatch(/recharged rch_\S+: \+5000 fen, balance 5000 fen/);
    },
  },
  {
    name: "curl",
    summary:
      "creates a key with OpenSSL, gets a token, previews, verifies and recharges a card, and recovers from a timeout",
    shell: "sh",
    createKey: "create-key.sh",
    keyFile: "curl-key.pem",
    quickstart: "quickstart.sh",
    faceValueFen: 10_000,
    timeout: (slow: boolean) => ({ RECHARGE_TIMEOUT: slow ? "0.3" : "120" }),
    expectOutput: (stdout: string) => {
      expect(stdout).toContain('"name":"张*明"');
      expect(stdout).toContain('"canRecharge":true');
      expect(stdout).toContain('"redeemable":true');
      expect(stdout).toMatch(/"amountFen":10000,"balanceFen":10000/);
    },
  },
] as const;

describe("partner quickstart examples", () => {
  for (const example of EXAMPLES_UNDER_TEST) {
    it(`${example.name}: ${example.summary}`, async () => {
      const cwd = join(EXAMPLES, example.name.toLowerCase());
      const keyFile = join(work, example.keyFile);
      const { stdout: publicJwk } = await run(example.shell, [example.createKey, keyFile], { cwd });
      const clientId = await registerPartner(`快速入门银行 ${example.name}`, publicJwk);

      for (const slow of [false, true]) {
        const card = await f.card({ faceValueFen: example.faceValueFen });
        const { customerNo } = await f.customer();
        slowRecharges = slow;
        const env = {
          ...process.env,
          POWERCARD_URL: server.url,
          CLIENT_ID: clientId,
          PRIVATE_KEY_FILE: keyFile,
          CARD_NO: card.cardNo,
          PIN: card.pin,
          CUSTOMER_NO: customerNo,
          ...example.timeout(slow),
        };
        const { stdout } = await run(example.shell, [example.quickstart], { cwd, env });
        example.expectOutput(stdout);
        expect(stdout.includes("looking the recharge up by its key")).toBe(slow);
        await expectOneRecharge(card.cardNo, customerNo, example.faceValueFen);
      }
    });
  }
});
