import { ACCESS_RULES } from "@powercard/api";
import {
  approvals,
  CHANNELS,
  type Channel,
  DEFAULT_CLIENT_OPERATIONS,
  makeCardNo,
  STAFF_ROLES,
  type StaffRole,
} from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * The authorization matrix, generated from the route table (ACCESS_RULES, filled by defineRoute):
 *  A. every route × every staff role, every channel, and no credentials → allowed, 403 or 401;
 *  B. every route that names an object × every role allowed on it → own unit's object answers,
 *     another unit's object is 404 (never 403, so ids cannot be probed).
 * A new route without a rule fails the app; a new route with an object and no case here fails B.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
const staff = new Map<StaffRole, { id: string; token: string }>();
const clients = new Map<Channel, { id: string; apiKey: string }>();

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  for (const role of STAFF_ROLES)
    staff.set(role, await f.staff([role], { unitId: role === "clerk" ? f.outletId : f.cityId }));
  for (const channel of CHANNELS) clients.set(channel, await f.client(channel));
});
afterAll(() => t.close());

const routes = [...ACCESS_RULES.entries()].map(([key, rule]) => {
  const [method = "", path = ""] = key.split(" ");
  return { key, method, path, rule };
});

/** Placeholder values of a valid shape that name nothing that exists. */
const PLACEHOLDERS: Record<string, string> = {
  id: "rch_00000000000000000000000000",
  idempotencyKey: "no-such-key",
  cardNo: makeCardNo("33", 9_999_999_999_999),
  customerNo: "0000000000",
  unitId: "unt_none",
  userId: "usr_none",
  approvalId: "apr_none",
  date: "2026-01-01",
  clientId: "cli_none",
  kid: "no-such-kid",
};

function fill(path: string, params: Record<string, string>) {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}

/** A channel caller uses its channel's default client, or the client whose key it carries. */
type Who =
  | { kind: "role"; role: StaffRole }
  | { kind: "channel"; channel: Channel; apiKey?: string }
  | { kind: "anonymous" };

function credentials(who: Who): Record<string, string> {
  if (who.kind === "role") return { Authorization: `Bearer ${staff.get(who.role)?.token}` };
  if (who.kind === "channel")
    return { Authorization: `Bearer ${who.apiKey ?? clients.get(who.channel)?.apiKey}` };
  return {};
}

function call(method: string, path: string, who: Who, body?: unknown) {
  const hasBody = method === "POST" || method === "PUT" || method === "PATCH";
  return app.request(
    path,
    requestInit(method, {
      headers: credentials(who),
      body: hasBody ? (body ?? {}) : undefined,
      idempotencyKey: hasBody ? "matrix" : undefined,
    }),
  );
}

describe("A. every route × every caller", () => {
  const everyone: Who[] = [
    ...STAFF_ROLES.map((role) => ({ kind: "role" as const, role })),
    ...CHANNELS.map((channel) => ({ kind: "channel" as const, channel })),
    { kind: "anonymous" },
  ];

  it("a channel client is refused an operation it is not allowed, though its channel is", async () => {
    const limited = await f.client("partner");
    await t.db.query("UPDATE channel_clients SET allowed_operations = ARRAY['cards:verify'] WHERE id = $1", [
      limited.id,
    ]);
    const res = await app.request(
      fill("/v1/accounts/{customerNo}", PLACEHOLDERS),
      requestInit("GET", { apiKey: limited.apiKey }),
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe("forbidden");
  });

  it("covers every route of the OpenAPI document", () => {
    expect(routes.length).toBeGreaterThan(20);
    for (const r of routes) expect(r.rule, r.key).toBeDefined();
  });

  for (const route of routes) {
    it(`${route.key}`, async () => {
      for (const who of everyone) {
        const allowed =
          route.rule.public === true ||
          (who.kind === "role" && (route.rule.roles?.includes(who.role) ?? false)) ||
          (who.kind === "channel" &&
            (route.rule.clients === "any" || (route.rule.clients?.includes(who.channel) ?? false)) &&
            (!route.rule.operation || DEFAULT_CLIENT_OPERATIONS.includes(route.rule.operation)));
        const res = await call(route.method, fill(route.path, PLACEHOLDERS), who);
        const label = `${route.key} as ${who.kind === "role" ? who.role : who.kind === "channel" ? who.channel : "anonymous"}`;
        if (allowed) {
          expect(res.status, label).not.toBe(401);
          if (res.status === 403)
            expect(((await res.json()) as { code: string }).code, label).not.toBe("forbidden");
        } else if (who.kind === "anonymous") {
          expect(res.status, label).toBe(401);
        } else {
          expect(res.status, label).toBe(403);
          expect(((await res.json()) as { code: string }).code, label).toBe("forbidden");
        }
      }
    });
  }
});

/** Own and other objects for a route, and the status the own one answers. */
interface ScopeCase {
  own: (who: Who) => Promise<Record<string, string>>;
  other: (who: Who) => Promise<Record<string, string>>;
  ownStatus: number;
  body?: unknown;
}

async function approvalFor(role: StaffRole, unitId: string) {
  const maker = await f.staff([role], { unitId });
  const id = `apr_matrix_${Math.random().toString(36).slice(2)}`;
  await t.db.orm.insert(approvals).values({
    id,
    kind: "matrix_test",
    objectType: "none",
    objectId: "none",
    unitId,
    summary: "matrix",
    makerId: maker.id,
    checkerRole: role,
    createdAt: new Date(),
  });
  return { approvalId: id };
}

async function lockedCard(unit: "own" | "other") {
  const card = await f.card();
  const owner = unit === "own" ? f.outletId : f.otherOutletId;
  await t.db.query(
    "UPDATE cards SET state = 'locked', state_before_lock = 'sold', failed_pin_attempts = 5, owner_unit_id = $2 WHERE card_no = $1",
    [card.cardNo, owner],
  );
  return { cardNo: card.cardNo };
}

async function rechargeBy(who: Who | { kind: "stranger" }) {
  const card = await f.card();
  const customer = await f.customer();
  const caller = who.kind === "stranger" ? { kind: "channel" as const, channel: "partner" as const } : who;
  const stranger = who.kind === "stranger" ? await f.client("partner") : null;
  const headers = stranger ? { Authorization: `Bearer ${stranger.apiKey}` } : credentials(caller as Who);
  const key = `scope-${Math.random()}`;
  const res = await app.request(
    "/v1/recharges",
    requestInit("POST", {
      headers,
      idempotencyKey: key,
      body: { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
    }),
  );
  const { id } = (await res.json()) as { id: string };
  return { id, idempotencyKey: key };
}

/** A counter client bound to an outlet, with one registered key. */
async function clientIn(unitId: string) {
  const client = await f.client("counter");
  await t.db.query("UPDATE channel_clients SET unit_id = $2 WHERE id = $1", [client.id, unitId]);
  const kid = `kid-${Math.random().toString(36).slice(2)}`;
  await t.db.query(
    `INSERT INTO client_keys (client_id, kid, alg, public_jwk, created_at) VALUES ($1, $2, 'EdDSA', '{}'::jsonb, now())`,
    [client.id, kid],
  );
  return { clientId: client.id, kid };
}

/** A top-up by the caller, or by a partner of its own ("stranger"). */
async function topupBy(who: Who | { kind: "stranger" }) {
  const customer = await f.customer();
  const headers =
    who.kind === "stranger"
      ? { Authorization: `Bearer ${(await partnerClient(f, t.db)).apiKey}` }
      : credentials(who);
  const res = await app.request(
    "/v1/topups",
    requestInit("POST", {
      headers,
      idempotencyKey: `scope-${Math.random()}`,
      body: { customerNo: customer.customerNo, amountFen: 100, partnerReference: "MATRIX" },
    }),
  );
  return { id: ((await res.json()) as { id: string }).id };
}

async function userIn(unitId: string) {
  return { userId: (await f.staff(["clerk"], { unitId })).id };
}

const SCOPE_CASES: Record<string, ScopeCase> = {
  "GET /v1/channel-clients/{clientId}": {
    own: () => clientIn(f.outletId),
    other: () => clientIn(f.otherOutletId),
    ownStatus: 200,
  },
  "PATCH /v1/channel-clients/{clientId}": {
    own: () => clientIn(f.outletId),
    other: () => clientIn(f.otherOutletId),
    ownStatus: 200,
    body: { rateLimitPerMinute: 100 },
  },
  "POST /v1/channel-clients/{clientId}/keys": {
    own: () => clientIn(f.outletId),
    other: () => clientIn(f.otherOutletId),
    ownStatus: 201,
    body: { jwk: { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" } },
  },
  "DELETE /v1/channel-clients/{clientId}/keys/{kid}": {
    own: () => clientIn(f.outletId),
    other: () => clientIn(f.otherOutletId),
    ownStatus: 204,
  },
  "GET /v1/topups/{id}": {
    own: (who) => topupBy(who),
    other: () => topupBy({ kind: "stranger" }),
    ownStatus: 200,
  },
  "GET /v1/recharges/{id}": {
    own: (who) => rechargeBy(who),
    other: () => rechargeBy({ kind: "stranger" }),
    ownStatus: 200,
  },
  "GET /v1/recharges/by-idempotency-key/{idempotencyKey}": {
    own: (who) => rechargeBy(who),
    other: () => rechargeBy({ kind: "stranger" }),
    ownStatus: 200,
  },
  "POST /v1/cards/{cardNo}/unlock-requests": {
    own: () => lockedCard("own"),
    other: () => lockedCard("other"),
    ownStatus: 201,
    body: { reason: "matrix" },
  },
  "GET /v1/units/{unitId}": {
    own: async () => ({ unitId: f.outletId }),
    other: async () => ({ unitId: f.otherCityId }),
    ownStatus: 200,
  },
  "GET /v1/users/{userId}": {
    own: () => userIn(f.outletId),
    other: () => userIn(f.otherOutletId),
    ownStatus: 200,
  },
  "PUT /v1/users/{userId}/roles": {
    own: () => userIn(f.outletId),
    other: () => userIn(f.otherOutletId),
    ownStatus: 200,
    body: { roles: ["clerk"] },
  },
  "POST /v1/users/{userId}/unlock": {
    own: () => userIn(f.outletId),
    other: () => userIn(f.otherOutletId),
    ownStatus: 200,
  },
  "GET /v1/approvals/{approvalId}": {
    own: () => approvalFor("issuer", f.outletId),
    other: () => approvalFor("issuer", f.otherOutletId),
    ownStatus: 200,
  },
  "POST /v1/approvals/{approvalId}/approve": {
    own: (who) => approvalFor((who as { role: StaffRole }).role, f.outletId),
    other: (who) => approvalFor((who as { role: StaffRole }).role, f.otherOutletId),
    ownStatus: 200,
  },
  "POST /v1/approvals/{approvalId}/reject": {
    own: (who) => approvalFor((who as { role: StaffRole }).role, f.outletId),
    other: (who) => approvalFor((who as { role: StaffRole }).role, f.otherOutletId),
    ownStatus: 200,
  },
};

/** Routes whose object is deliberately not scoped to a unit, and why. */
const UNSCOPED: Record<string, string> = {
  "GET /v1/reconciliation/{date}":
    "the date names no object: the file only ever holds the caller's own records",
  "GET /v1/accounts/{customerNo}": "any channel and any counter may serve any customer (cards cross units)",
  "GET /v1/accounts/{customerNo}/transactions": "as above",
};

describe("B. own unit's objects answer, another unit's are 404", () => {
  const withObject = routes.filter((r) => r.path.includes("{"));
  let grantedPartner: { apiKey: string };
  beforeAll(async () => {
    grantedPartner = await partnerClient(f, t.db);
  });

  it("every route that names an object has a scope case or a stated reason", () => {
    for (const r of withObject)
      expect(SCOPE_CASES[r.key] ?? UNSCOPED[r.key], `${r.key} needs a scope case`).toBeDefined();
  });

  for (const route of withObject.filter((r) => SCOPE_CASES[r.key])) {
    it(`${route.key}`, async () => {
      const scope = SCOPE_CASES[route.key] as ScopeCase;
      const callers: Who[] = [
        ...(route.rule.roles ?? []).map((role) => ({ kind: "role" as const, role })),
        // A partner granted every operation, so routes beyond the default set are reached too.
        ...(route.rule.clients
          ? [{ kind: "channel" as const, channel: "partner" as const, apiKey: grantedPartner.apiKey }]
          : []),
      ];
      expect(callers.length).toBeGreaterThan(0);
      for (const who of callers) {
        const label = `${route.key} as ${who.kind === "role" ? who.role : "partner"}`;
        const own = await call(route.method, fill(route.path, await scope.own(who)), who, scope.body);
        expect(own.status, `${label}, own object: ${await own.clone().text()}`).toBe(scope.ownStatus);
        const other = await call(route.method, fill(route.path, await scope.other(who)), who, scope.body);
        expect(other.status, `${label}, other unit's object`).toBe(404);
      }
    });
  }
});
