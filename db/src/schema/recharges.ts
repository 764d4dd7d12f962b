import { sql } from "drizzle-orm";
import { check, date, index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, fen } from "./columns.ts";

/** One card redeemed into one customer's prepaid account. Keyed by customer for co-location. */
export const recharges = pgTable(
  "recharges",
  {
    customerNo: text("customer_no").notNull(),
    id: text("id").notNull(),
    cardNo: text("card_no").notNull(),
    amountFen: fen("amount_fen").notNull(),
    balanceAfterFen: fen("balance_after_fen").notNull(),
    channel: text("channel").notNull(),
    /** The caller: a channel client (cli_…) or, at a counter, the clerk's user id (usr_…). */
    clientId: text("client_id").notNull(),
    /** At a counter: the clerk and the outlet. */
    clerkId: text("clerk_id"),
    outletUnitId: text("outlet_unit_id"),
    /** The customer's accounting unit when the recharge happened: settlement and reports use it. */
    accountingUnitId: text("accounting_unit_id").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    ledgerTransactionId: text("ledger_transaction_id").notNull(),
    businessDate: date("business_date", { mode: "string" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.customerNo, t.id] }),
    index("recharges_id_idx").on(t.id),
    index("recharges_client_key_idx").on(t.clientId, t.idempotencyKey),
    // A partner's day: reconciliation files and the daily net.
    index("recharges_client_day_idx").on(t.clientId, t.businessDate),
    // The rollup and the live part of reports read one day across customers. BRIN, not btree:
    // rows arrive in day order, and a BRIN entry changes once per 128 pages, not per recharge.
    index("recharges_day_brin").using("brin", t.businessDate),
    check("recharges_amount_positive", sql`${t.amountFen} > 0`),
  ],
);
