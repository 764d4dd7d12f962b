import { sql } from "drizzle-orm";
import { bigint, check, date, index, pgTable, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";
import { at, fen } from "./columns.ts";

/**
 * Prepaid-account legs written but not yet given a feed position: a trigger on `ledger_entries`
 * adds one row per `customer_prepaid` leg in the writer's own transaction (no extra round trip),
 * and the movement sequencer (services/movements/sequence-movements.ts) moves committed rows into
 * `account_movements`. A row becomes visible to the sequencer only when its writer commits, so a
 * movement that commits late is sequenced late: after every position a reader has already seen.
 */
export const movementQueue = pgTable("movement_queue", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  bookKey: text("book_key").notNull(),
  transactionId: text("transaction_id").notNull(),
  leg: smallint("leg").notNull(),
});

/**
 * The feed of prepaid-account movements the marketing system reads (GET /v1/movements): one row
 * per `customer_prepaid` leg, numbered 1, 2, 3… in the order the sequencer saw them commit.
 * Append-only; positions are dense and never reused, so a replay from any position gives the same
 * rows. `amount_fen` is signed for the customer (a recharge +, a bill payment −).
 */
export const accountMovements = pgTable(
  "account_movements",
  {
    position: bigint("position", { mode: "number" }).primaryKey(),
    bookKey: text("book_key").notNull(),
    transactionId: text("transaction_id").notNull(),
    leg: smallint("leg").notNull(),
    kind: text("kind").notNull(),
    customerNo: text("customer_no").notNull(),
    amountFen: fen("amount_fen").notNull(),
    /** The prepaid balance after this movement: the running sum of the customer's feed. */
    balanceAfterFen: fen("balance_after_fen").notNull(),
    /** The customer's accounting unit when the movement was sequenced (seconds after it). */
    accountingUnitId: text("accounting_unit_id"),
    /** The recharge's channel; `partner` for a top-up; null where no channel is involved. */
    channel: text("channel"),
    /** The business record behind it (a recharge or top-up id), as the ledger states it. */
    reference: text("reference"),
    businessDate: date("business_date", { mode: "string" }).notNull(),
    /** When the ledger transaction was written. */
    occurredAt: at("occurred_at").notNull(),
    sequencedAt: at("sequenced_at").notNull(),
  },
  (t) => [
    uniqueIndex("account_movements_leg_idx").on(t.bookKey, t.transactionId, t.leg),
    index("account_movements_customer_idx").on(t.customerNo, t.position),
    index("account_movements_day_idx").on(t.businessDate, t.position),
    check("account_movements_position_positive", sql`${t.position} > 0`),
  ],
);
