import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { at, bytea, createdAt, fen } from "./columns.ts";
import { orgUnits } from "./org.ts";

export const CARD_STATES = ["in_stock", "sold", "used", "locked"] as const;
export type CardState = (typeof CARD_STATES)[number];

/** A production batch: one face value, one contiguous range of card numbers. */
export const cardBatches = pgTable("card_batches", {
  id: text("id").primaryKey(),
  faceValueFen: fen("face_value_fen").notNull(),
  quantity: integer("quantity").notNull(),
  createdAt: createdAt(),
});

/**
 * One prepaid recharge card. The PIN is never stored: only HMAC-SHA-256(key, pin) and the id
 * of the key, so keys can rotate. Cards carry no foreign key to customer-side tables: single
 * use is the conditional UPDATE (state 'sold' → 'used'), and the row records who used it.
 */
export const cards = pgTable(
  "cards",
  {
    cardNo: text("card_no").primaryKey(),
    batchId: text("batch_id")
      .notNull()
      .references(() => cardBatches.id),
    faceValueFen: fen("face_value_fen").notNull(),
    state: text("state", { enum: CARD_STATES }).notNull(),
    /** The state to return to when staff unlock a card locked by wrong PINs. */
    stateBeforeLock: text("state_before_lock", { enum: CARD_STATES }),
    ownerUnitId: text("owner_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    pinHmac: bytea("pin_hmac").notNull(),
    pinKeyId: text("pin_key_id").notNull(),
    failedPinAttempts: integer("failed_pin_attempts").notNull().default(0),
    usedByCustomerNo: text("used_by_customer_no"),
    usedByRechargeId: text("used_by_recharge_id"),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull(),
    soldAt: at("sold_at"),
    usedAt: at("used_at"),
    lockedAt: at("locked_at"),
  },
  (t) => [
    index("cards_batch_idx").on(t.batchId),
    index("cards_owner_state_idx").on(t.ownerUnitId, t.state),
    check("cards_state_check", sql`${t.state} IN ('in_stock','sold','used','locked')`),
    check("cards_face_value_positive", sql`${t.faceValueFen} > 0`),
    check("cards_card_no_format", sql`${t.cardNo} ~ '^[0-9]{16}$'`),
    check(
      "cards_used_has_customer",
      sql`(${t.state} = 'used') = (${t.usedByRechargeId} IS NOT NULL AND ${t.usedByCustomerNo} IS NOT NULL)`,
    ),
    check("cards_failed_attempts_range", sql`${t.failedPinAttempts} >= 0`),
  ],
);
