import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { at, createdAt, fen } from "./columns.ts";
import { orgUnits } from "./org.ts";
import { staffUsers } from "./staff.ts";

/** A public JSON Web Key as registered (RFC 7517). */
export type PublicJwk = Record<string, unknown> & { kty: string };

/**
 * A card manufacturer and its two public keys: the utility encrypts card files to
 * `encryptionJwk` (ECDH-ES); the manufacturer signs its acknowledgements with the private half
 * of `verificationJwk`. Keys are registered here, never fetched from a URL.
 */
export const manufacturers = pgTable("manufacturers", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  encryptionJwk: jsonb("encryption_jwk").$type<PublicJwk>().notNull(),
  verificationJwk: jsonb("verification_jwk").$type<PublicJwk>().notNull(),
  createdBy: text("created_by")
    .notNull()
    .references(() => staffUsers.id),
  createdAt: createdAt(),
});

/** A city bureau's request for cards of one face value; a production plan takes it in. */
export const productionRequests = pgTable(
  "production_requests",
  {
    id: text("id").primaryKey(),
    unitId: text("unit_id")
      .notNull()
      .references(() => orgUnits.id),
    faceValueFen: fen("face_value_fen").notNull(),
    quantity: integer("quantity").notNull(),
    state: text("state", { enum: ["open", "planned"] }).notNull(),
    planId: text("plan_id"),
    requestedBy: text("requested_by")
      .notNull()
      .references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("production_requests_plan_idx").on(t.planId),
    check("production_requests_state_check", sql`${t.state} IN ('open','planned')`),
    check("production_requests_planned_has_plan", sql`(${t.state} = 'planned') = (${t.planId} IS NOT NULL)`),
    check("production_requests_quantity", sql`${t.quantity} BETWEEN 1 AND 10000000`),
    check("production_requests_face_value", sql`${t.faceValueFen} > 0`),
  ],
);

export const PLAN_STATES = ["pending_approval", "approved", "rejected", "ordered"] as const;

/** The province issuer's plan: a set of requests, approved by a second issuer (maker-checker). */
export const productionPlans = pgTable(
  "production_plans",
  {
    id: text("id").primaryKey(),
    /** The issuing unit (the province): whose issuers see and approve the plan. */
    unitId: text("unit_id")
      .notNull()
      .references(() => orgUnits.id),
    state: text("state", { enum: PLAN_STATES }).notNull(),
    /** Sell-by date given to every batch the plan produces (the expiry policy). */
    sellBy: date("sell_by", { mode: "string" }).notNull(),
    approvalId: text("approval_id").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => staffUsers.id),
    createdAt: createdAt(),
    decidedAt: at("decided_at"),
  },
  (t) => [
    check(
      "production_plans_state_check",
      sql`${t.state} IN ('pending_approval','approved','rejected','ordered')`,
    ),
  ],
);

/**
 * The order to a manufacturer for an approved plan. Creating it generates the cards and the
 * encrypted card files; it is closed when the manufacturer has acknowledged every file.
 */
export const productionOrders = pgTable(
  "production_orders",
  {
    id: text("id").primaryKey(),
    planId: text("plan_id")
      .notNull()
      .unique()
      .references(() => productionPlans.id),
    manufacturerId: text("manufacturer_id")
      .notNull()
      .references(() => manufacturers.id),
    unitId: text("unit_id")
      .notNull()
      .references(() => orgUnits.id),
    state: text("state", { enum: ["generated", "acknowledged"] }).notNull(),
    cardCount: integer("card_count").notNull(),
    totalFen: fen("total_fen").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => staffUsers.id),
    createdAt: createdAt(),
    acknowledgedAt: at("acknowledged_at"),
  },
  (t) => [
    check("production_orders_state_check", sql`${t.state} IN ('generated','acknowledged')`),
    check(
      "production_orders_ack_complete",
      sql`(${t.state} = 'acknowledged') = (${t.acknowledgedAt} IS NOT NULL)`,
    ),
  ],
);

/**
 * The encrypted card files of an order (compact JWE), one per part of about 200,000 cards,
 * kept apart from the order so listing orders stays light. Each is acknowledged on its own.
 */
export const cardFiles = pgTable(
  "card_files",
  {
    orderId: text("order_id")
      .notNull()
      .references(() => productionOrders.id),
    part: integer("part").notNull(),
    cardCount: integer("card_count").notNull(),
    /** SHA-256 (hex) of the part's plaintext print file, as in its manifest. */
    printFileSha256: text("print_file_sha256").notNull(),
    jwe: text("jwe").notNull(),
    acknowledgement: text("acknowledgement"),
    acknowledgedAt: at("acknowledged_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.part] }),
    check("card_files_ack_complete", sql`(${t.acknowledgement} IS NULL) = (${t.acknowledgedAt} IS NULL)`),
  ],
);
