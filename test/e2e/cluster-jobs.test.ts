import { businessDate } from "@powercard/db";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../api/src/services/audit/verify-audit-chain.ts";
import { WEBHOOK_BATCH_SIZE } from "../../api/src/services/webhooks/deliver-due-webhooks.ts";
import { checkInvariants } from "../bench/ledger-invariants.ts";
import type { Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit, startServer } from "../helpers/app.ts";
import { buildApi } from "../helpers/built-server.ts";
import { balancerAvailable, type Cluster, INSTANCE_NAMES } from "../helpers/cluster.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { readFeed } from "../helpers/movements.ts";
import { partnerClient } from "../helpers/partners.ts";
import { scrapeMetrics, servedBy, startTestCluster } from "../helpers/test-cluster.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver.ts";

/**
 * Three API processes behind HAProxy on one PostgreSQL: every instance runs every background
 * job (api/src/jobs), and they keep apart — no webhook event delivered twice, no day rolled up
 * twice, one audit chain, one dense movement feed. Then one instance is killed (kill -9) while
 * clients recharge through the balancer, retrying a lost answer with the same Idempotency-Key:
 * nothing acknowledged is lost or applied twice, and the other two carry on.
 */
const postgresOnly = realPostgresOnly();
const balancer = postgresOnly.skip ? postgresOnly : balancerAvailable();
if (balancer.skip) console.warn(`[e2e/cluster-jobs] ${balancer.reason}`);

const BACKDATED_RECHARGES = 10;
const DAYS_BACK = 3;

describe.skipIf(balancer.skip)("3 instances behind HAProxy: background jobs and kill -9", () => {
  let t: TestDatabase;
  let f: Fixtures;
  let cluster: Cluster;
  let receiver: WebhookReceiver;
  let partner: { id: string; token: string };
  let backdatedDay: string;
  let keyNo = 0;

  /** Recharges a fresh card through `url`; expects 201. */
  async function recharge(url: string, customerNo: string) {
    const card = await f.card({ faceValueFen: 2_000 });
    const res = await fetch(
      `${url}/v1/recharges`,
      requestInit("POST", {
        token: partner.token,
        idempotencyKey: `jobs-${keyNo++}`,
        body: { cardNo: card.cardNo, pin: card.pin, customerNo },
      }),
    );
    expect(res.status, await res.clone().text()).toBe(201);
    return res;
  }

  beforeAll(async () => {
    await buildApi();
    t = await createTestDatabase({ maxConnections: 10 });
    f = await Fixtures.create(t.db);
    receiver = await startWebhookReceiver();
    partner = await partnerClient(f, t.db, { webhookUrl: receiver.url });

    // Money of a closed day, before the instances start: each one's first rollup round (at
    // start) finds the days to roll up at the same time as the others.
    const inProcess = await startServer(buildApp(t.db));
    const customer = await f.customer();
    for (let i = 0; i < BACKDATED_RECHARGES; i++) await recharge(inProcess.url, customer.customerNo);
    await inProcess.close();
    backdatedDay = addDays(businessDate(new Date()), -DAYS_BACK);
    await t.db.query("UPDATE recharges SET business_date = $1::date", [backdatedDay]);

    cluster = await startTestCluster(t.url as string);
    console.log(`[cluster] 3 instances and HAProxy started in ${cluster.startedInMs} ms`);
  }, 600_000);
  afterAll(async () => {
    if (cluster?.balancerOutput()) console.log(`[cluster] HAProxy said:\n${cluster.balancerOutput()}`);
    await cluster?.stop();
    await receiver?.close();
    await t?.close();
  });

  const jobFailures = async () => {
    const failures: Record<string, number> = {};
    for (const instance of cluster.instances.filter((i) => i.alive())) {
      for (const [series, value] of await scrapeMetrics(instance.url))
        if (series.startsWith("powercard_job_failures_total") && value > 0)
          failures[`${instance.name} ${series}`] = value;
    }
    return failures;
  };

  it("every instance runs every job; they keep apart: webhooks once, days once, one chain, one dense feed", async () => {
    // Rollup: the closed days are rolled up once, whichever instance got there first.
    await expect
      .poll(async () => {
        const [row] = await t.db.query<{ through: string | null }>(
          "SELECT to_char(rolled_through, 'YYYY-MM-DD') AS through FROM figure_rollups",
        );
        return (row?.through ?? "") >= backdatedDay;
      })
      .toBe(true);
    const [day] = await t.db.query<{ count: number; amount: number }>(
      `SELECT sum(count)::int AS count, sum(amount_fen)::int AS amount FROM daily_figures
        WHERE business_date = $1::date AND item = 'recharge'`,
      [backdatedDay],
    );
    expect(day).toEqual({ count: BACKDATED_RECHARGES, amount: BACKDATED_RECHARGES * 2_000 });

    // 30 recharges through the balancer, each one webhook event for the partner.
    const customer = await f.customer();
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => recharge(cluster.url, customer.customerNo)),
    );
    for (const name of INSTANCE_NAMES) expect(servedBy(responses)[name]).toBeGreaterThan(0);
    const [events] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM webhook_events WHERE client_id = $1",
      [partner.id],
    );
    const eventCount = events?.n ?? -1;
    expect(eventCount).toBeGreaterThanOrEqual(30);
    await expect
      .poll(async () => {
        const [row] = await t.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM webhook_events WHERE client_id = $1 AND state = 'delivered'",
          [partner.id],
        );
        return row?.n;
      })
      .toBe(eventCount);
    // A few more rounds of every instance's delivery job (every 2 s): nothing is sent again.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const ids = receiver.requests.map((r) => r.headers["powercard-event-id"]);
    expect(ids).toHaveLength(eventCount);
    expect(new Set(ids).size).toBe(eventCount);

    // The audit chain: sealed by one sealer at a time, every link intact.
    await expect.poll(async () => (await verifyAuditChain(t.db)).unsealed).toBe(0);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });

    // The movement feed, read through the balancer: positions 1…n, one per prepaid leg.
    const marketing = (await f.client("web", { operations: ["movements:read"] })).apiKey;
    const app = { request: (path: string, init?: RequestInit) => fetch(`${cluster.url}${path}`, init) };
    const [legs] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM ledger_entries WHERE account = 'customer_prepaid'",
    );
    await expect.poll(async () => (await readFeed(app, marketing, 0)).movements.length).toBe(legs?.n);
    const { movements } = await readFeed(app, marketing, 0, 7);
    expect(movements.map((m) => m.position)).toEqual(movements.map((_, i) => i + 1));

    // And no instance counted a failed round of any job.
    expect(await jobFailures()).toEqual({});
  });

  it("kill -9 of one instance under load: nothing acknowledged lost or applied twice, the others carry on", async () => {
    const TOTAL = 150;
    const WORKERS = 12;
    const customers = await Promise.all(Array.from({ length: 10 }, () => f.customer()));
    const cards = await Promise.all(Array.from({ length: TOTAL }, () => f.card({ faceValueFen: 1_000 })));
    const acknowledged = new Map<string, { id: string; customerNo: string; servedBy: string | null }>();
    const unexpected: string[] = [];
    let retries = 0;
    let killedAt = -1;
    const servedAfterKill: Response[] = [];

    /** A careful client: a lost answer (connection cut, 502/503/504, still in progress) is asked again with the same key. */
    async function rechargeUntilAnswered(i: number) {
      const card = cards[i];
      const customerNo = customers[i % customers.length]?.customerNo as string;
      const init = requestInit("POST", {
        token: partner.token,
        idempotencyKey: `kill-${i}`,
        body: { cardNo: card?.cardNo, pin: card?.pin, customerNo },
      });
      for (let attempt = 0; attempt < 200; attempt++) {
        const res = await fetch(`${cluster.url}/v1/recharges`, init).catch(() => null);
        const text = res ? await res.text() : "";
        if (res && killedAt >= 0) servedAfterKill.push(res);
        if (res?.status === 201) {
          const body = JSON.parse(text) as Schemas["Recharge"];
          acknowledged.set(`kill-${i}`, {
            id: body.id,
            customerNo,
            servedBy: res.headers.get("x-served-by"),
          });
          return;
        }
        const retryable =
          !res ||
          [502, 503, 504].includes(res.status) ||
          (res.status === 409 && text.includes("idempotency_in_progress"));
        if (!retryable) {
          unexpected.push(`kill-${i}: ${res.status} ${text}`);
          return;
        }
        retries++;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      unexpected.push(`kill-${i}: no answer after 200 attempts`);
    }

    let next = 0;
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        while (next < TOTAL) {
          const i = next++;
          if (i === 50) {
            killedAt = acknowledged.size;
            void cluster.kill("api2");
          }
          await rechargeUntilAnswered(i);
        }
      }),
    );
    console.log(
      `[cluster] kill -9 api2 after ${killedAt} acknowledged: ${acknowledged.size} of ${TOTAL} acknowledged, ${retries} retries;`,
      "served after the kill:",
      servedBy(servedAfterKill),
    );
    expect(unexpected).toEqual([]);
    expect(acknowledged.size).toBe(TOTAL);
    expect(cluster.instances.find((i) => i.name === "api2")?.alive()).toBe(false);
    const after = servedBy(servedAfterKill);
    expect(after.api1).toBeGreaterThan(0);
    expect(after.api3).toBeGreaterThan(0);

    // Each acknowledged recharge is in the database exactly once, as acknowledged.
    const rows = await t.db.query<{ idempotency_key: string; id: string; n: number }>(
      `SELECT idempotency_key, min(id) AS id, count(*)::int AS n FROM recharges
        WHERE idempotency_key LIKE 'kill-%' GROUP BY idempotency_key`,
    );
    expect(rows).toHaveLength(TOTAL);
    for (const row of rows) {
      expect(row.n, row.idempotency_key).toBe(1);
      expect(row.id, row.idempotency_key).toBe(acknowledged.get(row.idempotency_key)?.id);
    }
    const sql = postgres(t.url as string, { max: 1, onnotice: () => {} });
    try {
      const invariants = await checkInvariants(sql);
      expect(invariants.filter((r) => !r.ok)).toEqual([]);
    } finally {
      await sql.end();
    }

    // The survivors go on with the jobs: the new events delivered once, the chain sealed and intact.
    const [events] = await t.db.query<{ n: number; delivered: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE state = 'delivered')::int AS delivered
         FROM webhook_events WHERE client_id = $1`,
      [partner.id],
    );
    await expect
      .poll(async () => {
        const [row] = await t.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM webhook_events WHERE client_id = $1 AND state = 'delivered'",
          [partner.id],
        );
        return row?.n;
      })
      .toBe(events?.n);
    // Every event reached the partner. The batch the killed instance had claimed is sent again
    // when its lease ends (WEBHOOK_LEASE_MS): those it had already sent arrive twice — at least
    // once, the receiver deduplicates by Powercard-Event-Id — and no more than one batch of them.
    const ids = receiver.requests.map((r) => r.headers["powercard-event-id"]);
    console.log(`[cluster] webhook events ${events?.n}, deliveries received ${ids.length}`);
    expect(new Set(ids).size).toBe(events?.n);
    expect(ids.length - (events?.n ?? 0)).toBeLessThanOrEqual(WEBHOOK_BATCH_SIZE);
    await expect.poll(async () => (await verifyAuditChain(t.db)).unsealed).toBe(0);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    expect(await jobFailures()).toEqual({});
  });
});

/** "2026-12-04" + n days, as a date string. */
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
