import { Writable } from "node:stream";
import { createDatabaseWatch, onError } from "@powercard/api";
import { Hono } from "hono";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

/**
 * The text rule (api/src/http/input-text.ts): a control character or an unpaired surrogate in any
 * string of a request is a 400 naming the field, before a handler or the database sees it; and a
 * data exception the database raises anyway is a 400, never a 500.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let channel: { apiKey: string };
let admin: { token: string };
let fundAdmin: { token: string };
let n = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  channel = await f.client("counter");
  admin = await f.staff(["card_admin"]);
  fundAdmin = await f.staff(["fund_admin"]);
});
afterAll(() => t.close());

async function problem(res: Response) {
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  return (await res.json()) as Problem;
}

async function expectRefused(res: Response, field: string) {
  expect(res.status, field).toBe(400);
  const body = await problem(res);
  expect(body.code).toBe("validation_failed");
  expect(body.errors, field).toContainEqual({ field, message: expect.stringMatching(/control characters/) });
}

const CONTROL = ["\u0000", "\u0001", "\u001b", "\t", "\n", "\r", "\u007f", "\u0085", "\u009f", "\ud800"];

describe("a control character anywhere in a request is a 400 naming the field", () => {
  it.each(CONTROL)(
    "in a path parameter (%j): the recharge lookup channels use after a timeout",
    async (ch) => {
      const res = await app.request(
        `/v1/recharges/by-idempotency-key/${ch === "\ud800" ? "%ED%A0%80" : encodeURIComponent(`key${ch}x`)}`,
        requestInit("GET", { apiKey: channel.apiKey }),
      );
      // %ED%A0%80 is not UTF-8: it stays as sent (no decoding), which is clean text and simply unknown.
      if (ch === "\ud800") expect(res.status).toBe(404);
      else await expectRefused(res, "path.idempotencyKey");
    },
  );

  it.each(CONTROL)("in a query parameter (%j)", async (ch) => {
    const res = await app.request(
      `/v1/inventory?unitId=${encodeURIComponent(`${f.cityId}`)}${ch === "\ud800" ? "%ED%A0%80" : encodeURIComponent(ch)}`,
      requestInit("GET", { token: admin.token }),
    );
    if (ch === "\ud800") expect(res.status).not.toBeGreaterThanOrEqual(500);
    else await expectRefused(res, "query.unitId");
  });

  it.each(CONTROL)("in a JSON body string (%j), nested fields named by their path", async (ch) => {
    const login = await app.request(
      "/v1/auth/login",
      requestInit("POST", { body: { username: `a${ch}b`, password: "x" } }),
    );
    await expectRefused(login, "body.username");
    const bills = await app.request(
      "/v1/bills",
      requestInit("POST", {
        token: fundAdmin.token,
        idempotencyKey: `cc-${n++}`,
        body: {
          source: "cis",
          bills: [{ billId: `B${ch}1`, customerNo: "3301000001", period: "2026-01", amountFen: 100 }],
        },
      }),
    );
    await expectRefused(bills, "body.bills.0.billId");
  });

  it("in a free-text field too: a reason is one line, without tab or line break", async () => {
    for (const reason of ["lost\nfound", "a\tb", "\u0000"]) {
      const res = await app.request(
        "/v1/card-ranges/freeze",
        requestInit("POST", {
          token: admin.token,
          body: { firstCardNo: "3300000000000019", lastCardNo: "3300000000000019", reason },
        }),
      );
      await expectRefused(res, "body.reason");
    }
  });

  it("in a form body (the OAuth token request)", async () => {
    const res = await app.request("/v1/oauth/token", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        client_assertion: "a.b.c",
        scope: "recharges:write\u0000",
      }).toString(),
    });
    await expectRefused(res, "body.scope");
  });

  it("in a cell of a CSV bill file, named by line and column", async () => {
    const res = await app.request(
      "/v1/bills/import?source=cis",
      requestInit("POST", {
        token: fundAdmin.token,
        idempotencyKey: `cc-${n++}`,
        headers: { "Content-Type": "text/csv" },
        rawBody: "bill_id,customer_no,period,amount_fen\nB\u00001,3301000001,2026-01,100\n",
      }),
    );
    await expectRefused(res, "line 2.billId");
  });

  it("but not in what is merely unusual: Chinese, emoji and a BOM-free Unicode name pass the rule", async () => {
    const res = await app.request(
      "/v1/auth/login",
      requestInit("POST", { body: { username: "张三😀", password: "not the password" } }),
    );
    // Past validation: the credentials are simply wrong.
    expect(res.status).toBe(401);
    expect((await problem(res)).code).toBe("invalid_credentials");
  });

  it("the Idempotency-Key keeps its own stricter rule and code", async () => {
    const res = await app.request(
      "/v1/recharges",
      requestInit("POST", {
        apiKey: channel.apiKey,
        idempotencyKey: "tab\there",
        body: { cardNo: "3300000000000019", pin: "1234567890123456", customerNo: "3301000001" },
      }),
    );
    expect(res.status).toBe(400);
    expect((await problem(res)).code).toBe("idempotency_key_invalid");
  });
});

describe("a data exception the database raises is a 400 all the same (defence in depth)", () => {
  const lines: string[] = [];
  function probe() {
    const logger = pino(
      { level: "warn" },
      new Writable({
        write(chunk, _, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const probeApp = new Hono<never>();
    probeApp.use("*", async (c, next) => {
      (c as unknown as { set(k: string, v: string): void }).set("requestId", "req_probe");
      await next();
    });
    probeApp.get("/text", async () =>
      Response.json(await t.db.query("SELECT $1::text AS v", ["secret\u0000value"])),
    );
    probeApp.get("/int", async () => Response.json(await t.db.query("SELECT $1::int AS v", ["x"])));
    probeApp.get("/range", async () =>
      Response.json(await t.db.query("SELECT $1::int AS v", ["99999999999"])),
    );
    probeApp.get("/zero", async () => Response.json(await t.db.query("SELECT 1 / $1::int AS v", [0])));
    probeApp.onError(onError(logger, createDatabaseWatch({ db: t.db, logger })) as never);
    return probeApp;
  }

  it.each([
    ["/text", "22021"],
    ["/int", "22P02"],
    ["/range", "22003"],
  ])(
    "%s (SQLSTATE %s) → 400 validation_failed, logged by SQLSTATE without the value",
    async (path, state) => {
      const res = await probe().request(path);
      expect(res.status).toBe(400);
      expect((await problem(res)).code).toBe("validation_failed");
      const logged = lines.find((l) => l.includes(`"sqlState":"${state}"`));
      expect(logged, lines.join("")).toBeDefined();
      expect(lines.join("")).not.toContain("secret");
    },
  );

  it("division by zero is the server's fault: still a 500", async () => {
    const res = await probe().request("/zero");
    expect(res.status).toBe(500);
    expect((await problem(res)).code).toBe("internal_error");
  });
});
