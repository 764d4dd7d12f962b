import { purgeExpiredIdempotencyKeys } from "@powercard/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge } from "../helpers/api-client.ts";
import { buildApp } from "../helpers/app.ts";
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
    const api = apiClient(app, { token });
    const first = await postRecharge(api, body, "retained");
    expect(first.status).toBe(201);
    await postRecharge(api, { ...body, pin: "0000000000000000" }, "retained-failure");

    expect(await purgeExpiredIdempotencyKeys(t.db, new Date(sentAt.getTime() + 24 * HOUR))).toBe(0);
    const replay = await postRecharge(api, body, "retained");
    expect(replay.headers.get("idempotent-replayed")).toBe("true");

    expect(await purgeExpiredIdempotencyKeys(t.db, new Date(sentAt.getTime() + 49 * HOUR), 1)).toBe(2);
    const lookup = await api.GET("/v1/recharges/by-idempotency-key/{idempotencyKey}", {
      params: { path: { idempotencyKey: "retained" } },
    });
    expect(lookup.data).toMatchObject({ status: "succeeded", recharge: { cardNo: card.cardNo } });
    const forgotten = await api.GET("/v1/recharges/by-idempotency-key/{idempotencyKey}", {
      params: { path: { idempotencyKey: "retained-failure" } },
    });
    expect(forgotten.status).toBe(404);
    // A late retry after the purge still cannot use the card twice.
    const late = await postRecharge(api, body, "retained");
    expect(late.error?.code).toBe("card_already_used");
  });
});
