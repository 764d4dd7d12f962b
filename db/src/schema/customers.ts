import { sql } from "drizzle-orm";
import { check, integer, pgTable, text } from "drizzle-orm/pg-core";
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
    accountingUnitId: text("accounting_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    status: text("status").$type<CustomerStatus>().notNull().default("normal"),
    /** When the account was closed; set exactly when status is closed. */
    closedAt: at("closed_at"),
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
