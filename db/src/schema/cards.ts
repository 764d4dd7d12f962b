import { sql } from "drizzle-orm";
import { bigint, check, date, integer, pgTable, text } from "drizzle-orm/pg-core";
import { at, bytea, createdAt, fen } from "./columns.ts";
import { orgUnits } from "./org.ts";

/**
 * A card's life (see api/src/services/cards/card-lifecycle.ts for who moves it and when):
 * generated → in_transit (shipped to a city bureau) → in_stock (custody of a unit, or of a clerk
 * in it) ⇄ in_transfer (sent to a child unit or clerk, not yet received) → sold → used.
 * Side states: locked (wrong PINs), frozen (reported lost or stolen), scrapped → destroyed.
 */
export const CARD_STATES = [
  "generated",
  "in_transit",
  "in_stock",
  "in_transfer",
  "sold",
  "used",
  "locked",
  "frozen",
  "scrapped",
  "destroyed",
] as const;
export type CardState = (typeof CARD_STATES)[number];

const statesSql = CARD_STATES.map((s) => `'${s}'`).join(",");

/**
 * A production batch: one face value, one contiguous range of card serials [firstSerial,
 * lastSerial] that no other batch overlaps (an exclusion constraint in the migration). Batches
 * made before production orders existed (demo data, test fixtures) have no order and no range.
 */
export const cardBatches = pgTable("card_batches", {
  id: text("id").primaryKey(),
  faceValueFen: fen("face_value_fen").notNull(),
  quantity: integer("quantity").notNull(),
  orderId: text("order_id"),
  /** The city bureau the plan meant the batch for. */
  unitId: text("unit_id").references(() => orgUnits.id),
  firstSerial: bigint("first_serial", { mode: "number" }),
  lastSerial: bigint("last_serial", { mode: "number" }),
  firstCardNo: text("first_card_no"),
  lastCardNo: text("last_card_no"),
  /** Expiry policy: a card of the batch may not be sold after this Asia/Shanghai date. */
  sellBy: date("sell_by", { mode: "string" }),
  createdAt: createdAt(),
});

/**
 * One prepaid recharge card. The PIN is never stored: only HMAC-SHA-256(key, pin) and the id
 * of the key, so keys can rotate. Cards carry no foreign key to customer-side tables: single
 * use is the conditional UPDATE (state 'sold' → 'used'), and the row records who used it.
 * `owner_unit_id` is the unit with custody (or, in transit, the bureau it is shipped to);
 * `holder_user_id` the clerk holding it, when a clerk has received it.
 *
 * Only the primary key is indexed and the table has fillfactor 50 (migration 0006), so every
 * state or custody change — a recharge, a 100,000-card range move — is a HOT update that
 * writes no index entry. Inventory reports scan the table instead.
 */
export const cards = pgTable(
  "cards",
  {
    cardNo: text("card_no").primaryKey(),
    /** References card_batches(id): checked per INSERT statement by a trigger (migration 0006), not an FK. */
    batchId: text("batch_id").notNull(),
    faceValueFen: fen("face_value_fen").notNull(),
    state: text("state", { enum: CARD_STATES }).notNull(),
    /** The state to return to when staff unlock a card locked by wrong PINs. */
    stateBeforeLock: text("state_before_lock", { enum: CARD_STATES }),
    /** The state to return to when a frozen (lost, stolen) card is unfrozen. */
    stateBeforeFreeze: text("state_before_freeze", { enum: CARD_STATES }),
    /** References org_units(id): checked per INSERT statement by a trigger (migration 0006), not an FK. */
    ownerUnitId: text("owner_unit_id").notNull(),
    holderUserId: text("holder_user_id"),
    /** The open transfer (sent, not yet received) while the card is in_transfer. */
    transferId: text("transfer_id"),
    saleId: text("sale_id"),
    pinHmac: bytea("pin_hmac").notNull(),
    pinKeyId: text("pin_key_id").notNull(),
    /** Wrong PINs from trusted channels (partners, the counter); the 5th locks the card. */
    failedPinAttempts: integer("failed_pin_attempts").notNull().default(0),
    /**
     * Wrong PINs from self-service channels (public page, web, IVR, SMS), whose callers are
     * anonymous. The 5th closes those channels to the card without changing its state, so a
     * stranger can never lock a card that is not theirs: its holder still redeems it at a
     * counter or through a bank (each budget allows 5 guesses at a 16-digit PIN).
     */
    selfServiceFailedPinAttempts: integer("self_service_failed_pin_attempts").notNull().default(0),
    usedByCustomerNo: text("used_by_customer_no"),
    usedByRechargeId: text("used_by_recharge_id"),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull(),
    soldAt: at("sold_at"),
    usedAt: at("used_at"),
    lockedAt: at("locked_at"),
  },
  (t) => [
    check("cards_state_check", sql.raw(`state IN (${statesSql})`)),
    check("cards_face_value_positive", sql`${t.faceValueFen} > 0`),
    check("cards_card_no_format", sql`${t.cardNo} ~ '^[0-9]{16}$'`),
    check(
      "cards_used_has_customer",
      sql`(${t.state} = 'used') = (${t.usedByRechargeId} IS NOT NULL AND ${t.usedByCustomerNo} IS NOT NULL)`,
    ),
    check(
      "cards_in_transfer_has_transfer",
      sql`(${t.state} = 'in_transfer') = (${t.transferId} IS NOT NULL)`,
    ),
    check(
      "cards_frozen_remembers_state",
      sql`(${t.state} = 'frozen') = (${t.stateBeforeFreeze} IS NOT NULL)`,
    ),
    check("cards_failed_attempts_range", sql`${t.failedPinAttempts} >= 0`),
    check("cards_self_service_failed_attempts_range", sql`${t.selfServiceFailedPinAttempts} >= 0`),
  ],
);

/** One row: the next card serial to hand out. Orders take ranges from it under its row lock. */
export const cardSerialCounter = pgTable(
  "card_serial_counter",
  {
    id: integer("id").primaryKey(),
    nextSerial: bigint("next_serial", { mode: "number" }).notNull(),
  },
  (t) => [check("card_serial_counter_single_row", sql`${t.id} = 1`)],
);
