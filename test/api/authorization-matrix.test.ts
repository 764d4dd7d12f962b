import { ACCESS_RULES } from "@powercard/api";
import {
  approvals,
  businessDate,
  CHANNELS,
  type Channel,
  makeCardNo,
  RECHARGE_CHANNEL_OPERATIONS,
  STAFF_ROLES,
  type StaffRole,
} from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type Problem, postRecharge, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { channelClient, partnerClient } from "../helpers/partners.ts";

/**
 * The authorization matrix, generated from the route table (ACCESS_RULES, filled by defineRoute):
 *  A. every route × every staff role, every channel, and no credentials → allowed, 403 or 401;
 *  B. every route that names an object × every role allowed on it → own unit's object answers,
 *     another unit's object is 404 (never 403, so ids cannot be probed); where a rule lets a
 *     caller read another unit's or client's object (a channel reads any customer's masked
 *     name), the answer still shows none of that unit's or client's ids.
 * A new route without a rule fails the app; a new route with an object and no case here fails B.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
const staff = new Map<StaffRole, { id: string; token: string }>();
/** One client per channel and its bearer: our own channels' API key, a partner's access token. */
const clients = new Map<Channel, { id: string; bearer: string }>();

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  for (const role of STAFF_ROLES)
    staff.set(role, await f.staff([role], { unitId: role === "clerk" ? f.outletId : f.cityId }));
  for (const channel of CHANNELS) clients.set(channel, await channelClient(f, t.db, channel));
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
  part: "1",
};

function fill(path: string, params: Record<string, string>) {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}

/** A channel caller uses its channel's default client, or the client whose bearer it carries. */
type Who =
  | { kind: "role"; role: StaffRole }
  | { kind: "channel"; channel: Channel; bearer?: string }
  | { kind: "anonymous" };

function credentials(who: Who): Record<string, string> {
  if (who.kind === "role") return { Authorization: `Bearer ${staff.get(who.role)?.token}` };
  if (who.kind === "channel")
    return { Authorization: `Bearer ${who.bearer ?? clients.get(who.channel)?.bearer}` };
  return {};
}

/** Routes whose body is not JSON: the media type is checked before credentials, like size. */
const RAW_BODIES: Record<string, { contentType: string; body: string }> = {
  "/v1/bills/import": { contentType: "text/csv", body: "bill_id,customer_no,period,amount_fen\n" },
  "/v1/customer-imports/csv": {
    contentType: "text/csv",
    body: "customer_no,name,accounting_unit_id,status,source_version\n",
  },
};

function call(method: string, path: string, who: Who, body?: unknown) {
  const hasBody = method === "POST" || method === "PUT" || method === "PATCH";
  const raw = RAW_BODIES[path];
  return app.request(
    path,
    requestInit(method, {
      headers: { ...credentials(who), ...(raw ? { "Content-Type": raw.contentType } : {}) },
      rawBody: raw?.body,
      body: hasBody && !raw ? (body ?? {}) : undefined,
      // A fresh key per call: a key names one request, and the same route is called with several ids.
      idempotencyKey: hasBody ? `matrix-${Math.random()}` : undefined,
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
    const limited = await partnerClient(f, t.db, { operations: ["cards:verify"] });
    const res = await app.request(
      fill("/v1/accounts/{customerNo}", PLACEHOLDERS),
      requestInit("GET", { token: limited.token }),
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as Problem).code).toBe("forbidden");
  });

  it("a client given no operations (as every new client starts) is refused every client route", async () => {
    const bare = [
      (await partnerClient(f, t.db, { operations: [] })).token,
      (await f.client("web", { operations: [] })).apiKey,
    ];
    const clientRoutes = routes.filter((r) => r.rule.clients);
    expect(clientRoutes.length).toBeGreaterThan(10);
    for (const route of clientRoutes)
      for (const bearer of bare) {
        const res = await call(route.method, fill(route.path, PLACEHOLDERS), {
          kind: "channel",
          channel: "partner",
          bearer,
        });
        expect(res.status, route.key).toBe(403);
      }
  });

  it("the marketing system (given movements:read only) reads the movement feed and files, no other client route", async () => {
    const marketing = await f.client("web", { operations: ["movements:read"] });
    const clientRoutes = routes.filter((r) => r.rule.clients);
    expect(clientRoutes.filter((r) => r.rule.operation === "movements:read")).toHaveLength(2);
    for (const route of clientRoutes) {
      const res = await call(route.method, fill(route.path, PLACEHOLDERS), {
        kind: "channel",
        channel: "web",
        bearer: marketing.apiKey,
      });
      if (route.rule.operation === "movements:read") expect(res.status, route.key).toBe(200);
      else expect(res.status, route.key).toBe(403);
    }
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
            (!route.rule.operation || RECHARGE_CHANNEL_OPERATIONS.includes(route.rule.operation)));
        const res = await call(route.method, fill(route.path, PLACEHOLDERS), who);
        const label = `${route.key} as ${who.kind === "role" ? who.role : who.kind === "channel" ? who.channel : "anonymous"}`;
        if (allowed) {
          expect(res.status, label).not.toBe(401);
          if (res.status === 403) expect(((await res.json()) as Problem).code, label).not.toBe("forbidden");
        } else if (who.kind === "anonymous") {
          expect(res.status, label).toBe(401);
        } else {
          expect(res.status, label).toBe(403);
          expect(((await res.json()) as Problem).code, label).toBe("forbidden");
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
  /** When a rule lets this caller read the other object, what it answers (default: 404). */
  otherStatus?: (who: Who) => number;
  body?: unknown;
}

/**
 * Ids a case's object carries: `mine` must appear in the answer to the own object, `foreign`
 * (another unit's or client's) never in the answer to the other one. Keyed by the params object.
 */
const IDS = new WeakMap<Record<string, string>, { mine?: string[]; foreign?: string[] }>();
function withIds(params: Record<string, string>, ids: { mine?: string[]; foreign?: string[] }) {
  IDS.set(params, ids);
  return params;
}

async function approvalFor(role: StaffRole, unitId: string) {
  const maker = await f.staff([role], { unitId });
  const id = `apr_matrix_${Math.random().toString(36).slice(2)}`;
  await t.db.orm.insert(approvals).values({
    id,
    // A real kind (the registry refuses unknown ones) whose handlers change nothing here: there
    // is no card "none" to unlock, and rejecting an unlock undoes nothing.
    kind: "card_unlock",
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
  const stranger = who.kind === "stranger" ? await partnerClient(f, t.db) : null;
  const headers = stranger ? { Authorization: `Bearer ${stranger.token}` } : credentials(caller as Who);
  const key = `scope-${Math.random()}`;
  const res = await postRecharge(
    apiClient(app, { headers }),
    { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
    key,
  );
  return { id: res.data?.id as string, idempotencyKey: key };
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
      ? { Authorization: `Bearer ${(await partnerClient(f, t.db)).token}` }
      : credentials(who);
  const res = await app.request(
    "/v1/topups",
    requestInit("POST", {
      headers,
      idempotencyKey: `scope-${Math.random()}`,
      body: { customerNo: customer.customerNo, amountFen: 100, partnerReference: `MATRIX-${Math.random()}` },
    }),
  );
  return { id: ((await res.json()) as Schemas["Topup"]).id };
}

/** A one-card sale made by a clerk of the unit, from the unit's own stock. */
async function saleIn(unitId: string) {
  const seller = await f.staff(["clerk"], { unitId });
  const range = await f.cardRange(1, { ownerUnitId: unitId });
  const res = await app.request(
    "/v1/card-sales",
    requestInit("POST", {
      token: seller.token,
      idempotencyKey: `scope-${Math.random()}`,
      body: { firstCardNo: range.firstCardNo },
    }),
  );
  return { id: ((await res.json()) as Schemas["CardSale"]).id };
}

/**
 * A remittance declared for an outlet of the first city (own) or of the other city, by a fund
 * admin who is not the caller, backed by a one-card sale so the declaration is allowed.
 */
async function remittanceIn(unit: "own" | "other") {
  const [cityId, outletId] = unit === "own" ? [f.cityId, f.outletId] : [f.otherCityId, f.otherOutletId];
  await saleIn(outletId);
  const maker = await f.staff(["fund_admin"], { unitId: cityId });
  const res = await app.request(
    "/v1/remittances",
    requestInit("POST", {
      token: maker.token,
      idempotencyKey: `scope-${Math.random()}`,
      body: {
        outletUnitId: outletId,
        businessDate: businessDate(new Date()),
        amountFen: 1,
        bankReference: `M${Math.random()}`,
      },
    }),
  );
  return { id: ((await res.json()) as Schemas["Remittance"]).id };
}

/**
 * A reversal or refund case of a customer of the first city or of the other, written directly;
 * a refund case `executed` (its refund booked) can have its payout recorded.
 */
async function correctionCaseIn(
  unit: "own" | "other",
  table: "reversal_cases" | "refund_cases",
  state: "pending" | "executed" = "pending",
) {
  const unitId = unit === "own" ? f.cityId : f.otherCityId;
  const { customerNo } = await f.customer({ accountingUnitId: unitId });
  const id = `${table === "reversal_cases" ? "rvc" : "rfc"}_matrix_${Math.random().toString(36).slice(2)}`;
  const maker = staff.get("clerk")?.id;
  if (table === "reversal_cases")
    await t.db.query(
      `INSERT INTO reversal_cases (id, source, credit_id, credit_client_id, from_customer_no, destination, amount_fen,
         reason, evidence, unit_id, approval_id, opened_by, created_at)
       VALUES ($1, 'topup', $1, 'cli_none', $2, 'source', 100, 'matrix', 'matrix', $3, 'apr_matrix', $4, now())`,
      [id, customerNo, unitId, maker],
    );
  else
    await t.db.query(
      `INSERT INTO refund_cases (id, customer_no, amount_fen, payout_method, payout_reference, reason, unit_id,
         approval_id, opened_by, created_at, state, ledger_transaction_id)
       VALUES ($1, $2, 100, 'cash', 'matrix', 'matrix', $3, 'apr_matrix', $4, now(), $5,
               CASE WHEN $5 = 'executed' THEN 'txn_matrix' END)`,
      [id, customerNo, unitId, maker, state],
    );
  return { id };
}

/** A production plan of the first city, or of the other city, written directly. */
async function planIn(unit: "own" | "other") {
  const id = `ppl_matrix_${Math.random().toString(36).slice(2)}`;
  await t.db.query(
    `INSERT INTO production_plans (id, unit_id, state, sell_by, approval_id, created_by, created_at)
     VALUES ($1, $2, 'ordered', '2099-01-01', 'apr_matrix', $3, now())`,
    [id, unit === "own" ? f.cityId : f.otherCityId, staff.get("issuer")?.id],
  );
  return { id };
}

/** A production order (with its stored card file) of the first city, or of the other city. */
async function orderIn(unit: "own" | "other") {
  const plan = await planIn(unit);
  const id = `ord_matrix_${Math.random().toString(36).slice(2)}`;
  const issuer = staff.get("issuer")?.id;
  await t.db.query(
    `INSERT INTO manufacturers (id, name, encryption_jwk, verification_jwk, created_by, created_at)
     VALUES ($1, 'matrix', '{"kty":"EC"}', '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}', $2, now())`,
    [`mfr_${id}`, issuer],
  );
  await t.db.query(
    `INSERT INTO production_orders (id, plan_id, manufacturer_id, unit_id, state, card_count, total_fen,
       created_by, created_at) VALUES ($1, $2, $3, $4, 'generated', 0, 0, $5, now())`,
    [id, plan.id, `mfr_${id}`, unit === "own" ? f.cityId : f.otherCityId, issuer],
  );
  await t.db.query(
    "INSERT INTO card_files (order_id, part, card_count, print_file_sha256, jwe, created_at) VALUES ($1, 1, 0, 'x', 'x.y.z', now())",
    [id],
  );
  return { id, part: "1" };
}

/** A settlement run made by the first city or the other city (rejected: no period slot taken). */
async function settlementRunIn(unit: "own" | "other") {
  const id = `stl_matrix_${Math.random().toString(36).slice(2)}`;
  await t.db.query(
    `INSERT INTO settlement_runs (id, period, state, unit_id, approval_id, created_by, created_at, decided_at,
       due_fen, unified_balance_fen, shortfall_fen) VALUES ($1, '2000-01', 'rejected', $2, 'apr_matrix', $3, now(), now(), 0, 0, 0)`,
    [id, unit === "own" ? f.cityId : f.otherCityId, staff.get("settlement_officer")?.id],
  );
  return { id };
}

async function userIn(unitId: string) {
  return { userId: (await f.staff(["clerk"], { unitId })).id };
}

/** A shipment (without cartons) to the first city, or to the other city. */
async function shipmentTo(unit: "own" | "other") {
  const id = `shp_matrix_${Math.random().toString(36).slice(2)}`;
  await t.db.query(
    "INSERT INTO shipments (id, order_id, to_unit_id, state, created_by, created_at) VALUES ($1, 'ord_matrix', $2, 'in_transit', $3, now())",
    [id, unit === "own" ? f.cityId : f.otherCityId, staff.get("issuer")?.id],
  );
  return { id };
}

/**
 * A sent transfer of one card from a city to its outlet (or to the caller, when a clerk), sent
 * by someone other than the caller, so the caller may receive it.
 */
async function transferTo(unit: "own" | "other", who: Who) {
  const id = `ctr_matrix_${Math.random().toString(36).slice(2)}`;
  const [from, to] = unit === "own" ? [f.cityId, f.outletId] : [f.otherCityId, f.otherOutletId];
  const clerk = who.kind === "role" && who.role === "clerk" && unit === "own" ? staff.get("clerk")?.id : null;
  const card = await f.cardRange(1, { state: "in_transfer", ownerUnitId: from, transferId: id });
  await t.db.query(
    `INSERT INTO card_transfers (id, from_unit_id, to_unit_id, to_user_id, first_card_no, last_card_no, card_count,
       value_fen, state, sent_by, sent_at) VALUES ($1, $2, $3, $4, $5, $5, 1, 10000, 'sent', $6, now())`,
    [id, from, to, clerk ?? null, card.firstCardNo, staff.get("issuer")?.id],
  );
  return { id };
}

/** A recharge of a fresh card into the customer's account by the caller; its id and ledger transaction. */
async function rechargeFor(customerNo: string, headers: Record<string, string>) {
  const card = await f.card();
  const res = await postRecharge(apiClient(app, { headers }), {
    cardNo: card.cardNo,
    pin: card.pin,
    customerNo,
  });
  expect(res.status).toBe(201);
  const id = res.data?.id as string;
  return [id, await ledgerTransactionOf("recharges", id)];
}

/** A top-up into the customer's account by a partner of its own. */
async function strangerTopupFor(customerNo: string) {
  const res = await app.request(
    "/v1/topups",
    requestInit("POST", {
      token: (await partnerClient(f, t.db)).token,
      idempotencyKey: `scope-${Math.random()}`,
      body: { customerNo, amountFen: 100, partnerReference: `MATRIX-${Math.random()}` },
    }),
  );
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as Schemas["Topup"];
  return [id, await ledgerTransactionOf("topups", id)];
}

async function ledgerTransactionOf(table: "recharges" | "topups", id: string) {
  const [row] = await t.db.query<{ ledger_transaction_id: string }>(
    `SELECT ledger_transaction_id FROM ${table} WHERE id = $1`,
    [id],
  );
  return String(row?.ledger_transaction_id);
}

/**
 * A customer of the first city (own) or the other city, with a recharge and a top-up by other
 * clients, and — when the caller is a channel client or a clerk — a recharge of the caller's own.
 * In a history the caller's own movement must appear (`mine`); in the answer to the other city's
 * customer the other clients' movements and the other city's id never do (`foreign`).
 */
async function customerWithMovements(unit: "own" | "other", who: Who, route: "account" | "history") {
  const { customerNo } = await f.customer({ accountingUnitId: unit === "own" ? f.cityId : f.otherCityId });
  const stranger = await partnerClient(f, t.db);
  const foreign = [
    ...(await rechargeFor(customerNo, { Authorization: `Bearer ${stranger.token}` })),
    ...(await strangerTopupFor(customerNo)),
    ...(unit === "other" ? [f.otherCityId] : []),
  ];
  const recharges = who.kind === "channel" || (who.kind === "role" && who.role === "clerk");
  const mine = recharges ? await rechargeFor(customerNo, credentials(who)) : [];
  // The other city's history is 404 for a clerk: its own recharge there shows nowhere.
  const seesMine = route === "history" && (unit === "own" || who.kind === "channel");
  return withIds({ customerNo }, { mine: seesMine ? mine : [], foreign: unit === "other" ? foreign : [] });
}

/** A channel client, and a counter clerk serving a customer, read any customer's masked name and balance. */
const servesAnyCustomer = (who: Who) =>
  who.kind === "channel" || (who.kind === "role" && who.role === "clerk");

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
  "GET /v1/card-sales/{id}": {
    own: () => saleIn(f.outletId),
    other: () => saleIn(f.otherOutletId),
    ownStatus: 200,
  },
  "GET /v1/remittances/{id}": {
    own: () => remittanceIn("own"),
    other: () => remittanceIn("other"),
    ownStatus: 200,
  },
  "POST /v1/remittances/{id}/confirm": {
    own: () => remittanceIn("own"),
    other: () => remittanceIn("other"),
    ownStatus: 200,
  },
  "POST /v1/remittances/{id}/reject": {
    own: () => remittanceIn("own"),
    other: () => remittanceIn("other"),
    ownStatus: 200,
    body: { reason: "matrix" },
  },
  "GET /v1/settlement-runs/{id}": {
    own: () => settlementRunIn("own"),
    other: () => settlementRunIn("other"),
    ownStatus: 200,
  },
  "GET /v1/customers/{customerNo}/bills": {
    own: async () => ({ customerNo: (await f.customer()).customerNo }),
    other: async () => {
      const { customerNo } = await f.customer();
      await t.db.query("UPDATE customers SET accounting_unit_id = $2 WHERE customer_no = $1", [
        customerNo,
        f.otherCityId,
      ]);
      return { customerNo };
    },
    ownStatus: 200,
  },
  "GET /v1/accounts/{customerNo}": {
    own: (who) => customerWithMovements("own", who, "account"),
    other: (who) => customerWithMovements("other", who, "account"),
    ownStatus: 200,
    otherStatus: (who) => (servesAnyCustomer(who) ? 200 : 404),
  },
  "GET /v1/accounts/{customerNo}/transactions": {
    own: (who) => customerWithMovements("own", who, "history"),
    other: (who) => customerWithMovements("other", who, "history"),
    ownStatus: 200,
    // A channel's history of any customer: its own movements only.
    otherStatus: (who) => (who.kind === "channel" ? 200 : 404),
  },
  "GET /v1/production-plans/{id}": {
    own: () => planIn("own"),
    other: () => planIn("other"),
    ownStatus: 200,
  },
  "GET /v1/production-orders/{id}": {
    own: () => orderIn("own"),
    other: () => orderIn("other"),
    ownStatus: 200,
  },
  "GET /v1/production-orders/{id}/card-files/{part}": {
    own: () => orderIn("own"),
    other: () => orderIn("other"),
    ownStatus: 200,
  },
  "POST /v1/production-orders/{id}/acknowledgements": {
    own: () => orderIn("own"),
    other: () => orderIn("other"),
    // The order is found (in scope); the acknowledgement itself is refused.
    ownStatus: 422,
    body: { acknowledgement: "not.a.jws" },
  },
  "GET /v1/topups/{id}": {
    own: async (who) => {
      const own = await topupBy(who);
      return withIds(own, { mine: [own.id] });
    },
    other: async () => {
      const other = await topupBy({ kind: "stranger" });
      return withIds(other, { foreign: [other.id] });
    },
    ownStatus: 200,
  },
  "GET /v1/recharges/{id}": {
    own: async (who) => {
      const own = await rechargeBy(who);
      return withIds(own, { mine: [own.id] });
    },
    other: async () => {
      const other = await rechargeBy({ kind: "stranger" });
      return withIds(other, { foreign: [other.id] });
    },
    ownStatus: 200,
  },
  "GET /v1/recharges/by-idempotency-key/{idempotencyKey}": {
    own: async (who) => {
      const own = await rechargeBy(who);
      return withIds(own, { mine: [own.id] });
    },
    other: async () => {
      const other = await rechargeBy({ kind: "stranger" });
      return withIds(other, { foreign: [other.id] });
    },
    ownStatus: 200,
  },
  "POST /v1/cards/{cardNo}/unlock-requests": {
    own: () => lockedCard("own"),
    other: () => lockedCard("other"),
    ownStatus: 201,
    body: { reason: "matrix" },
  },
  "GET /v1/cards/{cardNo}": {
    own: async () => ({ cardNo: (await f.card()).cardNo }),
    other: () => lockedCard("other"),
    ownStatus: 200,
  },
  "GET /v1/units/{unitId}": {
    own: async () => ({ unitId: f.outletId }),
    other: async () => ({ unitId: f.otherCityId }),
    ownStatus: 200,
  },
  "GET /v1/units/{unitId}/staff": {
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
  "PUT /v1/users/{userId}/status": {
    own: () => userIn(f.outletId),
    other: () => userIn(f.otherOutletId),
    ownStatus: 200,
    body: { status: "disabled" },
  },
  "POST /v1/users/{userId}/password": {
    own: () => userIn(f.outletId),
    other: () => userIn(f.otherOutletId),
    ownStatus: 200,
    body: { password: "a long enough new password" },
  },
  "PATCH /v1/units/{unitId}": {
    own: async () => ({ unitId: f.outletId }),
    other: async () => ({ unitId: f.otherCityId }),
    ownStatus: 200,
    body: { name: "测试营业厅" },
  },
  "PUT /v1/units/{unitId}/status": {
    own: async () => ({ unitId: f.outletId }),
    other: async () => ({ unitId: f.otherCityId }),
    ownStatus: 200,
    // Enabling an active unit changes nothing, so the other cases keep a working outlet.
    body: { status: "active" },
  },
  "POST /v1/channel-clients/{clientId}/api-key": {
    own: () => clientIn(f.outletId),
    other: () => clientIn(f.otherOutletId),
    ownStatus: 201,
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
  "GET /v1/reversal-cases/{id}": {
    own: () => correctionCaseIn("own", "reversal_cases"),
    other: () => correctionCaseIn("other", "reversal_cases"),
    ownStatus: 200,
  },
  "GET /v1/refund-cases/{id}": {
    own: () => correctionCaseIn("own", "refund_cases"),
    other: () => correctionCaseIn("other", "refund_cases"),
    ownStatus: 200,
  },
  "POST /v1/refund-cases/{id}/payout": {
    own: () => correctionCaseIn("own", "refund_cases", "executed"),
    other: () => correctionCaseIn("other", "refund_cases", "executed"),
    ownStatus: 200,
    body: { voucher: "matrix-voucher" },
  },
  "GET /v1/shipments/{id}": {
    own: () => shipmentTo("own"),
    other: () => shipmentTo("other"),
    ownStatus: 200,
  },
  "POST /v1/shipments/{id}/receipts": {
    own: () => shipmentTo("own"),
    other: () => shipmentTo("other"),
    ownStatus: 200,
    // A range that is no carton: reported unexpected, nothing moves.
    body: { cartons: [{ firstCardNo: PLACEHOLDERS.cardNo, lastCardNo: PLACEHOLDERS.cardNo }] },
  },
  "GET /v1/card-transfers/{id}": {
    own: (who) => transferTo("own", who),
    other: (who) => transferTo("other", who),
    ownStatus: 200,
  },
  "POST /v1/card-transfers/{id}/receipt": {
    own: (who) => transferTo("own", who),
    other: (who) => transferTo("other", who),
    ownStatus: 200,
  },
};

/** Routes whose object is deliberately not scoped to a unit, and why. */
const UNSCOPED: Record<string, string> = {
  "GET /v1/reconciliation/{date}":
    "the date names no object: the file only ever holds the caller's own records",
  "GET /v1/movements/files/{date}":
    "the date names no object: the file is the whole province's movements, for movements:read clients only",
  "GET /v1/public/cards/{cardNo}/status":
    "public by design: a card number alone, answered the same to everyone, masked, without any PIN material",
};

describe("B. own unit's objects answer, another unit's are 404", () => {
  const withObject = routes.filter((r) => r.path.includes("{"));
  let grantedPartner: { token: string };
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
          ? [{ kind: "channel" as const, channel: "partner" as const, bearer: grantedPartner.token }]
          : []),
      ];
      expect(callers.length).toBeGreaterThan(0);
      for (const who of callers) {
        const label = `${route.key} as ${who.kind === "role" ? who.role : "partner"}`;
        const ownParams = await scope.own(who);
        const own = await call(route.method, fill(route.path, ownParams), who, scope.body);
        const ownText = await own.text();
        expect(own.status, `${label}, own object: ${ownText}`).toBe(scope.ownStatus);
        for (const id of IDS.get(ownParams)?.mine ?? [])
          expect(ownText, `${label}, own object`).toContain(id);
        const otherParams = await scope.other(who);
        const other = await call(route.method, fill(route.path, otherParams), who, scope.body);
        const otherText = await other.text();
        expect(other.status, `${label}, other unit's object: ${otherText}`).toBe(
          scope.otherStatus?.(who) ?? 404,
        );
        for (const id of IDS.get(otherParams)?.foreign ?? [])
          expect(otherText, `${label}, other unit's object`).not.toContain(id);
      }
    });
  }
});
