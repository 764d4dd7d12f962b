import { sequenceMovements } from "@powercard/api";
import { businessDate } from "@powercard/db";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, requestInit, startServer } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import {
  feedByKind,
  ledgerPrepaidByKind,
  type Movement,
  movementPage,
  readFeed,
  verifiedMovementFile,
} from "../helpers/movements.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * The movement feed under real concurrency (PostgreSQL, a pool of 20, real HTTP): the outbox gap
 * (a movement that commits after a reader passed later ones) and a busy day whose feed totals
 * must equal the ledger's.
 */
const { skip, reason } = realPostgresOnly();
if (skip) console.warn(`[e2e/movement-feed] ${reason}`);

describe.skipIf(skip)("the movement feed (real PostgreSQL, real HTTP)", () => {
  let t: TestDatabase;
  let f: Fixtures;
  let server: { url: string; close(): Promise<void> };
  let marketing: string;
  let partner: { token: string };

  beforeAll(async () => {
    t = await createTestDatabase({ maxConnections: 20 });
    f = await Fixtures.create(t.db);
    server = await startServer(buildApp(t.db));
    marketing = (await f.client("web", { operations: ["movements:read"] })).apiKey;
    partner = await partnerClient(f, t.db);
  });
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  const app = { request: (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init) };
  let keys = 0;

  async function recharge(customerNo: string, faceValueFen: number) {
    const card = await f.card({ faceValueFen });
    const res = await fetch(
      `${server.url}/v1/recharges`,
      requestInit("POST", {
        token: partner.token,
        idempotencyKey: `feed-${keys++}`,
        body: { cardNo: card.cardNo, pin: card.pin, customerNo },
      }),
    );
    expect(res.status, await res.clone().text()).toBe(201);
  }

  async function topup(customerNo: string, amountFen: number) {
    const res = await fetch(
      `${server.url}/v1/topups`,
      requestInit("POST", {
        token: partner.token,
        idempotencyKey: `feed-${keys++}`,
        body: { customerNo, amountFen, partnerReference: `FEED-${keys}` },
      }),
    );
    expect(res.status, await res.clone().text()).toBe(201);
  }

  it("a movement written before others but committed after the reader passed them still reaches the reader", {
    timeout: 60_000,
  }, async () => {
    const late = (await f.customer()).customerNo;
    const others = await Promise.all(Array.from({ length: 5 }, async () => (await f.customer()).customerNo));
    const heldSql = postgres(t.url as string, { max: 1, onnotice: () => {} });
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written: (v: { queueId: number; at: string }) => void = () => {};
    const wrote = new Promise<{ queueId: number; at: string }>((resolve) => {
      written = resolve;
    });
    // The held writer: a movement of `late`'s prepaid account, written first, committed last.
    const held = heldSql.begin(async (tx) => {
      const at = new Date().toISOString();
      await tx`
        WITH posted AS (
          INSERT INTO ledger_transactions (book_key, id, kind, business_date, reference, created_at)
          VALUES (${late}, 'txn_held', 'recharge', ${businessDate(new Date())}::date, NULL, ${at}::timestamptz)
        ), legs AS (
          INSERT INTO ledger_entries (book_key, transaction_id, leg, account, owner, amount_fen, created_at)
          VALUES (${late}, 'txn_held', 1, 'card_float', '', 4200, ${at}::timestamptz),
                 (${late}, 'txn_held', 2, 'customer_prepaid', ${late}, -4200, ${at}::timestamptz)
        )
        UPDATE accounts SET balance_fen = balance_fen + 4200, updated_at = ${at}::timestamptz
         WHERE customer_no = ${late}`;
      const [queued] = await tx<
        { id: string }[]
      >`SELECT id FROM movement_queue WHERE transaction_id = 'txn_held'`;
      written({ queueId: Number(queued?.id), at });
      await released;
    });
    const heldRow = await wrote;

    // Others write after it and commit first; the sequencer runs and the reader reads past them.
    for (const [i, customerNo] of others.entries()) {
      await recharge(customerNo, 5_000);
      await topup(customerNo, 100 + i);
    }
    const laterIds = await t.db.query<{ id: string; created_at: Date }>(
      `SELECT q.id, t.created_at FROM movement_queue q
         JOIN ledger_transactions t ON t.book_key = q.book_key AND t.id = q.transaction_id`,
    );
    expect(laterIds).toHaveLength(10);
    // An id- or time-ordered outbox would have been read past the held movement right here.
    for (const row of laterIds) {
      expect(Number(row.id)).toBeGreaterThan(heldRow.queueId);
      expect(new Date(row.created_at).getTime()).toBeGreaterThanOrEqual(Date.parse(heldRow.at));
    }
    expect(await sequenceMovements(t.db, new Date())).toBe(10);
    const firstRead = await readFeed(app, marketing, 0);
    expect(firstRead.movements).toHaveLength(10);
    expect(firstRead.movements.some((m) => m.customerNo === late)).toBe(false);
    const cursor = firstRead.next;

    release();
    await held;
    await heldSql.end();
    expect(await sequenceMovements(t.db, new Date())).toBe(1);
    const nextPage = await movementPage(app, marketing, cursor);
    expect(nextPage.data).toHaveLength(1);
    expect(nextPage.data[0]).toMatchObject({
      position: cursor + 1,
      movementId: "txn_held",
      customerNo: late,
      amountFen: 4_200,
      balanceAfterFen: 4_200,
    });
    expect((await readFeed(app, marketing, 0)).movements).toEqual([...firstRead.movements, ...nextPage.data]);
  });

  it("a day of 200 concurrent recharges (20 at a time) and top-ups, sequenced while they run: the feed's totals equal the ledger's", {
    timeout: 180_000,
  }, async () => {
    const head = (await readFeed(app, marketing, 0)).next;
    const customers = await Promise.all(
      Array.from({ length: 20 }, async () => (await f.customer()).customerNo),
    );
    let running = true;
    // Two sequencers at once, as two API instances would run them, while the money moves.
    const sequencers = [0, 1].map(async () => {
      while (running) {
        await sequenceMovements(t.db, new Date(), { batchSize: 7 });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    await Promise.all(
      Array.from({ length: 20 }, async (_, worker) => {
        for (let i = 0; i < 10; i++) {
          const customerNo = customers[(worker + i) % customers.length] as string;
          await recharge(customerNo, [5_000, 10_000, 2_000][i % 3] as number);
          if (i % 5 === 0) await topup(customerNo, 300 + worker);
        }
      }),
    );
    running = false;
    await Promise.all(sequencers);
    await sequenceMovements(t.db, new Date());

    const { movements } = await readFeed(app, marketing, 0, 97);
    expect(movements.map((m) => m.position)).toEqual(movements.map((_, i) => i + 1));
    expect(new Set(movements.map((m) => `${m.movementId}/${m.leg}`)).size).toBe(movements.length);
    const day = movements.filter((m) => m.position > head);
    expect(day.filter((m) => m.kind === "recharge")).toHaveLength(200);
    expect(day.filter((m) => m.kind === "topup")).toHaveLength(40);
    const [legs] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM ledger_entries WHERE account = 'customer_prepaid'",
    );
    expect(movements).toHaveLength(legs?.n ?? -1);
    expect(feedByKind(movements)).toEqual(await ledgerPrepaidByKind(t.db));

    // Each customer's balances chain, and end at the account's balance.
    const byCustomer = new Map<string, Movement[]>();
    for (const m of movements) byCustomer.set(m.customerNo, [...(byCustomer.get(m.customerNo) ?? []), m]);
    const balances = await t.db.query<{ customer_no: string; balance_fen: string }>(
      "SELECT customer_no, balance_fen FROM accounts",
    );
    for (const { customer_no, balance_fen } of balances) {
      const chain = byCustomer.get(customer_no) ?? [];
      let balance = 0;
      for (const m of chain) {
        balance += m.amountFen;
        expect(m.balanceAfterFen, `${customer_no} at ${m.position}`).toBe(balance);
      }
      expect(balance, customer_no).toBe(Number(balance_fen));
    }

    const today = businessDate(new Date());
    const file = await verifiedMovementFile(app, marketing, today);
    expect(file.totals.byKind).toEqual(await ledgerPrepaidByKind(t.db, today));
    expect(file.movements).toEqual(movements.filter((m) => m.businessDate === today));
  });
});
