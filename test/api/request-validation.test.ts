import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../helpers/api-client.ts";
import { buildApp, requestInit, startServer } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { FIXTURE_PARTNER_KEY_ID, Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let client: { apiKey: string };
let n = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  client = await f.client("counter");
});
afterAll(() => t.close());

async function problem(res: Response) {
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  return (await res.json()) as Problem;
}

const post = (path: string, options: Parameters<typeof requestInit>[1]) =>
  app.request(path, requestInit("POST", { apiKey: client.apiKey, idempotencyKey: `v-${n++}`, ...options }));

describe("bad input is a clear 4xx, never a 5xx", () => {
  it("names each invalid field", async () => {
    const res = await post("/v1/recharges", { body: { cardNo: "12", pin: 1234, customerNo: "abc" } });
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body.code).toBe("validation_failed");
    expect(body.errors?.map((e) => e.field).sort()).toEqual(["body.cardNo", "body.customerNo", "body.pin"]);
    expect(JSON.stringify(body)).not.toMatch(/zod|ZodError|issues/i);
  });

  it("rejects a card number whose check digit is wrong (a mistyped digit)", async () => {
    const card = await f.card();
    const typo = card.cardNo.slice(0, 5) + ((Number(card.cardNo[5]) + 1) % 10) + card.cardNo.slice(6);
    const res = await post("/v1/recharges", {
      body: { cardNo: typo, pin: card.pin, customerNo: "1234567890" },
    });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0]).toMatchObject({
      field: "body.cardNo",
      message: expect.stringMatching(/check digit/),
    });
  });

  it("refuses unknown fields", async () => {
    const card = await f.card();
    const res = await post("/v1/recharges", {
      body: { cardNo: card.cardNo, pin: card.pin, customerNo: "1234567890", amountFen: 999999 },
    });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0]?.message).toMatch(/unknown field.*amountFen/);
  });

  it.each([
    ["malformed JSON", "{not json", "malformed_json"],
    ["a JSON array", "[]", "validation_failed"],
    ["JSON null", "null", "validation_failed"],
    ["an empty body", "", "malformed_json"],
  ])("answers %s with 400", async (_, rawBody, code) => {
    const res = await post("/v1/recharges", { rawBody });
    expect(res.status).toBe(400);
    expect((await problem(res)).code).toBe(code);
  });

  it("answers a huge body with 413 before reading it all", async () => {
    const res = await post("/v1/recharges", { rawBody: JSON.stringify({ cardNo: "x".repeat(100_000) }) });
    expect(res.status).toBe(413);
    expect((await problem(res)).code).toBe("payload_too_large");
  });

  it("over real HTTP, a declared Content-Length over the limit is 413 and a lying one never reaches the handler", async () => {
    const server = await startServer(app);
    try {
      const big = JSON.stringify({ cardNo: "x".repeat(100_000) });
      const res = await fetch(
        `${server.url}/v1/recharges`,
        requestInit("POST", { apiKey: client.apiKey, idempotencyKey: "big", rawBody: big }),
      );
      expect(res.status).toBe(413);
      expect((await problem(res)).code).toBe("payload_too_large");
      const bad = await fetch(`${server.url}/v1/recharges`, {
        ...requestInit("POST", { apiKey: client.apiKey, idempotencyKey: "chunked", rawBody: big }),
        // A streamed body has no Content-Length: the streaming limit applies.
        body: new Blob([big]).stream(),
        duplex: "half",
      } as RequestInit);
      expect(bad.status).toBe(413);
    } finally {
      await server.close();
    }
  });

  it("over real HTTP, a DELETE without a body (fetch sends no Content-Length) is answered, not 415", async () => {
    const admin = await f.staff(["sysadmin"], { unitId: f.provinceId });
    const partner = await f.client("partner");
    const server = await startServer(app);
    try {
      const res = await fetch(
        `${server.url}/v1/channel-clients/${partner.id}/keys/${encodeURIComponent(FIXTURE_PARTNER_KEY_ID)}`,
        requestInit("DELETE", { token: admin.token }),
      );
      expect(res.status).toBe(204);
    } finally {
      await server.close();
    }
  });

  it("answers a non-JSON content type with 415", async () => {
    const res = await post("/v1/recharges", {
      rawBody: "cardNo=1",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(415);
    expect((await problem(res)).code).toBe("unsupported_media_type");
  });

  it("answers an unknown route with a 404 problem", async () => {
    const res = await app.request("/v1/nothing-here", requestInit("GET", { apiKey: client.apiKey }));
    expect(res.status).toBe(404);
    expect((await problem(res)).code).toBe("not_found");
  });
});

describe("authentication of channel clients", () => {
  const routes: [string, string, unknown?][] = [
    [
      "POST",
      "/v1/recharges",
      { cardNo: "3300000000000019", pin: "1234567890123456", customerNo: "1234567890" },
    ],
    ["POST", "/v1/cards/verify", { cardNo: "3300000000000019", pin: "1234567890123456" }],
    ["GET", "/v1/accounts/1234567890"],
    ["GET", "/v1/accounts/1234567890/transactions"],
    ["GET", "/v1/recharges/rch_x"],
    ["GET", "/v1/recharges/by-idempotency-key/k"],
  ];

  it.each(routes)("%s %s without a key → 401 with WWW-Authenticate", async (method, path, body) => {
    const res = await app.request(path, requestInit(method, { body, idempotencyKey: "k" }));
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await problem(res)).code).toBe("unauthenticated");
  });

  it.each(routes)("%s %s with an unknown key → 401", async (method, path, body) => {
    const res = await app.request(
      path,
      requestInit(method, { body, apiKey: "pk_not_a_real_key", idempotencyKey: "k" }),
    );
    expect(res.status).toBe(401);
  });

  it("refuses a suspended client", async () => {
    const suspended = await partnerClient(f, t.db);
    await t.db.query("UPDATE channel_clients SET status = 'suspended' WHERE id = $1", [suspended.id]);
    const res = await app.request("/v1/accounts/1234567890", requestInit("GET", { token: suspended.token }));
    expect(res.status).toBe(401);
  });

  it("serves /health and /openapi.json without a key", async () => {
    expect((await app.request("/health")).status).toBe(200);
    expect((await app.request("/openapi.json")).status).toBe(200);
  });
});
