import { createHmac, randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { clientKeys } from "@powercard/db";
import { type CryptoKey, calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type Problem, postRecharge, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit, startServer } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * OAuth 2.0 client credentials with private_key_jwt (RFC 7523): the JOSE negative set, each
 * answered 401 with nothing issued, and what a partner token may then do.
 */
const ORIGIN = "http://localhost";
const TOKEN_URL = `${ORIGIN}/v1/oauth/token`;
const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let partner: { id: string };
let keys: { privateKey: CryptoKey; publicJwk: JWK; kid: string };
let edKeys: { privateKey: CryptoKey; publicJwk: JWK; kid: string };

async function registeredKey(clientId: string, alg: "ES256" | "EdDSA") {
  const { privateKey, publicKey } = await generateKeyPair(alg, {
    extractable: true,
    crv: alg === "EdDSA" ? "Ed25519" : undefined,
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  await t.db.orm.insert(clientKeys).values({ clientId, kid, alg, publicJwk, createdAt: new Date() });
  return { privateKey: privateKey as CryptoKey, publicJwk, kid };
}

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  partner = await f.client("partner");
  keys = await registeredKey(partner.id, "ES256");
  edKeys = await registeredKey(partner.id, "EdDSA");
});
afterAll(() => t.close());

interface AssertionOptions {
  alg?: string;
  kid?: string;
  typ?: string | null;
  iss?: string;
  sub?: string;
  aud?: string;
  expIn?: number;
  iatOffset?: number;
  jti?: string;
  key?: CryptoKey;
}

async function assertion(o: AssertionOptions = {}) {
  const now = Math.floor(Date.now() / 1000);
  const header: Record<string, string> = { alg: o.alg ?? "ES256", kid: o.kid ?? keys.kid };
  if (o.typ !== null) header.typ = o.typ ?? "JWT";
  return new SignJWT({ jti: o.jti ?? randomUUID() })
    .setProtectedHeader(header as { alg: string })
    .setIssuer(o.iss ?? partner.id)
    .setSubject(o.sub ?? partner.id)
    .setAudience(o.aud ?? TOKEN_URL)
    .setIssuedAt(now + (o.iatOffset ?? 0))
    .setExpirationTime(now + (o.expIn ?? 120))
    .sign(o.key ?? keys.privateKey);
}

function requestToken(clientAssertion: string, extra: Record<string, string> = {}) {
  const form = new URLSearchParams({
    grant_type: "client_credentials",
    client_assertion_type: ASSERTION_TYPE,
    client_assertion: clientAssertion,
    ...extra,
  });
  return app.request(`${ORIGIN}/v1/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

async function issuedTokens() {
  const [row] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM used_assertion_ids");
  return row?.n ?? 0;
}

describe("POST /v1/oauth/token", () => {
  it("issues a 10-minute token for a valid ES256 assertion, and one for EdDSA", async () => {
    const res = await requestToken(await assertion());
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as Schemas["TokenResponse"];
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 600 });
    expect(body.scope.split(" ").sort()).toEqual([
      "accounts:read",
      "cards:verify",
      "recharges:read",
      "recharges:write",
    ]);
    const ed = await requestToken(await assertion({ alg: "EdDSA", kid: edKeys.kid, key: edKeys.privateKey }));
    expect(ed.status).toBe(200);
  });

  const negative: [string, () => Promise<string>][] = [
    [
      "alg none",
      async () =>
        `${b64({ alg: "none", kid: keys.kid })}.${b64({ iss: partner.id, sub: partner.id, aud: TOKEN_URL, exp: Math.floor(Date.now() / 1000) + 60, iat: Math.floor(Date.now() / 1000), jti: randomUUID() })}.`,
    ],
    [
      "HS256 signed with the partner's public key",
      async () => {
        const header = b64({ alg: "HS256", kid: keys.kid, typ: "JWT" });
        const now = Math.floor(Date.now() / 1000);
        const payload = b64({
          iss: partner.id,
          sub: partner.id,
          aud: TOKEN_URL,
          exp: now + 60,
          iat: now,
          jti: randomUUID(),
        });
        const mac = createHmac("sha256", JSON.stringify(keys.publicJwk))
          .update(`${header}.${payload}`)
          .digest("base64url");
        return `${header}.${payload}.${mac}`;
      },
    ],
    ["wrong typ", () => assertion({ typ: "at+jwt" })],
    ["wrong iss", () => assertion({ iss: "cli_someone_else" })],
    ["iss ≠ sub", () => assertion({ sub: "cli_someone_else" })],
    ["wrong aud", () => assertion({ aud: "https://elsewhere.example/token" })],
    ["expired", () => assertion({ expIn: -1, iatOffset: -120 })],
    ["exp more than 5 minutes ahead", () => assertion({ expIn: 301 + 10 })],
    ["iat 61 s in the future", () => assertion({ iatOffset: 61, expIn: 200 })],
    ["iat 11 s in the future", () => assertion({ iatOffset: 11, expIn: 200 })],
    ["unknown kid", () => assertion({ kid: "not-a-registered-kid" })],
    [
      "alg different from the key's",
      () => assertion({ alg: "EdDSA", kid: keys.kid, key: edKeys.privateKey }),
    ],
    [
      "signed by another key under the registered kid",
      async () => {
        const other = await generateKeyPair("ES256");
        return assertion({ key: other.privateKey as CryptoKey });
      },
    ],
    [
      "one flipped byte in the signature",
      async () => {
        const jws = await assertion();
        const [h, p, s = ""] = jws.split(".");
        const sig = Buffer.from(s, "base64url");
        sig[10] = (sig[10] ?? 0) ^ 0x01;
        return `${h}.${p}.${sig.toString("base64url")}`;
      },
    ],
    ["not a JWT at all", async () => "garbage"],
  ];

  it.each(negative)("%s → 401 invalid_client, nothing issued", async (_, make) => {
    const before = await issuedTokens();
    const res = await requestToken(await make());
    expect(res.status).toBe(401);
    expect(((await res.json()) as Problem).code).toBe("invalid_client");
    expect(await issuedTokens()).toBe(before);
  });

  it("accepts iat 10 s in the future (clock skew)", async () => {
    expect((await requestToken(await assertion({ iatOffset: 10, expIn: 200 }))).status).toBe(200);
  });

  it("never accepts the same jti twice", async () => {
    const jws = await assertion();
    expect((await requestToken(jws)).status).toBe(200);
    const replay = await requestToken(jws);
    expect(replay.status).toBe(401);
    const again = await requestToken(
      await assertion({ jti: JSON.parse(Buffer.from(jws.split(".")[1] ?? "", "base64url").toString()).jti }),
    );
    expect(again.status).toBe(401);
  });

  it("refuses a suspended client, a revoked key, and other grant types", async () => {
    const other = await f.client("partner");
    const otherKey = await registeredKey(other.id, "ES256");
    const make = () =>
      assertion({ iss: other.id, sub: other.id, kid: otherKey.kid, key: otherKey.privateKey });
    expect((await requestToken(await make())).status).toBe(200);
    await t.db.query("UPDATE client_keys SET status = 'revoked' WHERE client_id = $1", [other.id]);
    expect((await requestToken(await make())).status).toBe(401);
    await t.db.query("UPDATE client_keys SET status = 'active' WHERE client_id = $1", [other.id]);
    await t.db.query("UPDATE channel_clients SET status = 'suspended' WHERE id = $1", [other.id]);
    expect((await requestToken(await make())).status).toBe(401);
    const grant = await requestToken(await assertion(), { grant_type: "password" });
    expect(grant.status).toBe(400);
    expect(((await grant.json()) as Problem).code).toBe("unsupported_grant_type");
  });

  it("narrows the token to the requested scope, and refuses scopes the client is not allowed", async () => {
    const res = await requestToken(await assertion(), { scope: "cards:verify" });
    const { access_token, scope } = (await res.json()) as Schemas["TokenResponse"];
    expect(scope).toBe("cards:verify");
    const account = await app.request("/v1/accounts/0000000000", {
      headers: { Authorization: `Bearer ${access_token}` },
    });
    expect(account.status).toBe(403);
    const refused = await requestToken(await assertion(), { scope: "topups:write" });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Problem).code).toBe("invalid_scope");
  });

  it("refuses a JSON body: the token endpoint takes a form, as RFC 6749 says", async () => {
    const res = await app.request(
      "/v1/oauth/token",
      requestInit("POST", { body: { grant_type: "client_credentials" } }),
    );
    expect(res.status).toBe(415);
  });
});

describe("the token endpoint's audience is configuration, never the request's Host", () => {
  /** A form POST over real HTTP with a Host header of the caller's choosing. */
  function postWithHost(url: string, host: string, clientAssertion: string) {
    const body = new URLSearchParams({
      grant_type: "client_credentials",
      client_assertion_type: ASSERTION_TYPE,
      client_assertion: clientAssertion,
    }).toString();
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${url}/v1/oauth/token`, {
        method: "POST",
        headers: {
          Host: host,
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(body),
        },
      });
      req.once("response", (res) => {
        let text = "";
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.once("error", reject);
      req.end(body);
    });
  }

  it("an assertion made out to a forged Host is refused; one made out to PUBLIC_BASE_URL works whatever the Host", async () => {
    const server = await startServer(buildApp(t.db, { publicBaseUrl: "https://api.example.cn" }));
    try {
      const before = await issuedTokens();
      for (const host of ["evil.example", new URL(server.url).host]) {
        const forged = await postWithHost(
          server.url,
          host,
          await assertion({ aud: `http://${host}/v1/oauth/token` }),
        );
        expect(forged.status, host).toBe(401);
        expect(JSON.parse(forged.body).code).toBe("invalid_client");
      }
      expect(await issuedTokens()).toBe(before);
      const real = await postWithHost(
        server.url,
        "evil.example",
        await assertion({ aud: "https://api.example.cn/v1/oauth/token" }),
      );
      expect(real.status).toBe(200);
      expect(JSON.parse(real.body).token_type).toBe("Bearer");
    } finally {
      await server.close();
    }
  });
});

describe("a partner token at work", () => {
  async function token() {
    return ((await (await requestToken(await assertion())).json()) as Schemas["TokenResponse"]).access_token;
  }

  it("recharges with an Idempotency-Key; the recharge is the partner's; another partner gets 404", async () => {
    const card = await f.card();
    const customer = await f.customer();
    const res = await postRecharge(
      apiClient(app, { token: await token() }),
      { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
      "partner-token-1",
    );
    expect(res.status).toBe(201);
    const { id = "", channel } = res.data ?? {};
    expect(channel).toBe("partner");
    const byId = { params: { path: { id } } };
    const mine = await apiClient(app, { token: await token() }).GET("/v1/recharges/{id}", byId);
    expect(mine.status).toBe(200);
    const stranger = await partnerClient(f, t.db);
    const theirs = await apiClient(app, { token: stranger.token }).GET("/v1/recharges/{id}", byId);
    expect(theirs.status).toBe(404);
  });

  it("stops working when the client is suspended (the principal is checked on every request)", async () => {
    const other = await f.client("partner");
    const otherKey = await registeredKey(other.id, "ES256");
    const res = await requestToken(
      await assertion({ iss: other.id, sub: other.id, kid: otherKey.kid, key: otherKey.privateKey }),
    );
    const { access_token } = (await res.json()) as Schemas["TokenResponse"];
    // A fresh app: the client cache of the app above might hold the client for 30 s.
    const fresh = buildApp(t.db);
    await t.db.query("UPDATE channel_clients SET status = 'suspended' WHERE id = $1", [other.id]);
    const after = await fresh.request("/v1/accounts/0000000000", {
      headers: { Authorization: `Bearer ${access_token}` },
    });
    expect(after.status).toBe(401);
  });
});
