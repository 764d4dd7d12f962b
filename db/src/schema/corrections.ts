import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, index, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { at, createdAt, fen } from "./columns.ts";
import { orgUnits } from "./org.ts";
import { staffUsers } from "./staff.ts";

/** What a reversal case undoes: a card recharge or a partner top-up. */
export const REVERSAL_SOURCES = ["recharge", "topup"] as const;
export type ReversalSource = (typeof REVERSAL_SOURCES)[number];

/** Where the value goes: to the right customer (改户), or back where it came from (退回). */
export const REVERSAL_DESTINATIONS = ["customer", "source"] as const;
export type ReversalDestination = (typeof REVERSAL_DESTINATIONS)[number];

/** A case waits for its checker, then is executed (the money moved) or rejected (nothing moved). */
export const CORRECTION_CASE_STATES = ["pending", "executed", "rejected"] as const;
export type CorrectionCaseState = (typeof CORRECTION_CASE_STATES)[number];

/**
 * What every correction case has: the amount and the reason, the unit whose checker decides it,
 * its approval and state, who opened and who decided it, and when.
 */
const caseColumns = () => ({
  amountFen: fen("amount_fen").notNull(),
  reason: text("reason").notNull(),
  unitId: text("unit_id")
    .notNull()
    .references(() => orgUnits.id),
  approvalId: text("approval_id").notNull(),
  state: text("state").$type<CorrectionCaseState>().notNull().default("pending"),
  openedBy: text("opened_by")
    .notNull()
    .references(() => staffUsers.id),
  decidedBy: text("decided_by").references(() => staffUsers.id),
  decidedAt: at("decided_at"),
  createdAt: createdAt(),
});

type CaseColumns = { [K in keyof ReturnType<typeof caseColumns>]: AnyPgColumn };

/** What every case keeps: its unit index, a positive amount, a known state, and maker ≠ checker. */
const caseConstraints = (table: string, t: CaseColumns) => [
  index(`${table}_unit_idx`).on(t.unitId, t.createdAt),
  check(`${table}_amount_positive`, sql`${t.amountFen} > 0`),
  check(`${table}_state_valid`, sql`${t.state} IN ('pending', 'executed', 'rejected')`),
  check(`${table}_maker_not_checker`, sql`${t.decidedBy} IS NULL OR ${t.decidedBy} <> ${t.openedBy}`),
];

/**
 * A reversal case (冲正): a recharge or top-up credited to the wrong 户号, to be moved to the
 * right one or back to its source once a second person approves. At most one case per credit
 * that is not rejected (a partial unique index): a credit is reversed at most once, and two
 * cases opened at the same time for one credit cannot both exist.
 */
export const reversalCases = pgTable(
  "reversal_cases",
  {
    id: text("id").primaryKey(),
    source: text("source").$type<ReversalSource>().notNull(),
    /** The recharge (rch_…) or top-up (tup_…) being undone. */
    creditId: text("credit_id").notNull(),
    /** The card of a recharge; null for a top-up. */
    cardNo: text("card_no"),
    /** The channel client (or clerk) that made the credit: a partner gets a webhook event. */
    creditClientId: text("credit_client_id").notNull(),
    /** The customer wrongly credited. */
    fromCustomerNo: text("from_customer_no").notNull(),
    destination: text("destination").$type<ReversalDestination>().notNull(),
    /** The right customer when the destination is `customer`; null when the value goes back. */
    toCustomerNo: text("to_customer_no"),
    evidence: text("evidence").notNull(),
    // unitId: the wrongly credited customer's accounting unit: the checker must cover it.
    ...caseColumns(),
    /** Set when executed: the transaction in the wrong customer's book (and the right one's). */
    outTransactionId: text("out_transaction_id"),
    inTransactionId: text("in_transaction_id"),
    /**
     * The right customer's accounting unit in force at execution, recorded then like a credit's:
     * the figures and the settlement credit the reversed value to it (null when it went back).
     */
    toUnitId: text("to_unit_id").references(() => orgUnits.id),
  },
  (t) => [
    uniqueIndex("reversal_cases_one_per_credit").on(t.creditId).where(sql`${t.state} <> 'rejected'`),
    ...caseConstraints("reversal_cases", t),
    check("reversal_cases_source_valid", sql`${t.source} IN ('recharge', 'topup')`),
    check(
      "reversal_cases_destination_named",
      sql`(${t.destination} = 'customer' AND ${t.toCustomerNo} IS NOT NULL AND ${t.toCustomerNo} <> ${t.fromCustomerNo})
          OR (${t.destination} = 'source' AND ${t.toCustomerNo} IS NULL)`,
    ),
    check(
      "reversal_cases_executed_booked",
      sql`(${t.state} = 'executed') = (${t.outTransactionId} IS NOT NULL)`,
    ),
    check(
      "reversal_cases_to_unit_when_executed",
      sql`${t.toUnitId} IS NULL OR (${t.state} = 'executed' AND ${t.destination} = 'customer')`,
    ),
  ],
);

/** How a closed account's refund is paid out. */
export const PAYOUT_METHODS = ["bank_transfer", "cash"] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];

/**
 * A refund case (销户退费): the balance of a closed account paid out to its holder once a second
 * person approves. One case at a time per customer that is not rejected: a balance is refunded once.
 */
export const refundCases = pgTable(
  "refund_cases",
  {
    // Keyed by customer like every customer-side table (scale-out: co-located with the account).
    customerNo: text("customer_no").notNull(),
    id: text("id").notNull(),
    // amountFen: the balance when the case was opened; executing it refunds exactly this, or refuses.
    ...caseColumns(),
    payoutMethod: text("payout_method").$type<PayoutMethod>().notNull(),
    /** The payee's bank account, masked (only its last four digits are kept); null for cash. */
    bankAccountMasked: text("bank_account_masked"),
    /** The transfer order or the counter's cash receipt number. */
    payoutReference: text("payout_reference").notNull(),
    ledgerTransactionId: text("ledger_transaction_id"),
    /**
     * The payout, recorded once the money has left (refund-payout.ts): the bank's reference of the
     * transfer or the number of the cash voucher the payee signed, who recorded it and when, and
     * its ledger transaction (refunds_payable → settlement_unified). All four or none.
     */
    payoutVoucher: text("payout_voucher"),
    paidOutBy: text("paid_out_by").references(() => staffUsers.id),
    paidOutAt: at("paid_out_at"),
    payoutTransactionId: text("payout_transaction_id"),
  },
  (t) => [
    primaryKey({ columns: [t.customerNo, t.id] }),
    index("refund_cases_id_idx").on(t.id),
    uniqueIndex("refund_cases_one_per_customer").on(t.customerNo).where(sql`${t.state} <> 'rejected'`),
    ...caseConstraints("refund_cases", t),
    check("refund_cases_payout_method_valid", sql`${t.payoutMethod} IN ('bank_transfer', 'cash')`),
    check(
      "refund_cases_bank_account_for_transfer",
      sql`(${t.payoutMethod} = 'bank_transfer') = (${t.bankAccountMasked} IS NOT NULL)`,
    ),
    check(
      "refund_cases_executed_booked",
      sql`(${t.state} = 'executed') = (${t.ledgerTransactionId} IS NOT NULL)`,
    ),
    check(
      "refund_cases_paid_out_whole",
      sql`(${t.paidOutAt} IS NULL) = (${t.payoutTransactionId} IS NULL)
          AND (${t.paidOutAt} IS NULL) = (${t.paidOutBy} IS NULL)
          AND (${t.paidOutAt} IS NULL) = (${t.payoutVoucher} IS NULL)`,
    ),
    check("refund_cases_paid_out_executed", sql`${t.paidOutAt} IS NULL OR ${t.state} = 'executed'`),
    // The clerk who asked for the refund never records that its money left.
    check("refund_cases_payout_not_maker", sql`${t.paidOutBy} IS NULL OR ${t.paidOutBy} <> ${t.openedBy}`),
  ],
);
