import { LEDGER_ACCOUNTS as A } from "@powercard/db";
import { TEST_PIN_KEYS } from "../helpers/fixtures.ts";
import { cust, type SeedSpan, type SeedStep } from "./settlement-seed-sql.ts";
import { COUNTIES, SIZE } from "./settlement-size.ts";
import type { SettlementWorld } from "./settlement-world.ts";

const legs = (rows: string) => `CROSS JOIN LATERAL (VALUES ${rows}) l(leg, account, owner, amount)`;
const entries = `INSERT INTO ledger_entries (book_key, transaction_id, leg, account, owner, amount_fen, created_at)`;
const txns = `INSERT INTO ledger_transactions (book_key, id, kind, business_date, reference, created_at)`;

/**
 * The card side of the load, from the staging tables: customers and their accounts, card
 * batches, sales and cards, and the outlets' remittances, each with its ledger.
 */
export async function loadCardSide(step: SeedStep, { START }: SeedSpan, world: SettlementWorld) {
  const cps = SIZE.cardsPerSale;
  await step(
    "customers",
    `INSERT INTO customers (customer_no, name, phone, accounting_unit_id, created_at)
     SELECT ${cust("i")}, '压测用户' || i, '138' || lpad(i::text, 8, '0'), c.id, ${START} - interval '30 days'
       FROM generate_series(0, ${SIZE.customers - 1}) i JOIN sb_county c ON c.k = i % ${COUNTIES}`,
  );
  await step(
    "accounts (balance = the customer's credits − bill payments)",
    `INSERT INTO accounts (customer_no, balance_fen, currency, created_at, updated_at)
     SELECT ${cust("i")}, COALESCE(b.balance, 0), 'CNY', ${START} - interval '30 days', COALESCE(b.last_at, ${START})
       FROM generate_series(0, ${SIZE.customers - 1}) i
       LEFT JOIN (SELECT cust, sum(delta) AS balance, max(ts) AS last_at FROM sb_bal GROUP BY cust) b ON b.cust = i`,
  );
  await step(
    "card batches (one per month and face value)",
    `INSERT INTO card_batches (id, face_value_fen, quantity, sell_by, created_at)
     SELECT batch_id, fv, count(*) * ${cps}, (min(ts) + interval '3 years')::date, min(ts) - interval '14 days'
       FROM sb_sale GROUP BY batch_id, fv`,
  );
  await step(
    "card sales",
    `INSERT INTO card_sales (id, outlet_unit_id, clerk_id, business_date, first_card_no, last_card_no, card_count, amount_fen, created_at)
     SELECT s.id, o.id, CASE WHEN s.d % 2 = 0 THEN o.clerk_id ELSE o.clerk2_id END, s.day, f.card_no, l.card_no,
            ${cps}, s.fv * ${cps}, s.ts
       FROM sb_sale s JOIN sb_outlet o ON o.o = s.o
       JOIN (SELECT s, card_no FROM sb_card WHERE kk = 0) f ON f.s = s.s
       JOIN (SELECT s, card_no FROM sb_card WHERE kk = ${cps - 1}) l ON l.s = s.s
      ORDER BY s.ts`,
  );
  await step(
    "card sale ledger transactions",
    `${txns} SELECT o.id, s.id, 'card_sale', s.day, s.id, s.ts FROM sb_sale s JOIN sb_outlet o ON o.o = s.o ORDER BY s.ts`,
  );
  await step(
    "card sale ledger entries (debit outlet cash, credit card float)",
    `${entries} SELECT o.id, s.id, l.leg, l.account, l.owner, l.amount, s.ts
       FROM sb_sale s JOIN sb_outlet o ON o.o = s.o
       ${legs(`(1::smallint, '${A.outletCardCash}', o.id, s.fv * ${cps}), (2::smallint, '${A.cardFloat}', '', -s.fv * ${cps})`)}
      ORDER BY s.ts, l.leg`,
  );
  await step(
    "cards (used or sold)",
    `INSERT INTO cards (card_no, batch_id, face_value_fen, state, owner_unit_id, sale_id, pin_hmac, pin_key_id,
                        used_by_customer_no, used_by_recharge_id, created_at, updated_at, sold_at, used_at)
     SELECT c.card_no, c.batch_id, c.fv, CASE WHEN c.used THEN 'used' ELSE 'sold' END, o.id, c.sale_id,
            decode(repeat('5a', 32), 'hex'), '${TEST_PIN_KEYS.currentKeyId}',
            CASE WHEN c.used THEN ${cust("c.cust")} END,
            CASE WHEN c.used THEN 'rch_01sb' || lpad(c.serial::text, 22, '0') END,
            c.sold_at - interval '14 days', CASE WHEN c.used THEN c.r_ts ELSE c.sold_at END, c.sold_at,
            CASE WHEN c.used THEN c.r_ts END
       FROM sb_card c JOIN sb_outlet o ON o.o = c.o`,
  );
  await step(
    "remittances (declared by a fund admin, confirmed by the settlement officer) and their ledger",
    `INSERT INTO remittances (id, outlet_unit_id, business_date, amount_fen, bank_reference, state, declared_by, declared_at,
                              decided_by, decided_at, ledger_transaction_id, created_at)
     SELECT 'rem_01sb' || lpad(r.s::text, 22, '0'), o.id, r.day, r.amount, 'BK' || r.s,
            CASE WHEN r.decided_at IS NULL THEN 'declared' ELSE 'confirmed' END, '${world.fundAdminId}', r.declared_at,
            CASE WHEN r.decided_at IS NOT NULL THEN '${world.officerId}' END, r.decided_at,
            CASE WHEN r.decided_at IS NOT NULL THEN 'txn_01sbm' || lpad(r.s::text, 21, '0') END, r.declared_at
       FROM sb_rem r JOIN sb_outlet o ON o.o = r.o;
     ${txns} SELECT o.id, 'txn_01sbm' || lpad(r.s::text, 21, '0'), 'remittance',
                    (r.decided_at AT TIME ZONE 'Asia/Shanghai')::date, 'rem_01sb' || lpad(r.s::text, 22, '0'), r.decided_at
       FROM sb_rem r JOIN sb_outlet o ON o.o = r.o WHERE r.decided_at IS NOT NULL ORDER BY r.decided_at;
     ${entries} SELECT o.id, 'txn_01sbm' || lpad(r.s::text, 21, '0'), l.leg, l.account, l.owner, l.amount, r.decided_at
       FROM (SELECT * FROM sb_rem WHERE decided_at IS NOT NULL ORDER BY decided_at) r JOIN sb_outlet o ON o.o = r.o
       ${legs(`(1::smallint, '${A.settlementUnified}', '', r.amount), (2::smallint, '${A.outletCardCash}', o.id, -r.amount)`)}`,
  );
}

/**
 * The customer side of the load, from the staging tables: recharges, partner top-ups, bills and
 * their payments, each with its ledger. Writes no table the card side writes.
 */
export async function loadCustomerSide(step: SeedStep, world: SettlementWorld) {
  await step(
    "recharges",
    `INSERT INTO recharges (customer_no, id, card_no, amount_fen, balance_after_fen, channel, client_id, clerk_id,
                            outlet_unit_id, accounting_unit_id, idempotency_key, ledger_transaction_id, business_date,
                            created_at)
     SELECT r.customer_no, r.id, r.card_no, r.fv, r.bal, r.channel, r.client_id, r.clerk_id, r.outlet_id, u.id,
            'rk' || r.serial, r.txn, r.day, r.r_ts
       FROM sb_rch r JOIN sb_county u ON u.k = r.cust_county`,
  );
  await step(
    "recharge ledger transactions",
    `${txns} SELECT customer_no, txn, 'recharge', day, id, r_ts FROM sb_rch`,
  );
  await step(
    "recharge ledger entries (debit card float, credit prepaid)",
    `${entries} SELECT r.customer_no, r.txn, l.leg, l.account, l.owner, l.amount, r.r_ts FROM sb_rch r
       ${legs(`(1::smallint, '${A.cardFloat}', '', r.fv), (2::smallint, '${A.customerPrepaid}', r.customer_no, -r.fv)`)}`,
  );
  await step(
    "top-ups",
    `CREATE UNLOGGED TABLE sb_top2 AS
     SELECT ${cust("t.cust")} AS customer_no, 'tup_01sb' || lpad(t.n::text, 22, '0') AS id, t.client_id, t.amount,
            b.bal, t.n, 'txn_01sbt' || lpad(t.n::text, 21, '0') AS txn, (t.ts AT TIME ZONE 'Asia/Shanghai')::date AS day, t.ts,
            u.id AS unit_id
       FROM sb_top t JOIN sb_bal b ON b.kind = 't' AND b.key = t.n JOIN sb_county u ON u.k = t.cust % ${COUNTIES} ORDER BY t.ts;
     INSERT INTO topups (customer_no, id, client_id, amount_fen, balance_after_fen, partner_reference, accounting_unit_id,
                         idempotency_key, ledger_transaction_id, business_date, created_at)
     SELECT customer_no, id, client_id, amount, bal, 'P' || n, unit_id, 'tk' || n, txn, day, ts FROM sb_top2;
     ${txns} SELECT customer_no, txn, 'topup', day, id, ts FROM sb_top2;
     ${entries} SELECT t.customer_no, t.txn, l.leg, l.account, l.owner, l.amount, t.ts FROM sb_top2 t
       ${legs(`(1::smallint, '${A.partnerReceivable}', t.client_id, t.amount), (2::smallint, '${A.customerPrepaid}', t.customer_no, -t.amount)`)}`,
  );
  await step(
    "bills (imported, then paid in full from the balance) and their ledger",
    `CREATE UNLOGGED TABLE sb_bill2 AS
     SELECT ${cust("b.cust")} AS customer_no, 'bil_01sb' || lpad(b.serial::text, 22, '0') AS id, b.serial, b.amount,
            c.id AS unit_id, b.import_ts, (b.import_ts AT TIME ZONE 'Asia/Shanghai')::date AS import_day, b.pay_ts,
            (b.pay_ts AT TIME ZONE 'Asia/Shanghai')::date AS pay_day, 'txn_01sbb' || lpad(b.serial::text, 21, '0') AS pay_txn
       FROM sb_bill b JOIN sb_county c ON c.k = b.cust_county ORDER BY b.pay_ts;
     INSERT INTO bills (customer_no, id, source, source_bill_id, period, amount_fen, paid_fen, state, accounting_unit_id,
                        imported_by, created_at, updated_at)
     SELECT customer_no, id, 'bench-billing', 'B' || serial,
            to_char((import_ts AT TIME ZONE 'Asia/Shanghai') - interval '1 month', 'YYYY-MM'), amount, amount, 'paid',
            unit_id, '${world.fundAdminId}', import_ts, pay_ts
       FROM sb_bill2 ORDER BY import_ts;
     INSERT INTO bill_imports (source, source_bill_id, customer_no, bill_id, created_at)
     SELECT 'bench-billing', 'B' || serial, customer_no, id, import_ts FROM sb_bill2;
     ${txns} SELECT customer_no, id, 'bill', import_day, id, import_ts FROM sb_bill2 ORDER BY import_ts;
     ${entries} SELECT b.customer_no, b.id, l.leg, l.account, l.owner, l.amount, b.import_ts
       FROM (SELECT * FROM sb_bill2 ORDER BY import_ts) b
       ${legs(`(1::smallint, '${A.electricityReceivable}', b.customer_no, b.amount), (2::smallint, '${A.unitElectricityRevenue}', b.unit_id, -b.amount)`)};
     INSERT INTO bill_payments (customer_no, bill_id, ledger_transaction_id, amount_fen, accounting_unit_id,
                                business_date, created_at)
     SELECT customer_no, id, pay_txn, amount, unit_id, pay_day, pay_ts FROM sb_bill2;
     ${txns} SELECT customer_no, pay_txn, 'bill_payment', pay_day, NULL, pay_ts FROM sb_bill2;
     ${entries} SELECT b.customer_no, b.pay_txn, l.leg, l.account, l.owner, l.amount, b.pay_ts FROM sb_bill2 b
       ${legs(`(1::smallint, '${A.customerPrepaid}', b.customer_no, b.amount), (2::smallint, '${A.electricityReceivable}', b.customer_no, -b.amount)`)}`,
  );
}
