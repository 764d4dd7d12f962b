import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { at, createdAt, fen } from "./columns.ts";
import { orgUnits } from "./org.ts";
import { staffUsers } from "./staff.ts";

/**
 * Cards travel in number ranges [first_card_no, last_card_no] (inclusive; 16-digit numbers of
 * one issuer sort like their serials). Every table here records one range movement.
 */

/** The manufacturer's delivery of cartons to one city bureau. */
export const shipments = pgTable(
  "shipments",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id").notNull(),
    toUnitId: text("to_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    state: text("state", { enum: ["in_transit", "partly_received", "received"] }).notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => staffUsers.id),
    createdAt: createdAt(),
    completedAt: at("completed_at"),
  },
  (t) => [
    index("shipments_to_unit_idx").on(t.toUnitId),
    check("shipments_state_check", sql`${t.state} IN ('in_transit','partly_received','received')`),
  ],
);

/** One carton: a range of cards, received once. */
export const shipmentCartons = pgTable(
  "shipment_cartons",
  {
    shipmentId: text("shipment_id")
      .notNull()
      .references(() => shipments.id),
    seq: integer("seq").notNull(),
    firstCardNo: text("first_card_no").notNull(),
    lastCardNo: text("last_card_no").notNull(),
    cardCount: integer("card_count").notNull(),
    state: text("state", { enum: ["in_transit", "received"] }).notNull(),
    receivedBy: text("received_by").references(() => staffUsers.id),
    receivedAt: at("received_at"),
  },
  (t) => [
    primaryKey({ columns: [t.shipmentId, t.seq] }),
    check("shipment_cartons_state_check", sql`${t.state} IN ('in_transit','received')`),
    check("shipment_cartons_range", sql`${t.firstCardNo} <= ${t.lastCardNo}`),
  ],
);

/**
 * Distribution (分发/领用): a range sent from a unit to a child unit or to a clerk, then received
 * by them, so custody is always with a named unit or person.
 */
export const cardTransfers = pgTable(
  "card_transfers",
  {
    id: text("id").primaryKey(),
    fromUnitId: text("from_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    toUnitId: text("to_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    /** Set when the range goes to a clerk (of `to_unit_id`) rather than to the unit's stock. */
    toUserId: text("to_user_id").references(() => staffUsers.id),
    firstCardNo: text("first_card_no").notNull(),
    lastCardNo: text("last_card_no").notNull(),
    cardCount: integer("card_count").notNull(),
    valueFen: fen("value_fen").notNull(),
    state: text("state", { enum: ["sent", "received"] }).notNull(),
    sentBy: text("sent_by")
      .notNull()
      .references(() => staffUsers.id),
    receivedBy: text("received_by").references(() => staffUsers.id),
    sentAt: at("sent_at").notNull(),
    receivedAt: at("received_at"),
  },
  (t) => [
    index("card_transfers_to_unit_idx").on(t.toUnitId, t.state),
    check("card_transfers_state_check", sql`${t.state} IN ('sent','received')`),
    check(
      "card_transfers_receiver_not_sender",
      sql`${t.receivedBy} IS NULL OR ${t.receivedBy} <> ${t.sentBy}`,
    ),
  ],
);

/** A sale of one card or a range at an outlet by a clerk; its ledger transaction has the same id. */
export const cardSales = pgTable(
  "card_sales",
  {
    id: text("id").primaryKey(),
    outletUnitId: text("outlet_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    clerkId: text("clerk_id")
      .notNull()
      .references(() => staffUsers.id),
    businessDate: date("business_date", { mode: "string" }).notNull(),
    firstCardNo: text("first_card_no").notNull(),
    lastCardNo: text("last_card_no").notNull(),
    cardCount: integer("card_count").notNull(),
    amountFen: fen("amount_fen").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // INCLUDE (amount_fen) is added by migration 0010 (drizzle cannot express it).
    index("card_sales_outlet_day_idx").on(t.outletUnitId, t.businessDate),
    index("card_sales_day_brin").using("brin", t.businessDate),
    check("card_sales_amount_positive", sql`${t.amountFen} > 0`),
  ],
);
