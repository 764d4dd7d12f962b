import { mkdtempSync, rmSync } from "node:fs";
import { type AddressInfo, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DEVELOPMENT_WEBHOOK_POLICY,
  deliverDueWebhooks,
  MAX_WEBHOOK_ATTEMPTS,
  STRICT_WEBHOOK_POLICY,
  WEBHOOK_RETRY_DELAYS_MS,
  webhookPolicy,
} from "@powercard/api";
import { createDb, type Db, migrate, toDate } from "@powercard/db";
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiClient,
  postRecharge,
  type ResponseBody,
  type Schemas,
  type ValidationProblem,
} from "../helpers/api-client.ts";
import { buildApp, requestInit, startServer } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { POSTGRES_URL } from "../helpers/env.ts";
import { Fixtures, TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver.ts";

/**
 * Webhooks end to end: the API over real HTTP, a partner's endpoint as a real HTTP server on
 * 127.0.0.1, and the delivery worker driven with an explicit clock.
 */
let t: TestDatabase;
let f: Fixtures;
let api: { url: string; close(): Promise<void> };
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  api = await startServer(buildApp(t.db));
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await api?.close();
  await t?.close();
});

async function receiver(...args: Parameters<typeof startWebhookReceiver>) {
  const r = await startWebhookReceiver(...args);
  receivers.push(r);
  return r;
}

let keys = 0;
const call = (method: string, path: string, bearer: string, body?: unknown, idempotent = false) =>
  fetch(
    `${api.url}${path}`,
    requestInit(method, { token: bearer, body, idempotencyKey: idempotent ? `wh-${keys++}` : undefined }),
  );

async function topup(token: string, customerNo: string, amountFen = 1_000) {
  const res = await call(
    "POST",
    "/v1/topups",
    token,
    { customerNo, amountFen, partnerReference: `WH-${keys}` },
    true,
  );
  expect(res.status).toBe(201);
  return (await res.json()) as Record<string, unknown> & { id: string };
}

/** The partner recharges a fresh card over real HTTP; expects 201. */
async function partnerRecharge(token: string, customerNo: string) {
  const card = await f.card();
  const res = await postRecharge(apiClient(api.url, { token }), {
    cardNo: card.cardNo,
    pin: card.pin,
    customerNo,
  });
  expect(res.status).toBe(201);
  return res.data as Schemas["Recharge"];
}

const deliver = (now: Date, db: Db = t.db, extra: Partial<Parameters<typeof deliverDueWebhooks>[0]> = {}) =>
  deliverDueWebhooks({
    db,
    signingKeys: TEST_SIGNING_KEYS,
    now,
    random: () => 0.5,
    policy: DEVELOPMENT_WEBHOOK_POLICY,
    ...extra,
  });

async function eventOf(resourceId: string, db: Db = t.db) {
  const [row] = await db.query<{
    id: string;
    state: string;
    attempts: number;
    next_attempt_at: unknown;
    delivered_at: unknown;
  }>(
    "SELECT id, state, attempts, next_attempt_at, delivered_at FROM webhook_events WHERE payload->>'id' = $1",
    [resourceId],
  );
  if (!row) throw new Error(`no event for ${resourceId}`);
  return { ...row, nextAttemptAt: toDate(row.next_attempt_at) };
}

async function attemptsOf(eventId: string, db: Db = t.db) {
  return db.query<{ attempt: number; status_code: number | null; error: string | null; url: string }>(
    "SELECT attempt, status_code, error, url FROM webhook_attempts WHERE event_id = $1 ORDER BY attempt",
    [eventId],
  );
}

async function publishedKeys() {
  const res = await fetch(`${api.url}/.well-known/jwks.json`);
  return createLocalJWKSet((await res.json()) as JSONWebKeySet);
}

describe("PUT /v1/partners/me/webhook", () => {
  it("takes https to public hosts and plain http only to loopback; null removes it; every change is audited", async () => {
    const p = await partnerClient(f, t.db);
    const put = (url: unknown) => call("PUT", "/v1/partners/me/webhook", p.token, { url });
    for (const url of [
      "https://partner.example.com/hooks",
      "http://127.0.0.1:8080/hooks",
      "http://localhost/hooks",
      "http://[::1]:9000/x",
    ]) {
      const res = await put(url);
      expect(res.status, url).toBe(200);
      expect(await res.json()).toEqual({ url });
    }
    for (const url of [
      "http://partner.example.com/hooks",
      "http://10.0.0.1/hooks",
      "http://127.0.0.1.example.com/",
      "ftp://partner.example.com/",
      "https://user:secret@partner.example.com/",
      "not a url",
      "",
      // SSRF: internal addresses, as literals or as a name resolving to one (localhost, from /etc/hosts).
      "https://10.0.0.1/hooks",
      "https://169.254.169.254/latest/meta-data/",
      "https://[::ffff:127.0.0.1]/hooks",
      "https://[fd00:ec2::254]/",
      "https://localhost/hooks",
    ]) {
      const res = await put(url);
      expect(res.status, url).toBe(400);
      const problem = (await res.json()) as ValidationProblem;
      expect(problem.code).toBe("validation_failed");
      expect(problem.errors.map((e) => e.field)).toEqual(["body.url"]);
    }
    expect(await (await put(null)).json()).toEqual({ url: null });
    const [row] = await t.db.query<{ webhook_url: string | null }>(
      "SELECT webhook_url FROM channel_clients WHERE id = $1",
      [p.id],
    );
    expect(row?.webhook_url).toBeNull();
    const audits = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'client.webhook_url_set' AND object_id = $1",
      [p.id],
    );
    expect(audits[0]?.n).toBe(5);
  });

  it("needs webhooks:manage", async () => {
    const p = await partnerClient(f, t.db, { operations: ["topups:write"] });
    const res = await call("PUT", "/v1/partners/me/webhook", p.token, { url: "https://x.example/" });
    expect(res.status).toBe(403);
    expect((await call("GET", "/v1/partners/me/webhook/events", p.token)).status).toBe(403);
    const counter = await f.client("counter");
    expect((await call("GET", "/v1/partners/me/webhook/events", counter.apiKey)).status).toBe(403);
  });
});

describe("delivery", () => {
  it("POSTs a top-up and a recharge event as a JWS that verifies against the published keys", async () => {
    const endpoint = await receiver();
    const p = await partnerClient(f, t.db);
    expect((await call("PUT", "/v1/partners/me/webhook", p.token, { url: endpoint.url })).status).toBe(200);
    const customer = await f.customer();
    const created = [
      await topup(p.token, customer.customerNo, 3_300),
      await partnerRecharge(p.token, customer.customerNo),
    ];

    await deliver(new Date());
    const mine = endpoint.requests;
    expect(mine).toHaveLength(2);
    const keys = await publishedKeys();
    const seen = new Map<string, unknown>();
    for (const request of mine) {
      expect(request.method).toBe("POST");
      expect(request.headers["content-type"]).toBe("application/jose");
      const { payload, protectedHeader } = await compactVerify(request.body, keys, { algorithms: ["EdDSA"] });
      expect(protectedHeader.typ).toBe("powercard-event+jws");
      expect(protectedHeader.kid).toBe(TEST_SIGNING_KEYS.current.kid);
      const event = JSON.parse(new TextDecoder().decode(payload)) as {
        id: string;
        type: string;
        clientId: string;
        createdAt: string;
        data: { id: string };
      };
      expect(event.id).toMatch(/^evt_/);
      expect(request.headers["powercard-event-id"]).toBe(event.id);
      expect(request.headers["powercard-event-type"]).toBe(event.type);
      expect(request.headers["powercard-delivery-attempt"]).toBe("1");
      expect(event.clientId).toBe(p.id);
      seen.set(event.type, event.data);
    }
    expect(seen.get("topup.succeeded")).toEqual(created[0]);
    expect(seen.get("recharge.succeeded")).toEqual(created[1]);

    for (const resource of created) {
      const event = await eventOf(resource.id);
      expect(event.state).toBe("delivered");
      expect(event.delivered_at).not.toBeNull();
      const attempts = await attemptsOf(event.id);
      expect(attempts).toEqual([{ attempt: 1, status_code: 200, error: null, url: endpoint.url }]);
    }

    // The partner sees its events and their attempts, newest first, a page at a time.
    const page1 = (await (
      await call("GET", "/v1/partners/me/webhook/events?limit=1", p.token)
    ).json()) as ResponseBody<"listWebhookEvents">;
    expect(page1.data).toHaveLength(1);
    expect(page1.data[0]).toMatchObject({ type: "recharge.succeeded", state: "delivered", data: created[1] });
    expect(page1.data[0]?.deliveries.map((d) => d.statusCode)).toEqual([200]);
    expect(page1.nextCursor).not.toBeNull();
    const page2 = (await (
      await call("GET", `/v1/partners/me/webhook/events?limit=1&cursor=${page1.nextCursor}`, p.token)
    ).json()) as typeof page1;
    expect(page2.data.map((e) => e.type)).toEqual(["topup.succeeded"]);
    expect(page2.nextCursor).toBeNull();
    // Another partner sees none of them.
    const stranger = await partnerClient(f, t.db);
    expect(await (await call("GET", "/v1/partners/me/webhook/events", stranger.token)).json()).toEqual({
      data: [],
      nextCursor: null,
    });
  });

  it("retries a failing endpoint (500, then 200) after the backoff, recording every attempt", async () => {
    const endpoint = await receiver((_, i) => ({ status: i === 0 ? 500 : 200 }));
    const p = await partnerClient(f, t.db, { webhookUrl: endpoint.url });
    const customer = await f.customer();
    const created = await topup(p.token, customer.customerNo);
    const t0 = new Date();

    await deliver(t0);
    let event = await eventOf(created.id);
    expect(event).toMatchObject({ state: "pending", attempts: 1 });
    // The first retry waits 10 s (±20 % jitter; none with random = 0.5).
    expect(event.nextAttemptAt.getTime() - t0.getTime()).toBe(WEBHOOK_RETRY_DELAYS_MS[0]);
    expect(await attemptsOf(event.id)).toEqual([
      { attempt: 1, status_code: 500, error: "http_500", url: endpoint.url },
    ]);

    await deliver(new Date(t0.getTime() + 5_000)); // not due yet
    expect((await eventOf(created.id)).attempts).toBe(1);
    expect(endpoint.requests).toHaveLength(1);

    await deliver(new Date(t0.getTime() + 10_000));
    event = await eventOf(created.id);
    expect(event).toMatchObject({ state: "delivered", attempts: 2 });
    expect((await attemptsOf(event.id)).map((a) => a.status_code)).toEqual([500, 200]);
    expect(endpoint.requests.map((r) => r.headers["powercard-delivery-attempt"])).toEqual(["1", "2"]);
    // The same event both times: the receiver deduplicates by its id.
    expect(new Set(endpoint.requests.map((r) => r.headers["powercard-event-id"])).size).toBe(1);
  });

  it("gives an event up after 12 attempts over about a day, each one recorded", async () => {
    const endpoint = await receiver(() => ({ status: 503 }));
    const p = await partnerClient(f, t.db, { webhookUrl: endpoint.url });
    const customer = await f.customer();
    const created = await topup(p.token, customer.customerNo);
    const t0 = new Date();
    let now = t0;
    const waits: number[] = [];
    for (let i = 1; i <= MAX_WEBHOOK_ATTEMPTS; i++) {
      await deliver(now);
      const event = await eventOf(created.id);
      expect(event.attempts).toBe(i);
      if (i < MAX_WEBHOOK_ATTEMPTS) {
        expect(event.state).toBe("pending");
        waits.push(event.nextAttemptAt.getTime() - now.getTime());
        now = event.nextAttemptAt;
      } else {
        expect(event.state).toBe("failed");
      }
    }
    expect(MAX_WEBHOOK_ATTEMPTS).toBe(12);
    expect(waits).toEqual([...WEBHOOK_RETRY_DELAYS_MS]);
    const hours = (now.getTime() - t0.getTime()) / 3_600_000;
    expect(hours).toBeGreaterThan(20);
    expect(hours).toBeLessThan(26);
    await deliver(new Date(now.getTime() + 7 * 86_400_000));
    const event = await eventOf(created.id);
    expect(event.attempts).toBe(12);
    const attempts = await attemptsOf(event.id);
    expect(attempts.map((a) => a.attempt)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(attempts.every((a) => a.status_code === 503)).toBe(true);
    expect(endpoint.requests).toHaveLength(12);
  });

  it("follows no redirect, times a slow endpoint out, and refuses a plain-http URL to another host", async () => {
    const target = await receiver();
    const redirecting = await receiver(() => ({ status: 302, headers: { Location: target.url } }));
    // The slow receiver answers long after the worker's timeout; the timeout leaves a busy machine
    // ample time to answer the redirect.
    const slow = await receiver(() => ({ status: 200, delayMs: 60_000 }));
    const customer = await f.customer();
    const a = await partnerClient(f, t.db, { webhookUrl: redirecting.url });
    const b = await partnerClient(f, t.db, { webhookUrl: slow.url });
    // Written around the API's check (as an operator might): the worker checks again.
    const c = await partnerClient(f, t.db, { webhookUrl: "http://partner.example.com/hooks" });
    const events = [
      await topup(a.token, customer.customerNo),
      await topup(b.token, customer.customerNo),
      await topup(c.token, customer.customerNo),
    ];

    await deliver(new Date(), t.db, { timeoutMs: 3_000 });
    const [redirected, timedOut, refused] = await Promise.all(
      events.map(async (e) => attemptsOf((await eventOf(e.id)).id)),
    );
    expect(redirected).toEqual([{ attempt: 1, status_code: 302, error: "http_302", url: redirecting.url }]);
    expect(target.requests).toHaveLength(0);
    expect(timedOut?.[0]).toMatchObject({ status_code: null, error: "timeout" });
    expect(refused?.[0]?.error).toBe("url_refused");
    for (const e of events) expect((await eventOf(e.id)).state).toBe("pending");
  });
});

describe("SSRF at delivery", () => {
  it("checks the addresses it connects to: a name now resolving inside (DNS rebinding) or a literal written around the API", async () => {
    const customer = await f.customer();
    const rebound = await partnerClient(f, t.db, { webhookUrl: "https://hooks.partner.test/events" });
    const metadata = await partnerClient(f, t.db, {
      webhookUrl: "https://169.254.169.254/latest/meta-data/",
    });
    const events = [
      await topup(rebound.token, customer.customerNo),
      await topup(metadata.token, customer.customerNo),
    ];
    const resolved: string[] = [];
    await deliver(new Date(), t.db, {
      resolve: async (hostname) => {
        resolved.push(hostname);
        return [{ address: "10.0.0.7", family: 4 }];
      },
    });
    const [rebinding, literal] = await Promise.all(
      events.map(async (e) => (await attemptsOf((await eventOf(e.id)).id))[0]),
    );
    expect(resolved).toContain("hooks.partner.test");
    expect(rebinding).toMatchObject({ status_code: null });
    expect(rebinding?.error).toBe("address_refused");
    expect(literal?.error).toBe("url_refused");
    for (const e of events) expect((await eventOf(e.id)).state).toBe("pending");
  });

  it("delivers over plain http to a loopback name, resolved and checked like any other", async () => {
    const endpoint = await receiver();
    const url = endpoint.url.replace("127.0.0.1", "localhost");
    const p = await partnerClient(f, t.db, { webhookUrl: url });
    const created = await topup(p.token, (await f.customer()).customerNo);
    await deliver(new Date());
    expect(endpoint.requests).toHaveLength(1);
    expect(await attemptsOf((await eventOf(created.id)).id)).toEqual([
      { attempt: 1, status_code: 200, error: null, url },
    ]);
  });
});

describe("SSRF: what production allows, and what the delivery log tells", () => {
  it("production refuses plain http to loopback at registration; the operator's named origin is allowed", async () => {
    const target = await receiver();
    const p = await partnerClient(f, t.db);
    const put = (app: ReturnType<typeof buildApp>, url: string) =>
      app.request("/v1/partners/me/webhook", requestInit("PUT", { token: p.token, body: { url } }));
    const production = buildApp(t.db, { webhookPolicy: STRICT_WEBHOOK_POLICY });
    for (const url of [
      target.url,
      target.url.replace("127.0.0.1", "localhost"),
      "http://[::1]:9000/x",
      "http://127.0.0.1:5432/",
    ]) {
      const res = await put(production, url);
      expect(res.status, url).toBe(400);
      const problem = (await res.json()) as ValidationProblem;
      expect(problem.code).toBe("validation_failed");
      expect(problem.errors).toEqual([{ field: "body.url", message: "must be https" }]);
    }
    // WEBHOOK_ALLOWED_ORIGINS names one origin: that one, and only that one, is allowed.
    const allowing = buildApp(t.db, {
      webhookPolicy: webhookPolicy({ production: true, allowedOrigins: [new URL(target.url).origin] }),
    });
    expect((await put(allowing, `${target.url}/events`)).status).toBe(200);
    const otherPort = new URL(target.url);
    otherPort.port = String(Number(otherPort.port) + 1);
    expect((await put(allowing, otherPort.href)).status).toBe(400);
  });

  it("production refuses a loopback URL at delivery, even one registered before; a named origin is delivered", async () => {
    const endpoint = await receiver();
    const allowed = await receiver();
    const customer = await f.customer();
    // Registered under development's rules (or written around the API): the worker judges it again.
    const loopback = await partnerClient(f, t.db, { webhookUrl: endpoint.url });
    const loopbackName = await partnerClient(f, t.db, {
      webhookUrl: endpoint.url.replace("127.0.0.1", "localhost"),
    });
    const named = await partnerClient(f, t.db, { webhookUrl: allowed.url });
    const events = [
      await topup(loopback.token, customer.customerNo),
      await topup(loopbackName.token, customer.customerNo),
      await topup(named.token, customer.customerNo),
    ];
    await deliver(new Date(), t.db, {
      policy: webhookPolicy({ production: true, allowedOrigins: [new URL(allowed.url).origin] }),
    });
    const [first, second, third] = await Promise.all(
      events.map(async (e) => (await attemptsOf((await eventOf(e.id)).id))[0]),
    );
    expect(first).toMatchObject({ status_code: null, error: "url_refused" });
    expect(second).toMatchObject({ status_code: null, error: "url_refused" });
    expect(endpoint.requests).toHaveLength(0);
    expect(third).toMatchObject({ status_code: 200, error: null });
    expect(allowed.requests).toHaveLength(1);
  });

  it("an https name resolving to loopback is refused at delivery in production", async () => {
    const p = await partnerClient(f, t.db, { webhookUrl: "https://hooks.partner.test:8443/events" });
    const created = await topup(p.token, (await f.customer()).customerNo);
    await deliver(new Date(), t.db, {
      policy: STRICT_WEBHOOK_POLICY,
      resolve: async () => [{ address: "127.0.0.1", family: 4 }],
    });
    expect((await attemptsOf((await eventOf(created.id)).id))[0]).toMatchObject({
      status_code: null,
      error: "address_refused",
    });
  });

  it("a closed port and a connection dropped mid-request read the same: connection_failed, no socket error text", async () => {
    // A port that accepts and hangs up at once ("socket hang up"), and one nobody listens on.
    const dropping = createNetServer((socket) => socket.destroy());
    await new Promise<void>((done) => dropping.listen(0, "127.0.0.1", done));
    const closed = createNetServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const customer = await f.customer();
    const a = await partnerClient(f, t.db, { webhookUrl: `http://127.0.0.1:${closedPort}/hooks` });
    const b = await partnerClient(f, t.db, {
      webhookUrl: `http://127.0.0.1:${(dropping.address() as AddressInfo).port}/hooks`,
    });
    const events = [await topup(a.token, customer.customerNo), await topup(b.token, customer.customerNo)];
    await deliver(new Date());
    const attempts = await Promise.all(
      events.map(async (e) => (await attemptsOf((await eventOf(e.id)).id))[0]),
    );
    expect(attempts.map((x) => x?.error)).toEqual(["connection_failed", "connection_failed"]);
    // What the partner reads through the API says no more than that.
    const res = await call("GET", "/v1/partners/me/webhook/events", a.token);
    const text = await res.text();
    expect(text).toContain("connection_failed");
    expect(text).not.toMatch(/ECONNREFUSED|hang up|ECONNRESET/i);
    await new Promise((done) => dropping.close(done));
  });
});

describe("durability", () => {
  it("an event survives a restart: a new app and worker on the same database deliver it", async () => {
    const endpoint = await receiver();
    // The same database opened twice, as two successive processes would.
    const dataDir = POSTGRES_URL ? undefined : mkdtempSync(join(tmpdir(), "pc-webhooks-"));
    const open = async () => {
      const db = await createDb(POSTGRES_URL ? { url: t.url } : { dataDir });
      await migrate(db);
      return db;
    };
    try {
      let db = await open();
      const fx = await Fixtures.create(db);
      const p = await partnerClient(fx, db, { webhookUrl: endpoint.url });
      const customer = await fx.customer();
      const first = buildApp(db);
      const res = await first.request(
        "/v1/topups",
        requestInit("POST", {
          token: p.token,
          idempotencyKey: "restart-1",
          body: { customerNo: customer.customerNo, amountFen: 4_321, partnerReference: "RESTART" },
        }),
      );
      expect(res.status).toBe(201);
      const created = (await res.json()) as Schemas["Topup"];
      // The process stops before its worker ever ran.
      await db.close();
      expect(endpoint.requests).toHaveLength(0);

      db = await open();
      const second = buildApp(db);
      await deliver(new Date(), db);
      expect(endpoint.requests).toHaveLength(1);
      const event = await eventOf(created.id, db);
      expect(event.state).toBe("delivered");
      const listed = (await (
        await second.request("/v1/partners/me/webhook/events", requestInit("GET", { token: p.token }))
      ).json()) as ResponseBody<"listWebhookEvents">;
      expect(listed.data.map((e) => [e.state, (e.data as Schemas["Topup"]).id])).toEqual([
        ["delivered", created.id],
      ]);
      await db.close();
    } finally {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("an event claimed by a worker that died is delivered once its lease runs out", async () => {
    const endpoint = await receiver();
    const p = await partnerClient(f, t.db, { webhookUrl: endpoint.url });
    const customer = await f.customer();
    const created = await topup(p.token, customer.customerNo);
    const t0 = new Date();
    // What a claim does, with no attempt recorded after it: the worker died mid-delivery.
    await t.db.query(
      "UPDATE webhook_events SET attempts = attempts + 1, next_attempt_at = $2 WHERE payload->>'id' = $1",
      [created.id, new Date(t0.getTime() + 60_000)],
    );
    await deliver(new Date(t0.getTime() + 30_000));
    expect(endpoint.requests).toHaveLength(0);
    await deliver(new Date(t0.getTime() + 61_000));
    expect(endpoint.requests).toHaveLength(1);
    const event = await eventOf(created.id);
    expect(event).toMatchObject({ state: "delivered", attempts: 2 });
    expect((await attemptsOf(event.id)).map((a) => a.attempt)).toEqual([2]);
  });
});

const { skip, reason } = realPostgresOnly();
if (skip) console.warn(`[e2e/webhooks] two concurrent workers: ${reason}`);

describe.skipIf(skip)("two workers at once (real PostgreSQL)", () => {
  it("deliver each event exactly once (SELECT … FOR UPDATE SKIP LOCKED)", async () => {
    const deliveries = new Map<string, number>();
    const endpoint = await receiver((request) => {
      const id = String(request.headers["powercard-event-id"]);
      deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
      return { status: 200, delayMs: 5 };
    });
    const p = await partnerClient(f, t.db, { webhookUrl: endpoint.url });
    const customer = await f.customer();
    const created: { id: string }[] = [];
    for (let i = 0; i < 4; i++)
      created.push(
        ...(await Promise.all(Array.from({ length: 10 }, () => topup(p.token, customer.customerNo, 10)))),
      );

    // Two processes' worth of workers: separate connection pools on the same database.
    const pools = [
      await createDb({ url: t.url, maxConnections: 4 }),
      await createDb({ url: t.url, maxConnections: 4 }),
    ];
    try {
      const now = new Date(Date.now() + 1_000);
      const drain = async (db: Db) => {
        let delivered = 0;
        for (;;) {
          const run = await deliver(now, db, { batchSize: 3 });
          delivered += run.delivered;
          if (run.claimed === 0) return delivered;
        }
      };
      const [byA, byB] = await Promise.all(pools.map(drain));
      expect(byA).toBeGreaterThan(0);
      expect(byB).toBeGreaterThan(0);
    } finally {
      await Promise.all(pools.map((db) => db.close()));
    }
    expect(endpoint.requests).toHaveLength(40);
    for (const resource of created) {
      const event = await eventOf(resource.id);
      expect(deliveries.get(event.id), event.id).toBe(1);
      expect(event).toMatchObject({ state: "delivered", attempts: 1 });
      expect(await attemptsOf(event.id)).toHaveLength(1);
    }
  });
});
