import { randomBytes } from "node:crypto";
import { apiKeyPrefix, generateApiKey, hashApiKey } from "@powercard/api";
import {
  businessDate,
  generatePin,
  makeCardNo,
  type PinKeyring,
  pinHmac,
  RECHARGE_CHANNEL_OPERATIONS,
} from "@powercard/db";
import { cardsSold, ledgerRows } from "@powercard/db/ledger";
import type postgres from "postgres";

/** BENCH ONLY: a fixed PIN HMAC key, so the loader and the API agree on every card's HMAC. */
export const BENCH_PIN_KEYS: PinKeyring = {
  currentKeyId: "bench1",
  keys: new Map([["bench1", Buffer.alloc(32, 42)]]),
};

const FACE_VALUE_FEN = 10_000;
const LOAD_BATCH = 5_000;
const FIRST_SERIAL = 1_000_000;
const IDS = { province: "unt_bench_p", city: "unt_bench_c", outlet: "unt_bench_o", batch: "bat_bench" };

/** A sold card for the HTTP run. */
export interface ApiCard {
  cardNo: string;
  /** The request body (card number, PIN in clear, customer), built once, before the clock runs. */
  body: string;
}

export interface BenchWorld {
  clientId: string;
  channel: "counter";
  apiKey: string;
  apiCards: ApiCard[];
  pgbenchCards: number;
}

export interface WorldSize {
  customers: number;
  apiCards: number;
  pgbenchCards: number;
}

const customerNo = (i: number) => String(3_300_000_000 + i);

/**
 * Lays the world the benchmark recharges into: units, customers with accounts, one channel
 * client, and sold cards — the first `apiCards` for HTTP, the rest queued for pgbench.
 */
export async function loadWorld(sql: postgres.Sql, size: WorldSize): Promise<BenchWorld> {
  const now = new Date();
  await insertUnits(sql, now);
  await insertCustomers(sql, size.customers, now);
  const client = await insertClient(sql, now);
  await createPgbenchQueue(sql);
  await sql`INSERT INTO card_batches (id, face_value_fen, quantity, created_at)
            VALUES (${IDS.batch}, ${FACE_VALUE_FEN}, ${size.apiCards + size.pgbenchCards}, ${now})`;

  const apiCards: ApiCard[] = [];
  const total = size.apiCards + size.pgbenchCards;
  const inFlight: Promise<unknown>[] = [];
  for (let start = 0, batch = 0; start < total; start += LOAD_BATCH, batch++) {
    const cards = generateCards(start, Math.min(LOAD_BATCH, total - start), size.customers);
    for (const card of cards) {
      if (card.index < size.apiCards) apiCards.push({ cardNo: card.cardNo, body: card.body });
    }
    inFlight.push(insertSoldCards(sql, cards, batch, now));
    const queued = cards.filter((c) => c.index >= size.apiCards);
    if (queued.length > 0) inFlight.push(enqueueForPgbench(sql, queued));
    // Two batches in flight: the next one is generated while PostgreSQL writes the last.
    while (inFlight.length > 2) await inFlight.shift();
  }
  await Promise.all(inFlight);
  await sql`ANALYZE`;
  return { ...client, apiCards, pgbenchCards: size.pgbenchCards };
}

async function insertUnits(sql: postgres.Sql, now: Date) {
  const { province: p, city: c, outlet: o } = IDS;
  await sql`
    INSERT INTO org_units (id, code, name, kind, parent_id, path, is_accounting_unit, created_at) VALUES
      (${p}, 'BENCH', '压测省公司', 'province', NULL, ${`/${p}/`}, false, ${now}),
      (${c}, 'BENCH-C', '压测市公司', 'city', ${p}, ${`/${p}/${c}/`}, true, ${now}),
      (${o}, 'BENCH-C-01', '压测营业厅', 'outlet', ${c}, ${`/${p}/${c}/${o}/`}, false, ${now})`;
}

/** Many customers, so concurrent recharges credit different account rows (no hot row). */
async function insertCustomers(sql: postgres.Sql, count: number, now: Date) {
  const numbers = Array.from({ length: count }, (_, i) => customerNo(i));
  await sql`INSERT INTO customers (customer_no, name, accounting_unit_id, created_at)
            SELECT n, '压测用户', ${IDS.city}, ${now} FROM unnest(${numbers}::text[]) AS n`;
  await sql`INSERT INTO accounts (customer_no, created_at, updated_at)
            SELECT n, ${now}, ${now} FROM unnest(${numbers}::text[]) AS n`;
}

async function insertClient(sql: postgres.Sql, now: Date) {
  const apiKey = generateApiKey();
  const clientId = `cli_bench_${randomBytes(4).toString("hex")}`;
  // The load is one client at thousands of requests a second: far above the default per-minute limit.
  await sql`INSERT INTO channel_clients (id, name, channel, api_key_hash, api_key_prefix, unit_id,
                                         allowed_operations, rate_limit_per_minute, created_at)
            VALUES (${clientId}, '压测柜台', 'counter', ${hashApiKey(apiKey)}, ${apiKeyPrefix(apiKey)},
                    ${IDS.outlet}, ${[...RECHARGE_CHANNEL_OPERATIONS]}, 100000000, ${now})`;
  return { clientId, channel: "counter" as const, apiKey };
}

/** pgbench cannot compute an HMAC, so its cards wait in a queue with the PIN's HMAC ready. */
async function createPgbenchQueue(sql: postgres.Sql) {
  await sql`CREATE TABLE bench_queue (
              n bigserial PRIMARY KEY, card_no text NOT NULL, pin_hmac_hex text NOT NULL,
              customer_no text NOT NULL)`;
  await sql`CREATE SEQUENCE bench_seq`;
}

interface GeneratedCard {
  index: number;
  cardNo: string;
  customerNo: string;
  hmacHex: string;
  body: string;
}

function generateCards(start: number, count: number, customers: number): GeneratedCard[] {
  return Array.from({ length: count }, (_, k) => {
    const index = start + k;
    const cardNo = makeCardNo("33", FIRST_SERIAL + index);
    const pin = generatePin();
    // Consecutive cards go to different customers, so concurrent requests never share an account.
    const customer = customerNo(index % customers);
    return {
      index,
      cardNo,
      customerNo: customer,
      hmacHex: pinHmac(BENCH_PIN_KEYS, pin).toString("hex"),
      body: JSON.stringify({ cardNo, pin, customerNo: customer }),
    };
  });
}

/** One batch of sold cards and its sale in the ledger (outlet cash against card float), atomically. */
async function insertSoldCards(sql: postgres.Sql, cards: GeneratedCard[], batch: number, now: Date) {
  const txnId = `txn_bench_sale_${batch}`;
  const total = cards.length * FACE_VALUE_FEN;
  await sql.begin(async (tx) => {
    await tx`
      INSERT INTO cards (card_no, batch_id, face_value_fen, state, owner_unit_id, pin_hmac, pin_key_id,
                         created_at, updated_at, sold_at)
      SELECT u.card_no, ${IDS.batch}, ${FACE_VALUE_FEN}, 'sold', ${IDS.outlet}, decode(u.hmac, 'hex'),
             ${BENCH_PIN_KEYS.currentKeyId}, ${now}, ${now}, ${now}
        FROM unnest(${cards.map((c) => c.cardNo)}::text[], ${cards.map((c) => c.hmacHex)}::text[])
             AS u(card_no, hmac)`;
    // The sale as the API books it (cardsSold), its rows inserted over this loader's driver.
    const { transactions, entries } = ledgerRows([
      {
        movement: cardsSold({ outletUnitId: IDS.outlet, amountFen: total }),
        transactionId: txnId,
        businessDate: businessDate(now),
        reference: IDS.batch,
        createdAt: now,
      },
    ]);
    for (const t of transactions)
      await tx`INSERT INTO ledger_transactions (book_key, id, kind, business_date, reference, created_at)
               VALUES (${t.bookKey}, ${t.id}, ${t.kind}, ${t.businessDate}, ${t.reference}, ${t.createdAt})`;
    for (const e of entries)
      await tx`INSERT INTO ledger_entries (book_key, transaction_id, leg, account, owner, amount_fen, created_at)
               VALUES (${e.bookKey}, ${e.transactionId}, ${e.leg}, ${e.account}, ${e.owner}, ${e.amountFen}, ${e.createdAt})`;
  });
}

async function enqueueForPgbench(sql: postgres.Sql, cards: GeneratedCard[]) {
  await sql`INSERT INTO bench_queue (card_no, pin_hmac_hex, customer_no)
            SELECT * FROM unnest(${cards.map((c) => c.cardNo)}::text[], ${cards.map((c) => c.hmacHex)}::text[],
                                 ${cards.map((c) => c.customerNo)}::text[])`;
}
