import { purgeExpiredIdempotencyKeys } from "@powercard/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient, partnerToken } from "../helpers/partners.ts";

let t: TestDatabase;
let f: Fixtures;
let client: { id: string };

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  client = await partnerClient(f, t.db);
});
afterAll(() => t.close());

const HOUR = 3_600_000;

describe("Idempotency-Key retention", () => {
  it("keeps keys at least 24 h, purges them after 48 h, and a succeeded recharge stays findable by key", async () => {
    const sentAt = new Date("2026-11-01T08:00:00Z");
    const app = buildApp(t.db, { now: () => sentAt });
    const token = await partnerToken(client, sentAt); // issued on the app's clock
    const card = await f.card();
    const customer = await f.customer();
    const body = { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo };
    const first = await app.request(
      "/v1/recharges",
      requestInit("POST", { token, idempotencyKey: "retained", body }),
    );
    expect(first.status).toBe(201);
    await app.request(
      "/v1/recharges",
      requestInit("POST", {
        token,
        idempotencyKey: "retained-failure",
        body: { ...body, pin: "0000000000000000" },
      }),
    );

    expect(await purgeExpiredIdempotencyKeys(t.db, new Date(sentAt.getTime() + 24 * HOUR))).toBe(0);
    const replay = await app.request(
      "/v1/recharges",
      requestInit("POST", { token, idempotencyKey: "retained", body }),
    );
    expect(replay.headers.get("idempotent-replayed")).toBe("true");

    expect(await purgeExpiredIdempotencyKeys(t.db, new Date(sentAt.getTime() + 49 * HOUR), 1)).toBe(2);
    const lookup = await app.request(
      "/v1/recharges/by-idempotency-key/retained",
      requestInit("GET", { token }),
    );
    expect(await lookup.json()).toMatchObject({ status: "succeeded", recharge: { cardNo: card.cardNo } });
    const forgotten = await app.request(
      "/v1/recharges/by-idempotency-key/retained-failure",
      requestInit("GET", { token }),
    );
    expect(forgotten.status).toBe(404);
    // A late retry after the purge still cannot use the card twice.
    const late = await app.request(
      "/v1/recharges",
      requestInit("POST", { token, idempotencyKey: "retained", body }),
    );
    expect(((await late.json()) as { code: string }).code).toBe("card_already_used");
  });
});
