import { sql } from "drizzle-orm";
import { bigint, check, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { at, createdAt, fen } from "./columns.ts";
import { orgUnits } from "./org.ts";

/** A customer account is open (`normal`) or closed (销户): a closed one takes no recharge. */
export const CUSTOMER_STATUSES = ["normal", "closed"] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** An electricity customer (户号) of one accounting unit. */
export const customers = pgTable(
  "customers",
  {
    customerNo: text("customer_no").primaryKey(),
    name: text("name").notNull(),
    phone: text("phone"),
    /** The supply address (用电地址); masked wherever it is shown outside staff. */
    address: text("address"),
    /** The accounting unit in force now; its past is customer_unit_history. */
    accountingUnitId: text("accounting_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    status: text("status").$type<CustomerStatus>().notNull().default("normal"),
    /** When the account was closed; set exactly when status is closed. */
    closedAt: at("closed_at"),
    /**
     * The marketing system's version of this row (a change sequence or time, as an integer): an
     * import applies a row only when its version is newer, so a file sent twice changes nothing
     * and an older file never overwrites a newer one. Null: never imported (e.g. the demo seed).
     */
    sourceVersion: bigint("source_version", { mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("customers_status_valid", sql`${t.status} IN ('normal', 'closed')`),
    check("customers_closed_at_matches", sql`(${t.status} = 'closed') = (${t.closedAt} IS NOT NULL)`),
  ],
);

/**
 * The customer's prepaid recharge account (充值账户). `balance_fen` is a running balance kept in
 * the same statement as the ledger entries that move it; tests check it against the entries.
 * Only this customer's operations touch the row, so it is never a shared hot row.
 */
export const accounts = pgTable(
  "accounts",
  {
    customerNo: text("customer_no")
      .primaryKey()
      .references(() => customers.customerNo),
    balanceFen: fen("balance_fen").notNull().default(0),
    currency: text("currency").notNull().default("CNY"),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull(),
    /**
     * Failed recharge attempts naming this customer in the current window (services/limits):
     * kept on the account row so the one-statement recharge counts them exactly, under the
     * row lock, at no extra round trip. Self-service (anonymous) and partner failures are
     * counted apart, so strangers on the public page cannot block the customer at a bank;
     * the counter is outside both.
     */
    failureWindowStart: at("failure_window_start"),
    selfServiceFailures: integer("self_service_failures").notNull().default(0),
    partnerFailures: integer("partner_failures").notNull().default(0),
  },
  (t) => [
    check("accounts_balance_non_negative", sql`${t.balanceFen} >= 0`),
    check("accounts_failures_non_negative", sql`${t.selfServiceFailures} >= 0 AND ${t.partnerFailures} >= 0`),
  ],
);

/**
 * Which accounting unit a customer belonged to when: one row per period, the open one with
 * `effective_to` null. Keyed by customer_no (co-located with the customer's rows). Money records
 * (recharges, top-ups, bill payments) carry the unit in force when they happened, so a move never
 * rewrites what was attributed; this table is the customer's own history of moves.
 */
export const customerUnitHistory = pgTable(
  "customer_unit_history",
  {
    customerNo: text("customer_no")
      .notNull()
      .references(() => customers.customerNo),
    effectiveFrom: at("effective_from").notNull(),
    effectiveTo: at("effective_to"),
    accountingUnitId: text("accounting_unit_id")
      .notNull()
      .references(() => orgUnits.id),
  },
  (t) => [
    primaryKey({ columns: [t.customerNo, t.effectiveFrom] }),
    // One open period per customer: a deferred exclusion constraint in the migration (drizzle has
    // no words for it), so an import may close and open periods in one statement.
    check(
      "customer_unit_history_period",
      sql`${t.effectiveTo} IS NULL OR ${t.effectiveTo} > ${t.effectiveFrom}`,
    ),
  ],
);
