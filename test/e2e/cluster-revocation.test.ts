import { DEFAULT_CLIENT_CACHE_MS, ERROR_CATALOG } from "@powercard/api";
import { exportJWK, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem, ResponseBody, Schemas } from "../helpers/api-client.ts";
import { requestInit } from "../helpers/app.ts";
import { buildApi } from "../helpers/built-server.ts";
import { balancerAvailable, type Cluster, INSTANCE_NAMES } from "../helpers/cluster.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { type PartnerSigningKey, partnerClient, tokenRequestInit } from "../helpers/partners.ts";
import { servedBy, startTestCluster } from "../helpers/test-cluster.ts";

/**
 * What an administrator stops, stops on every instance behind the balancer: three API processes
 * (the built bundle) behind HAProxy on one PostgreSQL, every request through the balancer. Each
 * instance first serves the client (so it holds its own copy of it); after the change, requests
 * spread over all three (X-Served-By) are all refused: a suspended client and a revoked partner
 * key once CLIENT_CACHE_MS (2 s) has passed, a disabled staff user and a removed role at once.
 * The in-process test (test/api/revocation-across-instances.test.ts) shows the bound is what
 * decides; this one that nothing else per process (the bundle, the balancer) keeps the old state.
 *
 * Last, with every instance stopped, the balancer's own 503 is the API's problem+json with
 * Retry-After (deploy/haproxy/errors/503-overloaded.json), not HAProxy's HTML page.
 */
const postgres = realPostgresOnly();
const balancer = postgres.skip ? postgres : balancerAvailable();
if (balancer.skip) console.warn(`[e2e/cluster-revocation] ${balancer.reason}`);

/** The bound, and a little for the request that finds the copy expired. */
const BOUND_MS = DEFAULT_CLIENT_CACHE_MS + 200;
/** Round robin: nine requests reach each instance about three times. */
const SPREAD = 9;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(balancer.skip)("3 instances behind HAProxy: revocation reaches every instance", () => {
  let t: TestDatabase;
  let f: Fixtures;
  let cluster: Cluster;
  let admin: { token: string };

  beforeAll(async () => {
    await buildApi();
    t = await createTestDatabase({ maxConnections: 10, prepare: async () => {} });
    cluster = await startTestCluster(t.url as string);
    f = await Fixtures.create(t.db);
    admin = await f.staff(["sysadmin"], { unitId: f.provinceId });
  }, 600_000);
  afterAll(async () => {
    await cluster?.stop();
    await t?.close();
  });

  const call = (method: string, path: string, bearer: string, body?: unknown) =>
    fetch(`${cluster.url}${path}`, requestInit(method, { token: bearer, body }));
  const asAdmin = (method: string, path: string, body?: unknown) => call(method, path, admin.token, body);

  /** `SPREAD` requests made by `send`, asserting every instance answered some of them; their statuses. */
  async function statusesEverywhere(send: () => Promise<Response>): Promise<number[]> {
    const responses: Response[] = [];
    // One after another: round robin then reaches each instance in turn.
    for (let i = 0; i < SPREAD; i++) responses.push(await send());
    const counts = servedBy(responses);
    for (const name of INSTANCE_NAMES) expect(counts[name], JSON.stringify(counts)).toBeGreaterThan(0);
    return [...new Set(responses.map((r) => r.status))];
  }

  /** A card check with `bearer`: 200 for a valid card, 401 once the bearer is refused. */
  const verify = (bearer: string) => async () => {
    const card = await f.card();
    return call("POST", "/v1/cards/verify", bearer, { cardNo: card.cardNo, pin: card.pin });
  };

  it("a suspended partner is refused on every instance within CLIENT_CACHE_MS", async () => {
    const partner = await partnerClient(f, t.db, { operations: ["cards:verify"] });
    expect(await statusesEverywhere(verify(partner.token))).toEqual([200]);
    const res = await asAdmin("PATCH", `/v1/channel-clients/${partner.id}`, { status: "suspended" });
    expect(res.status).toBe(200);
    await sleep(BOUND_MS);
    expect(await statusesEverywhere(verify(partner.token))).toEqual([401]);
  });

  it("a suspended API-key client (our own channel) is refused on every instance within CLIENT_CACHE_MS", async () => {
    const web = await f.client("web", { operations: ["cards:verify"] });
    expect(await statusesEverywhere(verify(web.apiKey))).toEqual([200]);
    const res = await asAdmin("PATCH", `/v1/channel-clients/${web.id}`, { status: "suspended" });
    expect(res.status).toBe(200);
    await sleep(BOUND_MS);
    expect(await statusesEverywhere(verify(web.apiKey))).toEqual([401]);
  });

  it("a revoked partner key: its tokens are refused on every instance within the bound, the other key's work", async () => {
    const created = await asAdmin("POST", "/v1/channel-clients", {
      name: "示例银行",
      channel: "partner",
      partnerType: "bank",
      allowedOperations: ["cards:verify"],
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as ResponseBody<"createChannelClient", 201>;
    const keys: PartnerSigningKey[] = [];
    for (let k = 0; k < 2; k++) {
      const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
      const res = await asAdmin("POST", `/v1/channel-clients/${id}/keys`, {
        jwk: await exportJWK(publicKey),
      });
      expect(res.status).toBe(201);
      keys.push({ kid: ((await res.json()) as { kid: string }).kid, privateKey });
    }
    const [revoked, kept] = keys as [(typeof keys)[0], (typeof keys)[0]];

    /** The partner's login: a client assertion for the balancer's token endpoint (PUBLIC_BASE_URL). */
    const tokenRequest = async (key: PartnerSigningKey) => {
      const endpoint = `${cluster.url}/v1/oauth/token`;
      return fetch(endpoint, await tokenRequestInit(id, key, endpoint));
    };
    const tokenOf = async (key: (typeof keys)[0]) => {
      const res = await tokenRequest(key);
      expect(res.status).toBe(200);
      return ((await res.json()) as Schemas["TokenResponse"]).access_token;
    };
    const byRevoked = await tokenOf(revoked);
    const byKept = await tokenOf(kept);
    expect(await statusesEverywhere(verify(byRevoked))).toEqual([200]);
    expect(await statusesEverywhere(verify(byKept))).toEqual([200]);

    const res = await asAdmin("DELETE", `/v1/channel-clients/${id}/keys/${encodeURIComponent(revoked.kid)}`);
    expect(res.status).toBe(204);
    // The token endpoint reads the keys from the database: no new token with it, on any instance.
    expect(await statusesEverywhere(() => tokenRequest(revoked))).toEqual([401]);
    await sleep(BOUND_MS);
    expect(await statusesEverywhere(verify(byRevoked))).toEqual([401]);
    expect(await statusesEverywhere(verify(byKept))).toEqual([200]);
  });

  it("a removed role and a disabled staff user take effect at once on every instance", async () => {
    const officer = await f.staff(["fund_admin", "auditor"]);
    const auditList = () => call("GET", "/v1/audit", officer.token);
    const me = () => call("GET", "/v1/me", officer.token);
    expect(await statusesEverywhere(auditList)).toEqual([200]);

    const roles = await asAdmin("PUT", `/v1/users/${officer.id}/roles`, { roles: ["fund_admin"] });
    expect(roles.status).toBe(200);
    expect(await statusesEverywhere(auditList)).toEqual([403]);
    expect(await statusesEverywhere(me)).toEqual([200]);

    const disabled = await asAdmin("PUT", `/v1/users/${officer.id}/status`, { status: "disabled" });
    expect(disabled.status).toBe(200);
    expect(await statusesEverywhere(me)).toEqual([401]);
  });

  it("every instance stopped: the balancer's 503 is problem+json `overloaded` with Retry-After", async () => {
    await Promise.all(INSTANCE_NAMES.map((name) => cluster.kill(name)));
    const expectBalancerRefusal = async () => {
      const res = await fetch(`${cluster.url}/v1/me`, requestInit("GET", { token: admin.token }));
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(res.headers.get("retry-after")).toBe("1");
      expect(res.headers.get("x-served-by")).toBeNull();
      const body = (await res.json()) as Problem;
      expect(body).toMatchObject({
        type: "urn:powercard:problem:overloaded",
        title: ERROR_CATALOG.overloaded.title,
        status: 503,
        code: "overloaded",
      });
      expect(body.detail).toMatch(/Retry-After/);
      // HAProxy's unique id: the same in the header and the body, new for each answer.
      expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get("x-request-id")).toBe(body.requestId);
      return body.requestId;
    };
    // At once, while the balancer still counts them up: every connection refused, retried, then 503.
    const first = await expectBalancerRefusal();
    // Once its checks have taken all three out: no server left.
    for (let i = 0; !/has no server available/.test(cluster.balancerOutput()); i++) {
      if (i > 600) throw new Error(`HAProxy never took the instances out:\n${cluster.balancerOutput()}`);
      await sleep(100);
    }
    expect(await expectBalancerRefusal()).not.toBe(first);
  });
});
