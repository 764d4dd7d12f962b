import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { at, createdAt, fen } from "./columns.ts";
import { customers } from "./customers.ts";
import { orgUnits } from "./org.ts";
import { staffUsers } from "./staff.ts";

export const REMITTANCE_STATES = ["declared", "confirmed", "rejected"] as const;
export type RemittanceState = (typeof REMITTANCE_STATES)[number];

/**
 * Sales remittance (售卡解款): an outlet's fund administrator declares cash paid into the
 * settlement center's unified account for a business day; a settlement officer (another person)
 * confirms it against the bank statement — only then is it booked — or rejects it. The CHECKs
 * keep maker ≠ checker and tie the ledger transaction to the confirmed state, whatever the code.
 */
export const remittances = pgTable(
  "remittances",
  {
    id: text("id").primaryKey(),
    outletUnitId: text("outlet_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    /** The Asia/Shanghai business day whose sales the cash belongs to. */
    businessDate: date("business_date", { mode: "string" }).notNull(),
    amountFen: fen("amount_fen").notNull(),
    bankReference: text("bank_reference").notNull(),
    state: text("state", { enum: REMITTANCE_STATES }).notNull(),
    declaredBy: text("declared_by")
      .notNull()
      .references(() => staffUsers.id),
    declaredAt: at("declared_at").notNull(),
    decidedBy: text("decided_by").references(() => staffUsers.id),
    decidedAt: at("decided_at"),
    rejectReason: text("reject_reason"),
    /** The confirmation's transaction, in the outlet's book. */
    ledgerTransactionId: text("ledger_transaction_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("remittances_outlet_day_idx").on(t.outletUnitId, t.businessDate),
    index("remittances_outlet_state_idx").on(t.outletUnitId, t.state),
    // Migration 0010 also adds remittances_confirmed_outlet_day_idx (outlet, day) INCLUDE (amount)
    // WHERE confirmed, for the remittance variance; drizzle cannot express INCLUDE.
    // The daily figures find a day's confirmations by their instant.
    index("remittances_confirmed_at_idx").on(t.decidedAt).where(sql`${t.state} = 'confirmed'`),
    // One bank slip is declared once per outlet (a rejected declaration frees it).
    uniqueIndex("remittances_outlet_bank_reference_idx")
      .on(t.outletUnitId, t.bankReference)
      .where(sql`${t.state} <> 'rejected'`),
    check("remittances_amount_positive", sql`${t.amountFen} > 0`),
    check("remittances_state_check", sql`${t.state} IN ('declared','confirmed','rejected')`),
    check("remittances_checker_not_maker", sql`${t.decidedBy} IS NULL OR ${t.decidedBy} <> ${t.declaredBy}`),
    check(
      "remittances_decision_complete",
      sql`(${t.state} = 'declared') = (${t.decidedBy} IS NULL AND ${t.decidedAt} IS NULL)`,
    ),
    check(
      "remittances_booked_iff_confirmed",
      sql`(${t.state} = 'confirmed') = (${t.ledgerTransactionId} IS NOT NULL)`,
    ),
    check(
      "remittances_rejection_has_reason",
      sql`(${t.state} = 'rejected') = (${t.rejectReason} IS NOT NULL)`,
    ),
  ],
);

export const BILL_STATES = ["open", "partly_paid", "paid"] as const;
export type BillState = (typeof BILL_STATES)[number];

/**
 * An electricity bill imported from the billing system, paid from the customer's prepaid balance
 * (抵缴电费). Keyed by customer first, like every customer-side table, so it lives with the
 * account when sharded. The billing system's id is unique per source, which bill_imports keeps.
 */
export const bills = pgTable(
  "bills",
  {
    customerNo: text("customer_no")
      .notNull()
      .references(() => customers.customerNo),
    id: text("id").notNull(),
    /** The billing system the bill came from, and its id there. */
    source: text("source").notNull(),
    sourceBillId: text("source_bill_id").notNull(),
    /** The billing month, YYYY-MM; bills are paid oldest period first. */
    period: text("period").notNull(),
    amountFen: fen("amount_fen").notNull(),
    paidFen: fen("paid_fen").notNull().default(0),
    state: text("state", { enum: BILL_STATES }).notNull(),
    /** The customer's accounting unit when billed: whose electricity revenue it is. */
    accountingUnitId: text("accounting_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    importedBy: text("imported_by")
      .notNull()
      .references(() => staffUsers.id),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerNo, t.id] }),
    // The open bills of a customer, oldest first: what every payment run reads.
    index("bills_customer_open_idx")
      .on(t.customerNo, t.period, t.createdAt, t.id)
      .where(sql`${t.state} <> 'paid'`),
    check("bills_amount_positive", sql`${t.amountFen} > 0`),
    check("bills_period_format", sql`${t.period} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check("bills_paid_within_amount", sql`${t.paidFen} >= 0 AND ${t.paidFen} <= ${t.amountFen}`),
    check(
      "bills_state_matches_paid",
      sql`${t.state} = CASE WHEN ${t.paidFen} = 0 THEN 'open' WHEN ${t.paidFen} = ${t.amountFen} THEN 'paid' ELSE 'partly_paid' END`,
    ),
  ],
);

/**
 * Which bill each billing-system bill id became: the one key that spans customers, in a table of
 * its own so that every key of the customer-side tables (bills among them) contains customer_no
 * (under Citus this table is distributed by the source's bill id). Written in the same statement
 * as the bill: a bill id seen before, also in a concurrent import, inserts no bill.
 */
export const billImports = pgTable(
  "bill_imports",
  {
    source: text("source").notNull(),
    sourceBillId: text("source_bill_id").notNull(),
    customerNo: text("customer_no").notNull(),
    billId: text("bill_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.source, t.sourceBillId] })],
);

/** How one payment run split its ledger transaction over the customer's bills. */
export const billPayments = pgTable(
  "bill_payments",
  {
    customerNo: text("customer_no").notNull(),
    billId: text("bill_id").notNull(),
    ledgerTransactionId: text("ledger_transaction_id").notNull(),
    amountFen: fen("amount_fen").notNull(),
    /** The customer's accounting unit when the payment happened: monthly clearing uses it. */
    accountingUnitId: text("accounting_unit_id").notNull(),
    businessDate: date("business_date", { mode: "string" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.customerNo, t.billId, t.ledgerTransactionId] }),
    index("bill_payments_day_brin").using("brin", t.businessDate),
    foreignKey({ columns: [t.customerNo, t.billId], foreignColumns: [bills.customerNo, bills.id] }),
    check("bill_payments_amount_positive", sql`${t.amountFen} > 0`),
  ],
);
