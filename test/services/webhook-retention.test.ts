import {
  DEVELOPMENT_WEBHOOK_POLICY,
  deliverDueWebhooks,
  purgeSettledWebhookEvents,
  WEBHOOK_EVENT_RETENTION_DAYS,
} from "@powercard/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures, TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";
import { startWebhookReceiver } from "../helpers/webhook-receiver.ts";

/**
 * Webhook events that were delivered or given up are purged with their attempts 30 days after
 * their last attempt; pending events never are.
 */
let t: TestDatabase;
let f: Fixtures;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
});
afterAll(() => t.close());

const DAY = 86_400_000;

/** An event as the delivery worker leaves it, with one attempt: settled (or retried) at `at`. */
async function event(id: string, state: "pending" | "delivered" | "failed", at: Date) {
  await t.db.query(
    `INSERT INTO webhook_events (id, client_id, type, payload, state, attempts, next_attempt_at, delivered_at, created_at)
     VALUES ($1, 'cli_retention', 'topup.succeeded', '{}'::jsonb, $2, 1, $3, $4, $3)`,
    [id, state, at, state === "delivered" ? at : null],
  );
  await t.db.query(
    `INSERT INTO webhook_attempts (event_id, attempt, attempted_at, url, status_code, error, duration_ms)
     VALUES ($1, 1, $2, 'https://partner.example/hooks', 503, 'HTTP 503', 5)`,
    [id, at],
  );
}

const ids = async (table: "webhook_events" | "webhook_attempts") =>
  (
    await t.db.query<{ id: string }>(
      `SELECT ${table === "webhook_events" ? "id" : "event_id"} AS id FROM ${table} ORDER BY 1`,
    )
  ).map((r) => r.id);

describe("purgeSettledWebhookEvents", () => {
  it("deletes delivered and failed events with their attempts after the retention, never pending ones", async () => {
    expect(WEBHOOK_EVENT_RETENTION_DAYS).toBe(30);
    // One event delivered for real, to hold the purge to what the worker writes.
    const endpoint = await startWebhookReceiver();
    try {
      const p = await partnerClient(f, t.db, { webhookUrl: endpoint.url });
      const customer = await f.customer();
      const res = await buildApp(t.db).request(
        "/v1/topups",
        requestInit("POST", {
          token: p.token,
          idempotencyKey: "retention-1",
          body: { customerNo: customer.customerNo, amountFen: 100, partnerReference: "KEEP30" },
        }),
      );
      expect(res.status).toBe(201);
      const t0 = new Date();
      expect(
        (
          await deliverDueWebhooks({
            db: t.db,
            signingKeys: TEST_SIGNING_KEYS,
            now: t0,
            policy: DEVELOPMENT_WEBHOOK_POLICY,
          })
        ).delivered,
      ).toBe(1);
      const [real] = await ids("webhook_events");

      await event("evt_failed_old", "failed", t0);
      await event("evt_delivered_recent", "delivered", new Date(t0.getTime() + 2 * DAY));
      await event("evt_pending_old", "pending", new Date(t0.getTime() - 90 * DAY));

      const retention = WEBHOOK_EVENT_RETENTION_DAYS * DAY;
      expect(await purgeSettledWebhookEvents(t.db, new Date(t0.getTime() + retention))).toBe(0);
      expect(await purgeSettledWebhookEvents(t.db, new Date(t0.getTime() + retention + 1_000), 1)).toBe(2);
      expect(await ids("webhook_events")).toEqual(["evt_delivered_recent", "evt_pending_old"]);
      expect(await ids("webhook_attempts")).toEqual(["evt_delivered_recent", "evt_pending_old"]);
      expect(real).toMatch(/^evt_/);

      expect(await purgeSettledWebhookEvents(t.db, new Date(t0.getTime() + 400 * DAY))).toBe(1);
      expect(await ids("webhook_events")).toEqual(["evt_pending_old"]);
    } finally {
      await endpoint.close();
    }
  });
});
