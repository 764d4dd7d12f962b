import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { businessDate } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";
import { serveOnLoopback } from "../helpers/site.ts";

/**
 * The docs' reconciliation example (portal/examples/node/verify-reconciliation.mjs, included
 * verbatim in "Keys and signatures" and "Reconciliation") run as a partner runs it, against a real
 * server: after a recharge and a top-up it verifies the day's file and prints totals that equal
 * what the partner did; a file altered on the way, or asked for by another client, is refused.
 */
const EXAMPLE = fileURLToPath(
  new URL("../../portal/examples/node/verify-reconciliation.mjs", import.meta.url),
);
const run = promisify(execFile);

let t: TestDatabase;
let f: Fixtures;
let server: { url: string; close(): Promise<void> };
let partner: Awaited<ReturnType<typeof partnerClient>>;
let tamper = false;
// One instant for the whole test, so the recharge, the top-up and the file share a business day
// even when the test runs across Shanghai's midnight.
const clock = new Date();
const DAY = businessDate(clock);

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  const app = buildApp(t.db, { now: () => clock });
  server = await serveOnLoopback(async (request, env) => {
    const response = await app.fetch(request, env as never);
    if (!tamper || !new URL(request.url).pathname.startsWith("/v1/reconciliation/")) return response;
    // A file changed on its way: one character of the signed payload is different.
    const [header, payload = "", signature] = (await response.text()).split(".");
    const changed = payload.slice(0, 10) + (payload[10] === "A" ? "B" : "A") + payload.slice(11);
    return new Response([header, changed, signature].join("."), { headers: response.headers });
  });
  partner = await partnerClient(f, t.db, { now: clock });
  const card = await f.card({ faceValueFen: 5_000 });
  const { customerNo } = await f.customer();
  const recharge = await fetch(
    `${server.url}/v1/recharges`,
    requestInit("POST", {
      token: partner.token,
      idempotencyKey: randomUUID(),
      body: { cardNo: card.cardNo, pin: card.pin, customerNo },
    }),
  );
  expect(recharge.status, await recharge.clone().text()).toBe(201);
  const topup = await fetch(
    `${server.url}/v1/topups`,
    requestInit("POST", {
      token: partner.token,
      idempotencyKey: randomUUID(),
      body: { customerNo, amountFen: 700, partnerReference: "RECON-EXAMPLE-1" },
    }),
  );
  expect(topup.status, await topup.clone().text()).toBe(201);
});
afterAll(async () => {
  await server?.close();
  await t?.close();
});

const runExample = (env: Record<string, string>) =>
  run("node", [EXAMPLE], {
    env: { ...process.env, POWERCARD_URL: server.url, DATE: DAY, ...env },
  });

describe("the reconciliation example of the docs", () => {
  it("verifies today's file and prints the recharge and the top-up the partner made", async () => {
    const { stdout } = await runExample({ ACCESS_TOKEN: partner.token, CLIENT_ID: partner.id });
    expect(stdout).toMatch(
      new RegExp(
        `^verified ${DAY} \\(key \\S+\\): 1 recharges 5000 fen, 1 top-ups 700 fen, net payable 700 fen$`,
        "m",
      ),
    );
  });

  it("refuses a file altered on its way, and says the signature failed", async () => {
    tamper = true;
    try {
      const failed = await runExample({ ACCESS_TOKEN: partner.token, CLIENT_ID: partner.id }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toMatch(/signature verification failed/i);
    } finally {
      tamper = false;
    }
  });

  it("refuses a file that is not the caller's own client's", async () => {
    const failed = await runExample({ ACCESS_TOKEN: partner.token, CLIENT_ID: "cli_someone_else" }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(`the file is for ${partner.id}, not for cli_someone_else`);
  });
});
