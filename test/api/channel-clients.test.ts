import { exportJWK, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiClient,
  apiClient,
  type Problem,
  postRecharge,
  type ResponseBody,
  type Schemas,
} from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { tokenRequestInit } from "../helpers/partners.ts";

/** The registry a sysadmin keeps: clients, their operations, quotas and public keys. */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let admin: { token: string };

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  admin = await f.staff(["sysadmin"], { unitId: f.provinceId });
});
afterAll(() => t.close());

/** A client of one of our own channels (web, IVR …): the created answer carries its API key. */
type OwnChannelCreated = ResponseBody<"createChannelClient", 201> & { apiKey: string };

const asAdmin = (method: string, path: string, body?: unknown) =>
  app.request(path, requestInit(method, { headers: { Authorization: `Bearer ${admin.token}` }, body }));

describe("channel client registry", () => {
  it("registers a partner, whose key then signs a token that works; suspending it stops the token", async () => {
    const created = await asAdmin("POST", "/v1/channel-clients", {
      name: "示例银行",
      channel: "partner",
      partnerType: "bank",
      allowedOperations: ["cards:verify", "recharges:write"],
    });
    expect(created.status).toBe(201);
    const client = (await created.json()) as ResponseBody<"createChannelClient", 201>;
    // A partner gets no API key (it would be refused): it authenticates with its registered key.
    expect(client.apiKey).toBeNull();
    expect(client.allowedOperations).toEqual(["cards:verify", "recharges:write"]);

    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const registered = await asAdmin("POST", `/v1/channel-clients/${client.id}/keys`, {
      jwk: await exportJWK(publicKey),
    });
    expect(registered.status).toBe(201);
    const { kid } = (await registered.json()) as ResponseBody<"registerChannelClientKey", 201>;

    const tokenRes = await app.request(
      "http://localhost/v1/oauth/token",
      await tokenRequestInit(client.id, { kid, privateKey }, "http://localhost/v1/oauth/token"),
    );
    expect(tokenRes.status).toBe(200);
    const { access_token, scope } = (await tokenRes.json()) as Schemas["TokenResponse"];
    expect(scope).toBe("cards:verify recharges:write");

    const suspended = await asAdmin("PATCH", `/v1/channel-clients/${client.id}`, { status: "suspended" });
    expect(((await suspended.json()) as Schemas["ChannelClient"]).status).toBe("suspended");
    const fresh = buildApp(t.db);
    const card = await f.card();
    const verify = await fresh.request(
      "/v1/cards/verify",
      requestInit("POST", {
        headers: { Authorization: `Bearer ${access_token}` },
        body: { cardNo: card.cardNo, pin: card.pin },
      }),
    );
    expect(verify.status).toBe(401);
  });

  it("refuses a private key, an RSA key or a key for the wrong curve", async () => {
    const client = (await (
      await asAdmin("POST", "/v1/channel-clients", { name: "电信", channel: "partner" })
    ).json()) as ResponseBody<"createChannelClient", 201>;
    const ed = await generateKeyPair("EdDSA", { extractable: true });
    const rsa = await generateKeyPair("RS256", { extractable: true });
    for (const jwk of [
      await exportJWK(ed.privateKey),
      await exportJWK(rsa.publicKey),
      { kty: "EC", crv: "P-384", x: "a", y: "b" },
    ]) {
      const res = await asAdmin("POST", `/v1/channel-clients/${client.id}/keys`, { jwk });
      expect(res.status).toBe(400);
      expect(((await res.json()) as Problem).code).toBe("invalid_key");
    }
    expect(
      (await asAdmin("POST", `/v1/channel-clients/${client.id}/keys`, { jwk: await exportJWK(ed.publicKey) }))
        .status,
    ).toBe(201);
  });

  it("a client registered without operations may do nothing; one given some may do only those", async () => {
    const bare = (await (
      await asAdmin("POST", "/v1/channel-clients", { name: "网站", channel: "web" })
    ).json()) as OwnChannelCreated;
    expect(bare.allowedOperations).toEqual([]);
    const given = (await (
      await asAdmin("POST", "/v1/channel-clients", {
        name: "网站二",
        channel: "web",
        allowedOperations: ["cards:verify"],
      })
    ).json()) as OwnChannelCreated;
    expect(given.allowedOperations).toEqual(["cards:verify"]);
    const card = await f.card();
    const customer = await f.customer();
    const asClient = (apiKey: string, method: string, path: string, body?: unknown) =>
      app.request(
        path,
        requestInit(method, { apiKey, body, idempotencyKey: body ? `cc-${Math.random()}` : undefined }),
      );
    const { customerNo } = customer;
    const calls: [string, (api: ApiClient) => Promise<{ status: number; error?: { code: string } }>][] = [
      [
        `GET /v1/accounts/${customerNo}`,
        (api) => api.GET("/v1/accounts/{customerNo}", { params: { path: { customerNo } } }),
      ],
      [
        `GET /v1/accounts/${customerNo}/transactions`,
        (api) => api.GET("/v1/accounts/{customerNo}/transactions", { params: { path: { customerNo } } }),
      ],
      ["POST /v1/recharges", (api) => postRecharge(api, { cardNo: card.cardNo, pin: card.pin, customerNo })],
    ];
    for (const apiKey of [bare.apiKey, given.apiKey])
      for (const [name, call] of calls) {
        const res = await call(apiClient(app, { apiKey }));
        expect(res.status, name).toBe(403);
        expect(res.error?.code).toBe("forbidden");
      }
    const verify = { cardNo: card.cardNo, pin: card.pin };
    expect((await asClient(bare.apiKey, "POST", "/v1/cards/verify", verify)).status).toBe(403);
    expect((await asClient(given.apiKey, "POST", "/v1/cards/verify", verify)).status).toBe(200);
    // Granting later works, and is the only way in.
    await asAdmin("PATCH", `/v1/channel-clients/${bare.id}`, { allowedOperations: ["accounts:read"] });
    const fresh = buildApp(t.db); // clients are cached once authenticated
    const account = await fresh.request(
      `/v1/accounts/${customer.customerNo}`,
      requestInit("GET", { apiKey: bare.apiKey }),
    );
    expect(account.status).toBe(200);
  });

  it("audits every change, and a city sysadmin cannot register province-wide clients", async () => {
    const [before] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE object_type = 'channel_client'",
    );
    const ivr = (await (
      await asAdmin("POST", "/v1/channel-clients", { name: "IVR", channel: "ivr" })
    ).json()) as OwnChannelCreated;
    // One of our own channels gets its API key in this answer only.
    expect(ivr.apiKey.startsWith(ivr.apiKeyPrefix)).toBe(true);
    const listed = await (await asAdmin("GET", "/v1/channel-clients")).text();
    expect(listed).not.toContain(ivr.apiKey);
    const [after] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE object_type = 'channel_client'",
    );
    expect(after?.n).toBe((before?.n ?? 0) + 1);
    const cityAdmin = await f.staff(["sysadmin"], { unitId: f.cityId });
    const res = await app.request(
      "/v1/channel-clients",
      requestInit("POST", {
        headers: { Authorization: `Bearer ${cityAdmin.token}` },
        body: { name: "x", channel: "ivr" },
      }),
    );
    expect(res.status).toBe(403);
  });
});
