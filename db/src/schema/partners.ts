import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { at, createdAt, fen } from "./columns.ts";

/**
 * A partner's direct top-up: the bank or telco took the customer's money itself and credits the
 * prepaid account; the ledger records what the partner now owes. Keyed by customer like recharges.
 */
export const topups = pgTable(
  "topups",
  {
    customerNo: text("customer_no").notNull(),
    id: text("id").notNull(),
    clientId: text("client_id").notNull(),
    amountFen: fen("amount_fen").notNull(),
    balanceAfterFen: fen("balance_after_fen").notNull(),
    /** The partner's own reference for the payment it took. */
    partnerReference: text("partner_reference").notNull(),
    /** The customer's accounting unit when the top-up happened: settlement and reports use it. */
    accountingUnitId: text("accounting_unit_id").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    ledgerTransactionId: text("ledger_transaction_id").notNull(),
    businessDate: date("business_date", { mode: "string" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.customerNo, t.id] }),
    index("topups_id_idx").on(t.id),
    index("topups_client_day_idx").on(t.clientId, t.businessDate),
    index("topups_day_brin").using("brin", t.businessDate),
    check("topups_amount_positive", sql`${t.amountFen} > 0`),
  ],
);

/**
 * One row per (partner, partnerReference): a partner's payment reference books at most one top-up.
 * Its own table, not a unique index on `topups`, because every key of the customer-side tables
 * carries customer_no (they shard by it) and this uniqueness is per partner. Written in the top-up's
 * own statement (create-topup.sql.ts), so it is atomic with the top-up and costs no round trip.
 */
export const partnerReferences = pgTable(
  "partner_references",
  {
    clientId: text("client_id").notNull(),
    partnerReference: text("partner_reference").notNull(),
    /** The top-up that took this reference first; a later use is refused naming it. */
    topupId: text("topup_id").notNull(),
    customerNo: text("customer_no").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.partnerReference] })],
);

/**
 * The durable webhook outbox: an event row is written in the same transaction as the recharge or
 * top-up it reports, then delivered (signed) with retries and backoff until it succeeds or gives up.
 */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id").notNull(),
    type: text("type").notNull(),
    payload: jsonb("payload").notNull(),
    state: text("state", { enum: ["pending", "delivered", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull(),
    deliveredAt: at("delivered_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("webhook_events_due_idx").on(t.state, t.nextAttemptAt),
    // A partner's recent events, newest first.
    index("webhook_events_client_idx").on(t.clientId, t.createdAt),
    check("webhook_events_state_check", sql`${t.state} IN ('pending','delivered','failed')`),
  ],
);

/** Every delivery attempt, kept for the partner's and our support's eyes. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    eventId: text("event_id")
      .notNull()
      .references(() => webhookEvents.id),
    attempt: integer("attempt").notNull(),
    attemptedAt: at("attempted_at").notNull(),
    url: text("url").notNull(),
    statusCode: integer("status_code"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.attempt] })],
);
