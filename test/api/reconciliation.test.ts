import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type Problem, postRecharge, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient, partnerToken } from "../helpers/partners.ts";

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let clock = new Date();
let partner: { id: string };
let stranger: { id: string };

const DAY = "2026-05-20";
const at = (date: string, time: string) => new Date(`${date}T${time}+08:00`);
/** What the partner did that day, as the API answered it. */
const made = { recharges: [] as Schemas["Recharge"][], topups: [] as Record<string, unknown>[] };

type ReconciliationFile = Schemas["ReconciliationFile"];

let keys = 0;
// The clock moves between days here: each request carries a partner token issued at its time.
async function topup(client: { id: string }, when: Date, customerNo: string, amountFen: number) {
  clock = when;
  const res = await app.request(
    "/v1/topups",
    requestInit("POST", {
      token: await partnerToken(client, when),
      idempotencyKey: `rec-${keys++}`,
      body: { customerNo, amountFen, partnerReference: `REF-${keys}` },
    }),
  );
  expect(res.status).toBe(201);
  return (await res.json()) as Record<string, unknown>;
}

/** The partner recharges a fresh card at `when` (with a wrong PIN if given). */
async function rechargeAt(
  client: { id: string },
  when: Date,
  customerNo: string,
  faceValueFen: number,
  pin?: string,
) {
  clock = when;
  const card = await f.card({ faceValueFen });
  const res = await postRecharge(
    apiClient(app, { token: await partnerToken(client, when) }),
    { cardNo: card.cardNo, pin: pin ?? card.pin, customerNo },
    `rec-${keys++}`,
  );
  // Read only after a 201 was asserted.
  return { status: res.status, body: res.data as Schemas["Recharge"] };
}

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db, { now: () => clock });
  partner = await partnerClient(f, t.db);
  stranger = await partnerClient(f, t.db);
  const a = await f.customer();
  const b = await f.customer();

  made.topups.push(await topup(partner, at(DAY, "00:00:00"), a.customerNo, 1_000));
  made.topups.push(await topup(partner, at(DAY, "10:30:00"), b.customerNo, 250_000));
  made.topups.push(await topup(partner, at(DAY, "23:59:59"), a.customerNo, 7));
  for (const [time, face] of [
    ["08:00:00", 10_000],
    ["09:15:00", 5_000],
    ["21:00:00", 10_000],
  ] as const) {
    const r = await rechargeAt(partner, at(DAY, time), b.customerNo, face);
    expect(r.status).toBe(201);
    made.recharges.push(r.body);
  }
  // Not in the file: a failed recharge, another day's movements, another partner's.
  expect(
    (await rechargeAt(partner, at(DAY, "11:00:00"), a.customerNo, 10_000, "0000000000000000")).status,
  ).toBe(422);
  await topup(partner, new Date(at(DAY, "00:00:00").getTime() - 1), a.customerNo, 555);
  await topup(partner, at("2026-05-21", "00:00:00"), a.customerNo, 666);
  expect((await rechargeAt(partner, at("2026-05-19", "12:00:00"), a.customerNo, 5_000)).status).toBe(201);
  await topup(stranger, at(DAY, "12:00:00"), a.customerNo, 888);
  expect((await rechargeAt(stranger, at(DAY, "12:00:00"), a.customerNo, 10_000)).status).toBe(201);
  clock = at("2026-05-22", "09:00:00");
});
afterAll(() => t.close());

/** The file, asked for with `bearer` or else the partner's token at the clock's time. */
const getFile = async (date: string, bearer?: string) =>
  app.request(
    `/v1/reconciliation/${date}`,
    requestInit("GET", { token: bearer ?? (await partnerToken(partner, clock)) }),
  );

async function publishedKeys() {
  const res = await app.request("/.well-known/jwks.json");
  expect(res.status).toBe(200);
  return createLocalJWKSet((await res.json()) as JSONWebKeySet);
}

/** The file's JWS, verified against the published keys, and its payload. */
async function verifiedFile(date: string, bearer?: string) {
  const res = await getFile(date, bearer);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/jose");
  const jws = await res.text();
  expect(jws.split(".")).toHaveLength(3);
  const { payload, protectedHeader } = await compactVerify(jws, await publishedKeys(), {
    algorithms: ["EdDSA"],
  });
  expect(protectedHeader).toEqual({
    alg: "EdDSA",
    kid: expect.any(String),
    typ: "powercard-reconciliation+jws",
  });
  return { jws, file: JSON.parse(new TextDecoder().decode(payload)) as ReconciliationFile };
}

/** The same totals, computed from the ledger alone. */
async function ledgerTotals(clientId: string, date: string) {
  const [row] = await t.db.query<Record<string, string | number>>(
    `SELECT
       (SELECT count(*)::int FROM ledger_entries e
          JOIN ledger_transactions tx ON tx.book_key = e.book_key AND tx.id = e.transaction_id
         WHERE e.account = 'partner_receivable' AND e.owner = $1 AND tx.business_date = $2::date) AS topup_count,
       (SELECT COALESCE(sum(e.amount_fen), 0) FROM ledger_entries e
          JOIN ledger_transactions tx ON tx.book_key = e.book_key AND tx.id = e.transaction_id
         WHERE e.account = 'partner_receivable' AND e.owner = $1 AND tx.business_date = $2::date) AS topup_fen,
       (SELECT count(*)::int FROM ledger_entries e
          JOIN ledger_transactions tx ON tx.book_key = e.book_key AND tx.id = e.transaction_id
         WHERE e.account = 'customer_prepaid' AND tx.kind = 'recharge' AND tx.business_date = $2::date
           AND tx.reference IN (SELECT id FROM recharges WHERE client_id = $1)) AS recharge_count,
       (SELECT -COALESCE(sum(e.amount_fen), 0) FROM ledger_entries e
          JOIN ledger_transactions tx ON tx.book_key = e.book_key AND tx.id = e.transaction_id
         WHERE e.account = 'customer_prepaid' AND tx.kind = 'recharge' AND tx.business_date = $2::date
           AND tx.reference IN (SELECT id FROM recharges WHERE client_id = $1)) AS recharge_fen`,
    [clientId, date],
  );
  return {
    recharges: { count: Number(row?.recharge_count), amountFen: Number(row?.recharge_fen) },
    topups: { count: Number(row?.topup_count), amountFen: Number(row?.topup_fen) },
    netPayableFen: Number(row?.topup_fen),
  };
}

describe("GET /v1/reconciliation/{date}", () => {
  it("is a JWS signed by Powercard that verifies against /.well-known/jwks.json, for this client and day", async () => {
    const { file } = await verifiedFile(DAY);
    expect(file.clientId).toBe(partner.id);
    expect(file.businessDate).toBe(DAY);
    expect(file.generatedAt).toBe(clock.toISOString());
    expect(file.currency).toBe("CNY");
  });

  it("lists every recharge and top-up of the day by this client, and nothing else", async () => {
    const { file } = await verifiedFile(DAY);
    expect(file.recharges.map((r) => r.id)).toEqual(made.recharges.map((r) => r.id));
    expect(file.topups.map((r) => r.id)).toEqual(made.topups.map((r) => r.id));
    expect(file.recharges[0]).toEqual({
      id: made.recharges[0]?.id,
      customerNo: made.recharges[0]?.customerNo,
      cardNo: made.recharges[0]?.cardNo,
      amountFen: 10_000,
      idempotencyKey: expect.stringMatching(/^rec-/),
      createdAt: made.recharges[0]?.createdAt,
    });
    expect(file.topups[1]).toMatchObject({
      amountFen: 250_000,
      partnerReference: made.topups[1]?.partnerReference,
    });
  });

  it("has totals equal to the ledger's", async () => {
    const { file } = await verifiedFile(DAY);
    expect(file.totals).toEqual({
      recharges: { count: 3, amountFen: 25_000 },
      topups: { count: 3, amountFen: 251_007 },
      netPayableFen: 251_007,
    });
    expect(file.totals).toEqual(await ledgerTotals(partner.id, DAY));
    // The totals are the sums of the lines.
    expect(file.totals.recharges.amountFen).toBe(file.recharges.reduce((s, r) => s + r.amountFen, 0));
    expect(file.totals.topups.amountFen).toBe(file.topups.reduce((s, r) => s + r.amountFen, 0));
    // And the other partner's file agrees with the ledger too.
    const other = await verifiedFile(DAY, await partnerToken(stranger, clock));
    expect(other.file.totals).toEqual(await ledgerTotals(stranger.id, DAY));
    expect(other.file.totals.topups).toEqual({ count: 1, amountFen: 888 });
  });

  it("agrees with the daily net", async () => {
    const { file } = await verifiedFile(DAY);
    const res = await app.request(
      `/v1/partners/me/daily-net?date=${DAY}`,
      requestInit("GET", { token: await partnerToken(partner, clock) }),
    );
    expect(await res.json()).toMatchObject(file.totals);
  });

  it("a day with nothing gives an empty signed file", async () => {
    const { file } = await verifiedFile("2026-01-01");
    expect(file).toMatchObject({
      clientId: partner.id,
      businessDate: "2026-01-01",
      recharges: [],
      topups: [],
      totals: { recharges: { count: 0, amountFen: 0 }, topups: { count: 0, amountFen: 0 }, netPayableFen: 0 },
    });
  });

  it("today's file covers the day so far; a day that has not begun → 400 business_date_in_future", async () => {
    clock = at("2026-05-21", "00:00:01");
    try {
      const { file } = await verifiedFile("2026-05-21");
      expect(file.topups.map((x) => x.amountFen)).toEqual([666]);
      const res = await getFile("2026-05-22");
      expect(res.status).toBe(400);
      expect(((await res.json()) as Problem).code).toBe("business_date_in_future");
    } finally {
      clock = at("2026-05-22", "09:00:00");
    }
  });

  it("refuses a malformed or impossible date", async () => {
    for (const date of ["2026-5-20", "20260520", "2026-02-30", "yesterday"]) {
      const res = await getFile(date);
      expect(res.status, date).toBe(400);
      expect(((await res.json()) as Problem).code).toBe("validation_failed");
    }
  });

  it("fails verification once altered, and cannot pass for an access token", async () => {
    const { jws } = await verifiedFile(DAY);
    const [header, payload, signature] = jws.split(".") as [string, string, string];
    const forged = Buffer.from(
      Buffer.from(payload, "base64url").toString("utf8").replace('"amountFen":250000', '"amountFen":25000'),
    ).toString("base64url");
    expect(forged).not.toBe(payload);
    const keys = await publishedKeys();
    await expect(compactVerify(`${header}.${forged}.${signature}`, keys)).rejects.toThrow();
    // Same keys as access tokens, but another `typ`: presented as a bearer token, it is refused.
    const asToken = await app.request(`/v1/reconciliation/${DAY}`, {
      headers: { Authorization: `Bearer ${jws}` },
    });
    expect(asToken.status).toBe(401);
  });

  it("is for partners granted reconciliation:read only", async () => {
    const ungranted = await partnerClient(f, t.db, { operations: ["topups:write", "recharges:write"] });
    const counter = await f.client("counter");
    for (const bearer of [await partnerToken(ungranted, clock), counter.apiKey]) {
      const res = await getFile(DAY, bearer);
      expect(res.status).toBe(403);
    }
    expect((await app.request(`/v1/reconciliation/${DAY}`)).status).toBe(401);
  });
});
