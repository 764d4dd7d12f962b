import { businessDate, RECHARGE_CHANNEL_OPERATIONS } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiClient,
  type Problem,
  postRecharge,
  type Schemas,
  type ValidationProblem,
} from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { ledgerFigures, partnerClient, partnerToken } from "../helpers/partners.ts";

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let partner: { id: string; token: string };
/** The app's clock; tests that care about business days set it. */
let clock: Date | null = null;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db, { now: () => clock ?? new Date() });
  partner = await partnerClient(f, t.db);
});
afterAll(() => t.close());

let keys = 0;
const newKey = () => `topup-${Date.now()}-${keys++}`;

/** A top-up with a bearer credential: a partner's access token unless another is given. */
const post = (body: unknown, idempotencyKey?: string, bearer = partner.token) =>
  app.request("/v1/topups", requestInit("POST", { token: bearer, idempotencyKey, body }));

const codeOf = async (res: Response) => ((await res.json()) as Problem).code;

async function count(sql: string, params: unknown[]) {
  const [row] = await t.db.query<{ n: number }>(sql, params);
  return row?.n ?? -1;
}

describe("POST /v1/topups", () => {
  it("credits the account, posts one balanced ledger transaction, records the top-up and an audit event", async () => {
    const customer = await f.customer();
    const res = await post(
      { customerNo: customer.customerNo, amountFen: 12_345, partnerReference: "BANK-0001" },
      newKey(),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      id: expect.stringMatching(/^tup_/),
      customerNo: customer.customerNo,
      amountFen: 12_345,
      balanceFen: 12_345,
      currency: "CNY",
      partnerReference: "BANK-0001",
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(Object.keys(body)).toEqual([
      "id",
      "customerNo",
      "amountFen",
      "balanceFen",
      "currency",
      "partnerReference",
      "createdAt",
    ]);

    const legs = await t.db.query<{ account: string; owner: string; amount_fen: string | number }>(
      `SELECT e.account, e.owner, e.amount_fen FROM ledger_entries e
         JOIN ledger_transactions tx ON tx.book_key = e.book_key AND tx.id = e.transaction_id
        WHERE tx.reference = $1 AND tx.kind = 'topup' AND tx.book_key = $2 ORDER BY e.leg`,
      [body.id, customer.customerNo],
    );
    expect(legs.map((l) => [l.account, l.owner, Number(l.amount_fen)])).toEqual([
      ["partner_receivable", partner.id, 12_345],
      ["customer_prepaid", customer.customerNo, -12_345],
    ]);
    expect(
      await count("SELECT count(*)::int AS n FROM topups WHERE id = $1 AND client_id = $2", [
        body.id,
        partner.id,
      ]),
    ).toBe(1);
    const [audit] = await t.db.query<{
      actor_type: string;
      actor_id: string;
      action: string;
      object_id: string;
    }>("SELECT actor_type, actor_id, action, object_id FROM audit_events WHERE after->>'topupId' = $1", [
      body.id,
    ]);
    expect(audit).toEqual({
      actor_type: "client",
      actor_id: partner.id,
      action: "topup.succeeded",
      object_id: customer.customerNo,
    });
    // No webhook URL registered: no event.
    expect(
      await count("SELECT count(*)::int AS n FROM webhook_events WHERE client_id = $1", [partner.id]),
    ).toBe(0);
  });

  it("replays the first success byte for byte with no second effect", async () => {
    const customer = await f.customer();
    const body = { customerNo: customer.customerNo, amountFen: 5_000, partnerReference: "BANK-0002" };
    const key = newKey();
    const first = await post(body, key);
    const firstText = await first.text();
    const again = await post(body, key);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(firstText);
    expect(
      await count("SELECT count(*)::int AS n FROM topups WHERE customer_no = $1", [customer.customerNo]),
    ).toBe(1);
    expect((await ledgerFigures(t.db, customer.customerNo)).balanceFen).toBe(5_000);
  });

  it("the same key sent 10 times at once: one effect, every answer the first one", async () => {
    const customer = await f.customer();
    const body = { customerNo: customer.customerNo, amountFen: 700, partnerReference: "BANK-RACE" };
    const key = newKey();
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(body, key)));
    const texts = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(texts).size).toBe(1);
    expect(
      await count("SELECT count(*)::int AS n FROM topups WHERE customer_no = $1", [customer.customerNo]),
    ).toBe(1);
    expect((await ledgerFigures(t.db, customer.customerNo)).balanceFen).toBe(700);
  });

  it("same key with another body → 422 idempotency_key_reused, and the other body has no effect", async () => {
    const a = await f.customer();
    const b = await f.customer();
    const key = newKey();
    expect(
      (await post({ customerNo: a.customerNo, amountFen: 100, partnerReference: "R-1" }, key)).status,
    ).toBe(201);
    for (const other of [
      { customerNo: b.customerNo, amountFen: 100, partnerReference: "R-1" },
      { customerNo: a.customerNo, amountFen: 101, partnerReference: "R-1" },
      { customerNo: a.customerNo, amountFen: 100, partnerReference: "R-2" },
    ]) {
      const res = await post(other, key);
      expect(res.status).toBe(422);
      expect(await codeOf(res)).toBe("idempotency_key_reused");
    }
    expect((await ledgerFigures(t.db, b.customerNo)).balanceFen).toBe(0);
    expect((await ledgerFigures(t.db, a.customerNo)).balanceFen).toBe(100);
  });

  it("a key used for a recharge cannot be reused for a top-up", async () => {
    const customer = await f.customer();
    const card = await f.card();
    const key = newKey();
    const recharge = await postRecharge(
      apiClient(app, { token: partner.token }),
      { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
      key,
    );
    expect(recharge.status).toBe(201);
    const res = await post({ customerNo: customer.customerNo, amountFen: 100, partnerReference: "X" }, key);
    expect(res.status).toBe(422);
    expect(await codeOf(res)).toBe("idempotency_key_reused");
  });

  it("unknown customer → 404 customer_not_found, nothing moves, and the answer is replayed", async () => {
    const body = { customerNo: "0000000001", amountFen: 100, partnerReference: "R-404" };
    const key = newKey();
    const first = await post(body, key);
    expect(first.status).toBe(404);
    const firstText = await first.text();
    expect(JSON.parse(firstText).code).toBe("customer_not_found");
    const again = await post(body, key);
    expect(again.status).toBe(404);
    expect(await again.text()).toBe(firstText);
    expect(
      await count("SELECT count(*)::int AS n FROM topups WHERE customer_no = $1", [body.customerNo]),
    ).toBe(0);
    expect(
      await count("SELECT count(*)::int AS n FROM ledger_transactions WHERE book_key = $1", [
        body.customerNo,
      ]),
    ).toBe(0);
    expect(
      await count(
        "SELECT count(*)::int AS n FROM audit_events WHERE action = 'topup.customer_not_found' AND object_id = $1",
        [body.customerNo],
      ),
    ).toBe(1);
  });

  it("requires an Idempotency-Key", async () => {
    const customer = await f.customer();
    const res = await post({ customerNo: customer.customerNo, amountFen: 100, partnerReference: "R" });
    expect(res.status).toBe(400);
    expect(await codeOf(res)).toBe("idempotency_key_missing");
  });

  it("takes integer fen from 1 fen to 500,000 yuan, and names the bad field", async () => {
    const customer = await f.customer();
    for (const amountFen of [0, -1, 1.5, 50_000_001, "100"]) {
      const res = await post({ customerNo: customer.customerNo, amountFen, partnerReference: "R" }, newKey());
      expect(res.status, String(amountFen)).toBe(400);
      const problem = (await res.json()) as ValidationProblem;
      expect(problem.code).toBe("validation_failed");
      expect(problem.errors.map((e) => e.field)).toEqual(["body.amountFen"]);
    }
    for (const partnerReference of ["", "has space", "x".repeat(65)]) {
      const res = await post({ customerNo: customer.customerNo, amountFen: 1, partnerReference }, newKey());
      expect(res.status).toBe(400);
    }
    const res = await post(
      { customerNo: customer.customerNo, amountFen: 50_000_000, partnerReference: "MAX" },
      newKey(),
    );
    expect(res.status).toBe(201);
    expect((await ledgerFigures(t.db, customer.customerNo)).balanceFen).toBe(50_000_000);
  });

  it("is for partners granted topups:write only: other channels and ungranted partners → 403, no key → 401", async () => {
    const customer = await f.customer();
    const body = { customerNo: customer.customerNo, amountFen: 100, partnerReference: "R" };
    const counter = await f.client("counter");
    // The recharge set: no top-ups.
    const ungranted = await partnerClient(f, t.db, { operations: RECHARGE_CHANNEL_OPERATIONS });
    const granted = await partnerClient(f, t.db, { operations: ["recharges:write"] });
    for (const bearer of [counter.apiKey, ungranted.token, granted.token]) {
      const res = await post(body, newKey(), bearer);
      expect(res.status).toBe(403);
      expect(await codeOf(res)).toBe("forbidden");
    }
    const clerk = await f.staff(["clerk"], { unitId: f.outletId });
    const byClerk = await app.request(
      "/v1/topups",
      requestInit("POST", {
        headers: { Authorization: `Bearer ${clerk.token}` },
        idempotencyKey: newKey(),
        body,
      }),
    );
    expect(byClerk.status).toBe(403);
    const anonymous = await app.request(
      "/v1/topups",
      requestInit("POST", { idempotencyKey: newKey(), body }),
    );
    expect(anonymous.status).toBe(401);
    expect((await ledgerFigures(t.db, customer.customerNo)).balanceFen).toBe(0);
  });

  it("keeps the balance equal to the ledger across recharges and top-ups, and the receivable equal to the top-ups", async () => {
    const other = await partnerClient(f, t.db);
    const customer = await f.customer();
    let expected = 0;
    for (const [i, amountFen] of [300, 10_000, 1, 99_999].entries()) {
      const res = await post(
        { customerNo: customer.customerNo, amountFen, partnerReference: `MIX-${i}` },
        newKey(),
        i % 2 ? other.token : partner.token,
      );
      expect(res.status).toBe(201);
      expected += amountFen;
      const card = await f.card({ faceValueFen: 5_000 });
      const recharge = await postRecharge(
        apiClient(app, { token: partner.token }),
        { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
        newKey(),
      );
      expect(recharge.status).toBe(201);
      expected += 5_000;
      expect(((await res.json()) as Schemas["Topup"]).balanceFen).toBeLessThanOrEqual(expected);
    }
    const figures = await ledgerFigures(t.db, customer.customerNo, other.id);
    expect(figures.balanceFen).toBe(expected);
    expect(figures.prepaidFen).toBe(expected);
    expect(figures.receivableFen).toBe(10_000 + 99_999);
    const [unbalanced] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT book_key, transaction_id FROM ledger_entries
         GROUP BY book_key, transaction_id HAVING sum(amount_fen) <> 0) x`,
    );
    expect(unbalanced?.n).toBe(0);
  });

  it("writes a webhook event in the same statement iff the top-up happens and the partner has a webhook URL", async () => {
    const hooked = await partnerClient(f, t.db, { webhookUrl: "https://partner.example/hooks" });
    const customer = await f.customer();
    const key = newKey();
    const body = { customerNo: customer.customerNo, amountFen: 4_200, partnerReference: "EVT-1" };
    const created = (await (await post(body, key, hooked.token)).json()) as Record<string, unknown>;
    await post(body, key, hooked.token); // a replay raises no second event
    await post({ ...body, customerNo: "0000000002" }, newKey(), hooked.token); // a failure raises none
    const events = await t.db.query<{ type: string; state: string; payload: unknown }>(
      "SELECT type, state, payload FROM webhook_events WHERE client_id = $1",
      [hooked.id],
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.type).toBe("topup.succeeded");
    expect(events[0]?.state).toBe("pending");
    const payload = events[0]?.payload;
    expect(typeof payload === "string" ? JSON.parse(payload) : payload).toEqual(created);
  });
});

describe("POST /v1/topups — a partnerReference books one top-up", () => {
  const topupsWith = (clientId: string, reference: string) =>
    count("SELECT count(*)::int AS n FROM topups WHERE client_id = $1 AND partner_reference = $2", [
      clientId,
      reference,
    ]);

  it("the same reference with another key → 409 partner_reference_reused naming the first top-up; replayed as it was", async () => {
    const customer = await f.customer();
    const other = await f.customer();
    const body = { customerNo: customer.customerNo, amountFen: 1_500, partnerReference: "SEQ-1" };
    const firstKey = newKey();
    const first = await post(body, firstKey);
    expect(first.status).toBe(201);
    const firstText = await first.text();
    const { id } = JSON.parse(firstText) as { id: string };

    // The same body, another amount, another customer: each a second payment under a used reference.
    for (const again of [body, { ...body, amountFen: 1_501 }, { ...body, customerNo: other.customerNo }]) {
      const key = newKey();
      const res = await post(again, key);
      expect(res.status).toBe(409);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const text = await res.text();
      const problem = JSON.parse(text) as { code: string; detail: string };
      expect(problem.code).toBe("partner_reference_reused");
      expect(problem.detail).toContain(id);
      // The refusal is the key's first answer: its retry gets it again, byte for byte.
      const retry = await post(again, key);
      expect(retry.status).toBe(409);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(await retry.text()).toBe(text);
    }
    // Idempotency comes first: the first key still replays its success.
    const replay = await post(body, firstKey);
    expect(replay.status).toBe(201);
    expect(await replay.text()).toBe(firstText);

    expect(await topupsWith(partner.id, "SEQ-1")).toBe(1);
    expect((await ledgerFigures(t.db, customer.customerNo)).balanceFen).toBe(1_500);
    expect((await ledgerFigures(t.db, other.customerNo)).balanceFen).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_events
          WHERE action = 'topup.partner_reference_reused' AND after->>'firstTopupId' = $1`,
        [id],
      ),
    ).toBe(3);
  });

  it("20 keys at once with one reference: exactly one top-up is booked, the 19 others are refused naming it", async () => {
    const customer = await f.customer();
    const body = { customerNo: customer.customerNo, amountFen: 900, partnerReference: "RACE-REF" };
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(body, newKey())));
    const answers = await Promise.all(
      responses.map(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, string> })),
    );
    const booked = answers.filter((a) => a.status === 201);
    expect(booked).toHaveLength(1);
    const id = booked[0]?.body.id as string;
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(19);
    for (const r of refused) {
      expect(r.body.code).toBe("partner_reference_reused");
      expect(r.body.detail).toContain(id);
    }
    expect(await topupsWith(partner.id, "RACE-REF")).toBe(1);
    expect((await ledgerFigures(t.db, customer.customerNo)).balanceFen).toBe(900);
  });

  it("is per partner: another partner may use the same reference", async () => {
    const customer = await f.customer();
    const stranger = await partnerClient(f, t.db);
    const body = { customerNo: customer.customerNo, amountFen: 100, partnerReference: "SHARED-REF" };
    expect((await post(body, newKey())).status).toBe(201);
    expect((await post(body, newKey(), stranger.token)).status).toBe(201);
    expect((await post(body, newKey(), stranger.token)).status).toBe(409);
    expect(await topupsWith(partner.id, "SHARED-REF")).toBe(1);
    expect(await topupsWith(stranger.id, "SHARED-REF")).toBe(1);
    expect((await ledgerFigures(t.db, customer.customerNo)).balanceFen).toBe(200);
  });

  it("a refusal for an unknown customer does not take the reference", async () => {
    const customer = await f.customer();
    const lost = { customerNo: "0000000003", amountFen: 100, partnerReference: "FIRST-MISS" };
    expect((await post(lost, newKey())).status).toBe(404);
    const res = await post({ ...lost, customerNo: customer.customerNo }, newKey());
    expect(res.status).toBe(201);
    expect(await topupsWith(partner.id, "FIRST-MISS")).toBe(1);
  });
});

describe("GET /v1/topups/{id}", () => {
  it("answers the caller's own top-up as it was created; another partner's → 404 topup_not_found", async () => {
    const customer = await f.customer();
    const created = (await (
      await post({ customerNo: customer.customerNo, amountFen: 2_500, partnerReference: "GET-1" }, newKey())
    ).json()) as Record<string, unknown>;
    const mine = await app.request(`/v1/topups/${created.id}`, requestInit("GET", { token: partner.token }));
    expect(mine.status).toBe(200);
    expect(await mine.json()).toEqual(created);

    const stranger = await partnerClient(f, t.db);
    const theirs = await app.request(
      `/v1/topups/${created.id}`,
      requestInit("GET", { token: stranger.token }),
    );
    expect(theirs.status).toBe(404);
    expect(await codeOf(theirs)).toBe("topup_not_found");
    const unknown = await app.request("/v1/topups/tup_none", requestInit("GET", { token: partner.token }));
    expect(unknown.status).toBe(404);
  });
});

describe("GET /v1/partners/me/daily-net", () => {
  it("counts the day's recharges and top-ups; what is owed is the ledger's receivable", async () => {
    const p = await partnerClient(f, t.db);
    const customer = await f.customer();
    const day = "2026-03-10";
    const at = (time: string) => new Date(`${day}T${time}+08:00`);
    const topup = async (when: Date, amountFen: number) => {
      clock = when;
      const res = await post(
        { customerNo: customer.customerNo, amountFen, partnerReference: `NET-${when.getTime()}` },
        newKey(),
        await partnerToken(p, when),
      );
      expect(res.status).toBe(201);
    };
    const recharge = async (when: Date, faceValueFen: number) => {
      clock = when;
      const card = await f.card({ faceValueFen });
      const res = await postRecharge(
        apiClient(app, { token: await partnerToken(p, when) }),
        { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
        newKey(),
      );
      expect(res.status).toBe(201);
    };
    try {
      await topup(at("00:00:00"), 1_000); // first instant of the day
      await topup(at("12:00:00"), 2_000);
      await topup(at("23:59:59"), 3_000); // last second of the day
      await topup(new Date(at("00:00:00").getTime() - 1), 9_999); // the day before
      await recharge(at("08:00:00"), 10_000);
      await recharge(at("09:00:00"), 5_000);

      clock = at("23:59:59");
      const pToken = await partnerToken(p, clock);
      const get = (query: string, bearer = pToken) =>
        app.request(`/v1/partners/me/daily-net${query}`, requestInit("GET", { token: bearer }));
      const res = await get(`?date=${day}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        clientId: p.id,
        businessDate: day,
        currency: "CNY",
        recharges: { count: 2, amountFen: 15_000 },
        topups: { count: 3, amountFen: 6_000 },
        netPayableFen: 6_000,
      });
      // No date: today (the clock's business day).
      expect(((await (await get("")).json()) as Schemas["DailyNet"]).businessDate).toBe(day);
      expect(await (await get("?date=2026-03-09")).json()).toMatchObject({
        topups: { count: 1, amountFen: 9_999 },
        netPayableFen: 9_999,
        recharges: { count: 0, amountFen: 0 },
      });
      const future = await get("?date=2026-03-11");
      expect(future.status).toBe(400);
      expect(await codeOf(future)).toBe("business_date_in_future");
      const bad = await get("?date=2026-02-30");
      expect(bad.status).toBe(400);
      expect(await codeOf(bad)).toBe("validation_failed");
      // Another partner's day is its own.
      const stranger = await partnerClient(f, t.db, { now: clock });
      expect(await (await get(`?date=${day}`, stranger.token)).json()).toMatchObject({
        recharges: { count: 0 },
        topups: { count: 0 },
        netPayableFen: 0,
      });
      const ungranted = await partnerClient(f, t.db, { operations: ["topups:write"], now: clock });
      expect((await get(`?date=${day}`, ungranted.token)).status).toBe(403);
    } finally {
      clock = null;
    }
    expect(businessDate(at("23:59:59"))).toBe(day);
  });
});
