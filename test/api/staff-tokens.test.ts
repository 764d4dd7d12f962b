import { createHmac, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { issueAccessToken } from "@powercard/api";
import {
  type CryptoKey,
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWK,
  type JWTHeaderParameters,
  jwtVerify,
  SignJWT,
} from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Answer,
  apiClient,
  bodyText,
  type Problem,
  postRecharge,
  type Schemas,
} from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures, TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * Staff access tokens: what GET /v1/me refuses (forged, confused, expired, mis-addressed or
 * tampered tokens, and tokens of users disabled since), the published JWKS, and a clerk using a
 * staff token on a business route (counter recharge).
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

type StaffUser = Awaited<ReturnType<Fixtures["staff"]>>;

const REAL_KID = TEST_SIGNING_KEYS.current.kid;
const b64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");
const json64 = (value: unknown) => b64url(JSON.stringify(value));

/** Claims a valid access token carries; each negative case changes exactly one thing. */
function claims(userId: string, overrides: Record<string, unknown> = {}) {
  const iat = Math.floor(Date.now() / 1000);
  return {
    iss: "powercard",
    aud: "powercard-api",
    sub: userId,
    iat,
    exp: iat + 600,
    jti: randomUUID(),
    ...overrides,
  };
}

async function sign(
  key: CryptoKey,
  payload: Record<string, unknown>,
  header: Partial<JWTHeaderParameters> = {},
): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: "EdDSA", typ: "at+jwt", kid: REAL_KID, ...header })
    .sign(key);
}

const signWithRealKey = (payload: Record<string, unknown>, header: Partial<JWTHeaderParameters> = {}) =>
  sign(TEST_SIGNING_KEYS.current.privateKey, payload, header);

function hs256(secret: Buffer | string, header: Record<string, unknown>, payload: Record<string, unknown>) {
  const input = `${json64(header)}.${json64(payload)}`;
  return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
}

const me = (token: string) => app.request("/v1/me", requestInit("GET", { apiKey: token }));

async function expectInvalidToken(res: Answer) {
  expect(res.status).toBe(401);
  expect(res.headers.get("www-authenticate")).toContain('error="invalid_token"');
  expect((JSON.parse(await bodyText(res)) as { code: string }).code).toBe("unauthenticated");
}

async function login(user: { username: string; password: string }) {
  const res = await app.request(
    "/v1/auth/login",
    requestInit("POST", { body: { username: user.username, password: user.password } }),
  );
  expect(res.status).toBe(200);
  return (await res.json()) as Required<Schemas["TokenPair"]>;
}

describe("GET /v1/me refuses every token that is not a valid, current staff access token", () => {
  // None of these tests change the user: one user for all of them.
  let user: StaffUser;
  let foreignKey: CryptoKey;
  let foreignJwk: JWK;
  beforeAll(async () => {
    user = await f.staff(["auditor"]);
    const pair = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    foreignKey = pair.privateKey;
    foreignJwk = await exportJWK(pair.publicKey);
  });

  it("control: a token built here the honest way is accepted (so each refusal below is about its one change)", async () => {
    const res = await me(await signWithRealKey(claims(user.id)));
    expect(res.status).toBe(200);
    expect(((await res.json()) as Schemas["Me"]).id).toBe(user.id);
    expect((await me(user.token)).status).toBe(200);
  });

  it("no token: 401 unauthenticated, with a Bearer challenge but no invalid_token", async () => {
    const res = await app.request("/v1/me");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('Bearer realm="powercard"');
    expect(((await res.json()) as Problem).code).toBe("unauthenticated");
  });

  it("alg none (unsigned)", async () => {
    const payload = json64(claims(user.id));
    await expectInvalidToken(
      await me(`${json64({ alg: "none", typ: "at+jwt", kid: REAL_KID })}.${payload}.`),
    );
    await expectInvalidToken(await me(`${json64({ alg: "none", typ: "at+jwt" })}.${payload}.`));
    await expectInvalidToken(
      await me(`${json64({ alg: "EdDSA", typ: "at+jwt", kid: REAL_KID })}.${payload}.`),
    );
  });

  it("HS256 keyed with the public JWK (alg confusion)", async () => {
    const [publicJwk] = TEST_SIGNING_KEYS.jwks.keys;
    if (!publicJwk?.x) throw new Error("no public key in the keyring");
    const header = { alg: "HS256", typ: "at+jwt", kid: REAL_KID };
    const payload = claims(user.id);
    await expectInvalidToken(await me(hs256(JSON.stringify(publicJwk), header, payload)));
    const { kid: _kid, alg: _alg, use: _use, ...bare } = publicJwk;
    await expectInvalidToken(await me(hs256(JSON.stringify(bare), header, payload)));
    await expectInvalidToken(await me(hs256(Buffer.from(publicJwk.x, "base64url"), header, payload)));
    await expectInvalidToken(await me(hs256(publicJwk.x, header, payload)));
  });

  it("signed by another Ed25519 key but carrying the real kid", async () => {
    await expectInvalidToken(await me(await sign(foreignKey, claims(user.id))));
  });

  it("an unknown kid, or none at all", async () => {
    const foreignKid = await calculateJwkThumbprint(foreignJwk);
    await expectInvalidToken(await me(await sign(foreignKey, claims(user.id), { kid: foreignKid })));
    // Even with the real key: a token must name a key we hold.
    await expectInvalidToken(await me(await signWithRealKey(claims(user.id), { kid: "no-such-kid" })));
    await expectInvalidToken(
      await me(
        await new SignJWT(claims(user.id))
          .setProtectedHeader({ alg: "EdDSA", typ: "at+jwt" })
          .sign(TEST_SIGNING_KEYS.current.privateKey),
      ),
    );
  });

  it("expired: issued 11 minutes ago (one issued 9 minutes ago still works)", async () => {
    const elevenAgo = await issueAccessToken(TEST_SIGNING_KEYS, user.id, new Date(Date.now() - 11 * 60_000));
    await expectInvalidToken(await me(elevenAgo));
    const nineAgo = await issueAccessToken(TEST_SIGNING_KEYS, user.id, new Date(Date.now() - 9 * 60_000));
    expect((await me(nineAgo)).status).toBe(200);
    // The app's own clock decides: a fresh token is expired for an app that lives 11 minutes ahead.
    const later = buildApp(t.db, { now: () => new Date(Date.now() + 11 * 60_000) });
    const fresh = await issueAccessToken(TEST_SIGNING_KEYS, user.id, new Date());
    await expectInvalidToken(await later.request("/v1/me", requestInit("GET", { apiKey: fresh })));
  });

  it("a lifetime longer than 10 minutes, or iat in the future, even with a valid signature", async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectInvalidToken(
      await me(await signWithRealKey(claims(user.id, { iat: now - 3600, exp: now + 3600 }))),
    );
    await expectInvalidToken(
      await me(await signWithRealKey(claims(user.id, { iat: now + 3600, exp: now + 4200 }))),
    );
  });

  it("wrong typ, iss or aud, signed with the real key", async () => {
    await expectInvalidToken(await me(await signWithRealKey(claims(user.id), { typ: "JWT" })));
    await expectInvalidToken(await me(await signWithRealKey(claims(user.id), { typ: undefined })));
    await expectInvalidToken(await me(await signWithRealKey(claims(user.id, { iss: "someone-else" }))));
    await expectInvalidToken(await me(await signWithRealKey(claims(user.id, { aud: "another-api" }))));
    await expectInvalidToken(await me(await signWithRealKey(claims(user.id, { sub: undefined }))));
    await expectInvalidToken(await me(await signWithRealKey(claims(user.id, { jti: undefined }))));
  });

  it("one flipped byte in the signature, or in the payload", async () => {
    const token = await signWithRealKey(claims(user.id));
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const bytes = Buffer.from(signature, "base64url");
    bytes[10] = (bytes[10] ?? 0) ^ 0x01;
    await expectInvalidToken(await me(`${header}.${payload}.${bytes.toString("base64url")}`));

    const tampered = json64({
      ...JSON.parse(Buffer.from(payload, "base64url").toString()),
      sub: "usr_other",
    });
    await expectInvalidToken(await me(`${header}.${tampered}.${signature}`));
  });

  it("a jku header pointing elsewhere does not make a foreign token acceptable, nor is it fetched", async () => {
    let fetched = 0;
    const jwksServer: Server = createServer((_req, res) => {
      fetched++;
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ keys: [{ ...foreignJwk, kid: "attacker", alg: "EdDSA", use: "sig" }] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
    try {
      const jku = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
      await expectInvalidToken(await me(await sign(foreignKey, claims(user.id), { kid: "attacker", jku })));
      await expectInvalidToken(await me(await sign(foreignKey, claims(user.id), { jku })));
      await expectInvalidToken(
        await me(await sign(foreignKey, claims(user.id), { kid: "attacker", jwk: { ...foreignJwk } })),
      );
      expect(fetched).toBe(0);
    } finally {
      await new Promise<void>((resolve) => jwksServer.close(() => resolve()));
    }
  });

  it("a token for a user that does not exist", async () => {
    await expectInvalidToken(await me(await signWithRealKey(claims("usr_nobody"))));
  });

  it("a malformed Authorization header", async () => {
    for (const value of [
      "Bearer",
      "Bearer ",
      `Basic ${b64url("a:b")}`,
      "Bearer a b",
      `Bearer ${user.token} x`,
    ]) {
      const res = await app.request("/v1/me", { headers: { Authorization: value } });
      await expectInvalidToken(res);
    }
  });
});

describe("GET /v1/me and changes to the user after the token was issued", () => {
  it("a token of a user disabled since is refused at once", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    expect((await me(user.token)).status).toBe(200);
    await t.db.query("UPDATE staff_users SET status = 'disabled' WHERE id = $1", [user.id]);
    await expectInvalidToken(await me(user.token));
  });

  it("a user whose roles were all removed is authenticated but forbidden (every staff role may, no role may not)", async () => {
    const user = await f.staff(["issuer", "auditor"]);
    const before = await me(user.token);
    expect(((await before.json()) as Schemas["Me"]).roles.sort()).toEqual(["auditor", "issuer"]);
    await t.db.query("DELETE FROM staff_roles WHERE user_id = $1", [user.id]);
    const res = await me(user.token);
    await expectProblem(res, 403, "forbidden");
    expect(res.headers.get("www-authenticate")).toBeNull();
  });

  it("a channel client's API key is not a staff identity: 403 on /v1/me", async () => {
    const client = await f.client("counter");
    await expectProblem(await me(client.apiKey), 403, "forbidden");
  });
});

describe("GET /.well-known/jwks.json", () => {
  it("is public and lists the current public key (kid, EdDSA, Ed25519) without its private part", async () => {
    const res = await app.request("/.well-known/jwks.json");
    expect(res.status).toBe(200);
    const text = await res.text();
    const jwks = JSON.parse(text) as { keys: JWK[] };
    expect(jwks.keys).toHaveLength(1);
    const [key] = jwks.keys;
    expect(key).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", kid: REAL_KID });
    expect(key?.x).toMatch(/^[\w-]{43}$/);
    expect(key).not.toHaveProperty("d");
    expect(text).not.toMatch(/"d"\s*:/);
    // kid is the RFC 7638 thumbprint of the published key, so a client can check it.
    expect(await calculateJwkThumbprint(key as JWK)).toBe(REAL_KID);
  });

  it("verifies a token from /v1/auth/login with jose's createLocalJWKSet, and rejects a foreign one", async () => {
    const user = await f.staff(["auditor"]);
    const { accessToken } = await login(user);
    const jwks = (await (await app.request("/.well-known/jwks.json")).json()) as Schemas["JwkSet"];
    const keySet = createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]);
    const { payload, protectedHeader } = await jwtVerify(accessToken, keySet, {
      issuer: "powercard",
      audience: "powercard-api",
      typ: "at+jwt",
      algorithms: ["EdDSA"],
    });
    expect(payload.sub).toBe(user.id);
    expect(protectedHeader).toMatchObject({ alg: "EdDSA", kid: REAL_KID });
    expect(payload.exp).toBe((payload.iat ?? 0) + 600);

    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    await expect(jwtVerify(await sign(privateKey, claims(user.id)), keySet)).rejects.toThrow();
  });
});

describe("POST /v1/recharges with a staff token", () => {
  const as = (credential: string) => apiClient(app, { apiKey: credential });

  it("a clerk at an outlet recharges at the counter: channel counter, clerk and outlet recorded, audited as the clerk", async () => {
    const clerk = await f.staff(["clerk"], { unitId: f.outletId });
    const { accessToken } = await login(clerk);
    const customer = await f.customer();
    const card = await f.card({ faceValueFen: 5_000 });

    const res = await postRecharge(as(accessToken), {
      cardNo: card.cardNo,
      pin: card.pin,
      customerNo: customer.customerNo,
    });
    expect(res.status).toBe(201);
    const body = res.data;
    expect(body).toMatchObject({ channel: "counter", amountFen: 5_000, balanceFen: 5_000 });

    const [row] = await t.db.query<{
      channel: string;
      clerk_id: string;
      outlet_unit_id: string;
      client_id: string;
    }>("SELECT channel, clerk_id, outlet_unit_id, client_id FROM recharges WHERE id = $1", [body?.id]);
    expect(row).toEqual({
      channel: "counter",
      clerk_id: clerk.id,
      outlet_unit_id: f.outletId,
      client_id: clerk.id,
    });

    const events = await t.db.query<{ actor_type: string; actor_id: string; after: unknown }>(
      "SELECT actor_type, actor_id, after FROM audit_events WHERE action = 'recharge.succeeded' AND object_id = $1",
      [card.cardNo],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor_type: "user", actor_id: clerk.id });
    const after = typeof events[0]?.after === "string" ? JSON.parse(events[0].after) : events[0]?.after;
    expect(after).toMatchObject({
      rechargeId: body?.id,
      channel: "counter",
      customerNo: customer.customerNo,
    });
  });

  it("a card_admin is forbidden, and the card is not touched", async () => {
    const admin = await f.staff(["card_admin"], { unitId: f.outletId });
    const customer = await f.customer();
    const card = await f.card();
    await expectProblem(
      await postRecharge(as(admin.token), {
        cardNo: card.cardNo,
        pin: card.pin,
        customerNo: customer.customerNo,
      }),
      403,
      "forbidden",
    );
    const [row] = await t.db.query<{ state: string }>("SELECT state FROM cards WHERE card_no = $1", [
      card.cardNo,
    ]);
    expect(row?.state).toBe("sold");
  });

  it("a channel client's API key still works there, recorded as the client with no clerk", async () => {
    const client = await f.client("counter");
    const customer = await f.customer();
    const card = await f.card();
    const res = await postRecharge(as(client.apiKey), {
      cardNo: card.cardNo,
      pin: card.pin,
      customerNo: customer.customerNo,
    });
    expect(res.status).toBe(201);
    const { id, channel } = res.data ?? {};
    expect(channel).toBe("counter");
    const [row] = await t.db.query<{
      client_id: string;
      clerk_id: string | null;
      outlet_unit_id: string | null;
    }>("SELECT client_id, clerk_id, outlet_unit_id FROM recharges WHERE id = $1", [id]);
    expect(row).toEqual({ client_id: client.id, clerk_id: null, outlet_unit_id: null });
    const [event] = await t.db.query<{ actor_type: string; actor_id: string }>(
      "SELECT actor_type, actor_id FROM audit_events WHERE action = 'recharge.succeeded' AND object_id = $1",
      [card.cardNo],
    );
    expect(event).toEqual({ actor_type: "client", actor_id: client.id });
  });

  it("an expired or forged staff token gets 401, not a recharge", async () => {
    const clerk = await f.staff(["clerk"], { unitId: f.outletId });
    const customer = await f.customer();
    const card = await f.card();
    const body = { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
    const expired = await issueAccessToken(TEST_SIGNING_KEYS, clerk.id, new Date(Date.now() - 11 * 60_000));
    await expectInvalidToken(await postRecharge(as(expired), body));
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    await expectInvalidToken(await postRecharge(as(await sign(privateKey, claims(clerk.id))), body));
    const [row] = await t.db.query<{ state: string }>("SELECT state FROM cards WHERE card_no = $1", [
      card.cardNo,
    ]);
    expect(row?.state).toBe("sold");
  });
});
