import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, apiClient, type Problem, postRecharge } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let client: { id: string; token: string };

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  client = await partnerClient(f, t.db);
});
afterAll(() => t.close());

/** The partner's typed client (another partner's with its token). */
const as = (token = client.token) => apiClient(app, { token });

async function newRecharge() {
  const customer = await f.customer();
  const card = await f.card();
  return { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
}

describe("Idempotency-Key on POST /v1/recharges", () => {
  it("is required: missing → 400 idempotency_key_missing, nothing happens", async () => {
    const body = await newRecharge();
    // A raw request: the typed client cannot leave out a header the spec requires.
    const res = await app.request("/v1/recharges", requestInit("POST", { token: client.token, body }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).code).toBe("idempotency_key_missing");
    const [row] = await t.db.query("SELECT state FROM cards WHERE card_no = $1", [body.cardNo]);
    expect(row?.state).toBe("sold");
  });

  it("must be 1–255 printable characters", async () => {
    const body = await newRecharge();
    for (const bad of ["x".repeat(256), "has space", "tab\there"]) {
      const res = await postRecharge(as(), body, bad);
      expect(res.status).toBe(400);
      expect(res.error?.code).toBe("idempotency_key_invalid");
    }
    expect((await postRecharge(as(), body, "x".repeat(255))).status).toBe(201);
  });

  it("replays the first success byte for byte, with no second effect", async () => {
    const body = await newRecharge();
    const first = await postRecharge(as(), body, "same-key-success");
    const firstText = first.text;
    const again = await postRecharge(as(), body, "same-key-success");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.text).toBe(firstText);
    const [count] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM recharges WHERE card_no = $1",
      [body.cardNo],
    );
    expect(count?.n).toBe(1);
  });

  it("replays a first failure too (same requestId), and a retried wrong PIN is not counted twice", async () => {
    const body = { ...(await newRecharge()), pin: "9999999999999999" };
    const first = await postRecharge(as(), body, "same-key-failure");
    const firstText = first.text;
    expect(first.status).toBe(422);
    const again = await postRecharge(as(), body, "same-key-failure");
    expect(again.status).toBe(422);
    expect(again.text).toBe(firstText);
    const [row] = await t.db.query<{ failed_pin_attempts: number }>(
      "SELECT failed_pin_attempts FROM cards WHERE card_no = $1",
      [body.cardNo],
    );
    expect(row?.failed_pin_attempts).toBe(1);
  });

  it("same key with another body → 422 idempotency_key_reused, and the other body has no effect", async () => {
    const a = await newRecharge();
    const b = await newRecharge();
    expect((await postRecharge(as(), a, "reused-key")).status).toBe(201);
    const res = await postRecharge(as(), b, "reused-key");
    expect(res.status).toBe(422);
    expect(res.error?.code).toBe("idempotency_key_reused");
    const [row] = await t.db.query("SELECT state FROM cards WHERE card_no = $1", [b.cardNo]);
    expect(row?.state).toBe("sold");
    // A different PIN is a different request too, though it is never stored in clear.
    const res2 = await postRecharge(as(), { ...a, pin: "1234123412341234" }, "reused-key");
    expect(res2.error?.code).toBe("idempotency_key_reused");
  });

  it("keys are per client: two clients may use the same key independently", async () => {
    const other = await partnerClient(f, t.db);
    const a = await newRecharge();
    const b = await newRecharge();
    expect((await postRecharge(as(), a, "shared-key")).status).toBe(201);
    expect((await postRecharge(as(other.token), b, "shared-key")).status).toBe(201);
  });

  it("never stores the PIN: the stored fingerprint is not a plain hash of the body", async () => {
    const body = await newRecharge();
    await postRecharge(as(), body, "fingerprint-key");
    const rows = await t.db.query<{ request_hash: string; response_body: string }>(
      "SELECT request_hash, response_body FROM idempotency_keys WHERE key = 'fingerprint-key'",
    );
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(body.pin);
  });
});

const byKey = (api: ApiClient, idempotencyKey: string) =>
  api.GET("/v1/recharges/by-idempotency-key/{idempotencyKey}", { params: { path: { idempotencyKey } } });

describe("Looking a recharge up after a timeout", () => {
  it("by Idempotency-Key: succeeded with the recharge, failed with the error, unknown → 404", async () => {
    const body = await newRecharge();
    const created = (await postRecharge(as(), body, "lookup-ok")).data;
    const ok = await byKey(as(), "lookup-ok");
    expect(ok.status).toBe(200);
    expect(ok.data).toMatchObject({
      idempotencyKey: "lookup-ok",
      status: "succeeded",
      recharge: { id: created?.id },
      error: null,
    });

    await postRecharge(as(), { ...(await newRecharge()), pin: "0000000000000000" }, "lookup-failed");
    const failed = await byKey(as(), "lookup-failed");
    expect(failed.data).toMatchObject({
      status: "failed",
      recharge: null,
      error: { code: "pin_incorrect" },
    });

    const unknown = await byKey(as(), "never-sent");
    expect(unknown.status).toBe(404);
    expect(unknown.error?.code).toBe("recharge_not_found");
  });

  it("by id: the caller's own recharge; another client's id → 404", async () => {
    const body = await newRecharge();
    const created = (await postRecharge(as(), body, "by-id")).data;
    const byId = (token?: string) =>
      as(token).GET("/v1/recharges/{id}", { params: { path: { id: created?.id ?? "" } } });
    const mine = await byId();
    expect(mine.status).toBe(200);
    expect(mine.data).toEqual(created);

    const stranger = await partnerClient(f, t.db);
    const theirs = await byId(stranger.token);
    expect(theirs.status).toBe(404);
    const theirsByKey = await byKey(as(stranger.token), "by-id");
    expect(theirsByKey.status).toBe(404);
  });
});
