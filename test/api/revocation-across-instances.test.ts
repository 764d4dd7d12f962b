import { DEFAULT_CLIENT_CACHE_MS } from "@powercard/api";
import { exportJWK, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResponseBody, Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { type PartnerSigningKey, tokenRequestInit } from "../helpers/partners.ts";

/**
 * What an administrator stops, stops on every instance: three app instances on one database, each
 * with its own copy of the channel clients it has seen (nothing tells the others). A suspended
 * client, a revoked partner key and a rotated API key are refused everywhere once an instance's copy
 * is CLIENT_CACHE_MS old (2 s); a disabled staff user and a removed role at once, since staff are
 * read on every request. The waits are real time: a slower machine only makes them longer, so it
 * cannot make the checks pass wrongly; a copy kept longer than the bound makes them fail.
 */
let t: TestDatabase;
let f: Fixtures;
let admin: { token: string };
const instances = () => [buildApp(t.db), buildApp(t.db), buildApp(t.db)];

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  admin = await f.staff(["sysadmin"], { unitId: f.provinceId });
});
afterAll(() => t.close());

type App = ReturnType<typeof buildApp>;
const BOUND_MS = DEFAULT_CLIENT_CACHE_MS + 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const asAdmin = (app: App, method: string, path: string, body?: unknown) =>
  app.request(path, requestInit(method, { headers: { Authorization: `Bearer ${admin.token}` }, body }));

/** A card check as a client with `bearer`: 200 for a valid card, 401 when the bearer is refused. */
async function verifyStatus(app: App, bearer: string): Promise<number> {
  const card = await f.card();
  const res = await app.request(
    "/v1/cards/verify",
    requestInit("POST", { token: bearer, body: { cardNo: card.cardNo, pin: card.pin } }),
  );
  return res.status;
}

const statusesOn = (apps: App[], bearer: string) => Promise.all(apps.map((app) => verifyStatus(app, bearer)));

/** A partner registered through the API, with `keys` public keys; private keys stay here. */
async function registeredPartner(app: App, keys: number) {
  const created = await asAdmin(app, "POST", "/v1/channel-clients", {
    name: "示例银行",
    channel: "partner",
    partnerType: "bank",
    allowedOperations: ["cards:verify"],
  });
  expect(created.status).toBe(201);
  const client = (await created.json()) as ResponseBody<"createChannelClient", 201>;
  const registered: PartnerSigningKey[] = [];
  for (let k = 0; k < keys; k++) {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const res = await asAdmin(app, "POST", `/v1/channel-clients/${client.id}/keys`, {
      jwk: await exportJWK(publicKey),
    });
    expect(res.status).toBe(201);
    registered.push({ kid: ((await res.json()) as { kid: string }).kid, privateKey });
  }
  return { id: client.id, keys: registered };
}

/** The token endpoint's answer for an assertion signed by `key` (the partner's whole login). */
async function tokenRequest(app: App, clientId: string, key: PartnerSigningKey) {
  const endpoint = "http://localhost/v1/oauth/token";
  return app.request(endpoint, await tokenRequestInit(clientId, key, endpoint));
}

async function tokenFor(app: App, clientId: string, key: PartnerSigningKey) {
  const res = await tokenRequest(app, clientId, key);
  expect(res.status).toBe(200);
  return ((await res.json()) as Schemas["TokenResponse"]).access_token;
}

describe("a change by an administrator, on every instance", () => {
  it("a suspended partner is refused on every instance within CLIENT_CACHE_MS", async () => {
    const apps = instances();
    const partner = await registeredPartner(apps[0] as App, 1);
    const token = await tokenFor(apps[1] as App, partner.id, partner.keys[0] as (typeof partner.keys)[0]);
    expect(await statusesOn(apps, token)).toEqual([200, 200, 200]);

    const suspended = await asAdmin(apps[2] as App, "PATCH", `/v1/channel-clients/${partner.id}`, {
      status: "suspended",
    });
    expect(suspended.status).toBe(200);
    await sleep(BOUND_MS);
    expect(await statusesOn(apps, token)).toEqual([401, 401, 401]);
  });

  it("an instance that keeps its copy longer than the bound still lets the suspended client in (what the bound is)", async () => {
    const app = buildApp(t.db, { clientCacheMs: 60_000 });
    const partner = await registeredPartner(app, 1);
    const token = await tokenFor(app, partner.id, partner.keys[0] as (typeof partner.keys)[0]);
    expect(await verifyStatus(app, token)).toBe(200);
    await asAdmin(app, "PATCH", `/v1/channel-clients/${partner.id}`, { status: "suspended" });
    await sleep(BOUND_MS);
    expect(await verifyStatus(app, token)).toBe(200);
    expect(await verifyStatus(buildApp(t.db), token)).toBe(401);
  });

  it("a revoked partner key: tokens it proved are refused on every instance, no new token with it; the other key works", async () => {
    const apps = instances();
    const partner = await registeredPartner(apps[0] as App, 2);
    const [revoked, kept] = partner.keys as [(typeof partner.keys)[0], (typeof partner.keys)[0]];
    const byRevoked = await tokenFor(apps[0] as App, partner.id, revoked);
    const byKept = await tokenFor(apps[0] as App, partner.id, kept);
    expect(await statusesOn(apps, byRevoked)).toEqual([200, 200, 200]);

    const res = await asAdmin(
      apps[1] as App,
      "DELETE",
      `/v1/channel-clients/${partner.id}/keys/${encodeURIComponent(revoked.kid)}`,
    );
    expect(res.status).toBe(204);
    // The token endpoint reads the key in the database: refused at once, on any instance.
    expect((await tokenRequest(apps[2] as App, partner.id, revoked)).status).toBe(401);
    await sleep(BOUND_MS);
    expect(await statusesOn(apps, byRevoked)).toEqual([401, 401, 401]);
    expect(await statusesOn(apps, byKept)).toEqual([200, 200, 200]);
  });

  it("a key registered after an instance's copy was made works there at once", async () => {
    const app = buildApp(t.db, { clientCacheMs: 60_000 });
    const partner = await registeredPartner(app, 1);
    const first = await tokenFor(app, partner.id, partner.keys[0] as (typeof partner.keys)[0]);
    expect(await verifyStatus(app, first)).toBe(200);
    // The copy of this client now lists one key; the partner adds a second and uses it at once.
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const res = await asAdmin(app, "POST", `/v1/channel-clients/${partner.id}/keys`, {
      jwk: await exportJWK(publicKey),
    });
    expect(res.status).toBe(201);
    const { kid } = (await res.json()) as { kid: string };
    expect(await verifyStatus(app, await tokenFor(app, partner.id, { kid, privateKey }))).toBe(200);
  });

  it("a rotated API key of our own channel is refused on every instance within the bound; the new one works", async () => {
    const apps = instances();
    const web = await f.client("web", { operations: ["cards:verify"] });
    expect(await statusesOn(apps, web.apiKey)).toEqual([200, 200, 200]);
    const rotated = await asAdmin(apps[0] as App, "POST", `/v1/channel-clients/${web.id}/api-key`);
    expect(rotated.status).toBe(201);
    const { apiKey } = (await rotated.json()) as { apiKey: string };
    expect(await statusesOn(apps, apiKey)).toEqual([200, 200, 200]);
    await sleep(BOUND_MS);
    expect(await statusesOn(apps, web.apiKey)).toEqual([401, 401, 401]);
  });

  it("a disabled staff user and a removed role take effect at once on every instance", async () => {
    const apps = instances();
    const officer = await f.staff(["fund_admin", "auditor"]);
    const auditList = (app: App) =>
      Promise.resolve(app.request("/v1/audit", requestInit("GET", { token: officer.token }))).then(
        (r) => r.status,
      );
    expect(await Promise.all(apps.map(auditList))).toEqual([200, 200, 200]);

    const roles = await asAdmin(apps[0] as App, "PUT", `/v1/users/${officer.id}/roles`, {
      roles: ["fund_admin"],
    });
    expect(roles.status).toBe(200);
    expect(await Promise.all(apps.map(auditList))).toEqual([403, 403, 403]);

    const disabled = await asAdmin(apps[1] as App, "PUT", `/v1/users/${officer.id}/status`, {
      status: "disabled",
    });
    expect(disabled.status).toBe(200);
    const me = (app: App) =>
      Promise.resolve(app.request("/v1/me", requestInit("GET", { token: officer.token }))).then(
        (r) => r.status,
      );
    expect(await Promise.all(apps.map(me))).toEqual([401, 401, 401]);
  });
});
