import { ACCESS_RULES, SECURITY_HEADERS } from "@powercard/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Answer, apiClient, bodyText, postRecharge, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit, startServer } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * No /v1 answer may be kept by a browser, proxy or CDN: balances, movements, masked names, staff
 * data and tokens all carry `Cache-Control: no-store` (api/src/http/response-headers.ts), errors too.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
});
afterAll(() => t.close());

const noStore = (res: Answer, label: string) =>
  expect(res.headers.get("cache-control"), label).toBe("no-store");

describe("Cache-Control: no-store", () => {
  it("on every /v1 route's answer, whatever it is (here: called without credentials)", async () => {
    const routes = [...ACCESS_RULES.keys()].filter((key) => key.split(" ")[1]?.startsWith("/v1/"));
    expect(routes.length).toBeGreaterThan(40);
    for (const key of routes) {
      const [method = "", path = ""] = key.split(" ");
      // The one cacheable answer (no personal data): api/src/http/response-headers.ts, tested in public-card-status.test.ts.
      if (key === "GET /v1/public/outlets") continue;
      const res = await app.request(path.replace(/\{\w+\}/g, "x"), { method });
      noStore(res, key);
    }
    noStore(await app.request("/v1/no-such-route"), "unknown /v1 path");
  });

  it("on the answers that carry balances, movements and personal data", async () => {
    const web = await f.client("web");
    const ivr = await f.client("ivr");
    const sms = await f.client("sms");
    const bank = await partnerClient(f, t.db);
    const clerk = await f.staff(["clerk"], { unitId: f.outletId });
    const admin = await f.staff(["sysadmin"], { unitId: f.provinceId });
    const customer = await f.customer({ phone: "13812345678" });
    const { customerNo } = customer;
    const card = await f.card();
    const key = "cache-recharge";
    const webApi = apiClient(app, { apiKey: web.apiKey });
    const rechargeBody = { cardNo: card.cardNo, pin: card.pin, customerNo };
    const recharge = await postRecharge(webApi, rechargeBody, key);
    expect(recharge.status).toBe(201);
    const rechargeId = recharge.data?.id ?? "";
    const replay = await postRecharge(webApi, rechargeBody, key);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const topup = await app.request(
      "/v1/topups",
      requestInit("POST", {
        token: bank.token,
        idempotencyKey: "cache-topup",
        body: { customerNo, amountFen: 100, partnerReference: `CACHE-${Math.random()}` },
      }),
    );
    const { id: topupId } = (await topup.json()) as Schemas["Topup"];
    const publicCard = await f.card();
    const login = await app.request(
      "/v1/auth/login",
      requestInit("POST", { body: { username: clerk.username, password: clerk.password } }),
    );

    const answers: [string, Answer, number][] = [
      ["recharge", recharge, 201],
      ["recharge replay", replay, 201],
      ["top-up", topup, 201],
      ["login (tokens)", login, 200],
      [
        "account",
        await app.request(`/v1/accounts/${customerNo}`, requestInit("GET", { apiKey: web.apiKey })),
        200,
      ],
      [
        "history",
        await app.request(
          `/v1/accounts/${customerNo}/transactions`,
          requestInit("GET", { token: clerk.token }),
        ),
        200,
      ],
      [
        "recharge by id",
        await webApi.GET("/v1/recharges/{id}", { params: { path: { id: rechargeId } } }),
        200,
      ],
      [
        "recharge by key",
        await webApi.GET("/v1/recharges/by-idempotency-key/{idempotencyKey}", {
          params: { path: { idempotencyKey: key } },
        }),
        200,
      ],
      [
        "top-up by id",
        await app.request(`/v1/topups/${topupId}`, requestInit("GET", { token: bank.token })),
        200,
      ],
      [
        "bills",
        await app.request(`/v1/customers/${customerNo}/bills`, requestInit("GET", { token: clerk.token })),
        200,
      ],
      [
        "IVR customer",
        await app.request(
          "/v1/channels/ivr/customer",
          requestInit("POST", { apiKey: ivr.apiKey, body: { customerNo } }),
        ),
        200,
      ],
      [
        "IVR balance",
        await app.request(
          "/v1/channels/ivr/balance",
          requestInit("POST", { apiKey: ivr.apiKey, body: { customerNo } }),
        ),
        200,
      ],
      [
        "SMS balance",
        await app.request(
          "/v1/channels/sms/inbound",
          requestInit("POST", {
            apiKey: sms.apiKey,
            body: { from: "13812345678", text: `YE ${customerNo}`, messageId: "cache-sms" },
          }),
        ),
        200,
      ],
      [
        "public recharge",
        await app.request(
          "/v1/public/recharges",
          requestInit("POST", {
            idempotencyKey: "cache-public",
            body: { cardNo: publicCard.cardNo, pin: publicCard.pin, customerNo },
          }),
        ),
        201,
      ],
      [
        "staff user",
        await app.request(`/v1/users/${clerk.id}`, requestInit("GET", { token: admin.token })),
        200,
      ],
      ["me", await app.request("/v1/me", requestInit("GET", { token: clerk.token })), 200],
    ];
    for (const [label, res, status] of answers) {
      const used = res instanceof Response && res.bodyUsed;
      expect(res.status, `${label}: ${used ? "" : await bodyText(res)}`).toBe(status);
      noStore(res, label);
    }
  });

  it("not on public documents outside /v1, which may be cached", async () => {
    const jwks = await app.request("/.well-known/jwks.json");
    expect(jwks.headers.get("cache-control")).toBe("public, max-age=300");
  });
});

/**
 * Over real HTTP the headers go onto Node's response rather than the answer's Headers
 * (api/src/http/response-headers.ts): the same headers must come out of the socket.
 */
describe("the API's headers over HTTP", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer(app);
  });
  afterAll(() => server.close());

  const expectApiHeaders = (res: Response, label: string) => {
    for (const [name, value] of SECURITY_HEADERS)
      expect(res.headers.get(name), `${label}: ${name}`).toBe(value);
    expect(res.headers.get("x-request-id"), label).toMatch(/^req_[0-9a-f]{32}$/);
  };

  it("a recharge, a refusal and an unknown path: security headers, one request id, no-store", async () => {
    const web = await f.client("web");
    const customer = await f.customer();
    const card = await f.card();
    const body = { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
    const recharge = await fetch(
      `${server.url}/v1/recharges`,
      requestInit("POST", { apiKey: web.apiKey, idempotencyKey: "http-headers", body }),
    );
    const refused = await fetch(`${server.url}/v1/recharges`, { method: "POST" });
    const unknown = await fetch(`${server.url}/v1/no-such-route`);
    for (const [label, res, status] of [
      ["recharge", recharge, 201],
      ["no credentials", refused, 401],
      ["unknown path", unknown, 404],
    ] as const) {
      expect(res.status, `${label}: ${await res.text()}`).toBe(status);
      expectApiHeaders(res, label);
      expect(res.headers.get("cache-control"), label).toBe("no-store");
      // One value each: the route's headers and these are merged, not appended.
      expect(res.headers.get("content-type"), label).not.toContain(",");
    }
    expect(recharge.headers.get("x-request-id")).not.toBe(refused.headers.get("x-request-id"));
  });

  it("a route's own Cache-Control stays (the outlet list), and a document outside /v1 gets no no-store", async () => {
    const outlets = await fetch(`${server.url}/v1/public/outlets`);
    expect(outlets.status).toBe(200);
    expectApiHeaders(outlets, "outlets");
    expect(outlets.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
    const jwks = await fetch(`${server.url}/.well-known/jwks.json`);
    expectApiHeaders(jwks, "jwks");
    expect(jwks.headers.get("cache-control")).toBe("public, max-age=300");
  });
});
