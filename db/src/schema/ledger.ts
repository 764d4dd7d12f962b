import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { createdAt, fen } from "./columns.ts";

/**
 * The one double-entry ledger, append-only. The ledger is split into books by `book_key`: the
 * customer number for customer-side transactions (so a recharge's legs live with the customer's
 * account when the database is sharded), a unit id otherwise. A trigger deferred to commit
 * rejects any transaction whose entries do not sum to zero; other triggers reject UPDATE/DELETE.
 */
export const ledgerTransactions = pgTable(
  "ledger_transactions",
  {
    bookKey: text("book_key").notNull(),
    id: text("id").notNull(),
    kind: text("kind").notNull(),
    /** The Asia/Shanghai business day the movement belongs to. */
    businessDate: date("business_date", { mode: "string" }).notNull(),
    /** The business record behind the movement, e.g. a recharge id. */
    reference: text("reference"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.bookKey, t.id] }), index("ledger_transactions_id_idx").on(t.id)],
);

/** Signed amounts: a debit is positive, a credit negative; a transaction's legs sum to zero. */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    bookKey: text("book_key").notNull(),
    transactionId: text("transaction_id").notNull(),
    leg: smallint("leg").notNull(),
    /** Chart-of-accounts code, see db/src/ledger-accounts.ts. */
    account: text("account").notNull(),
    /** Whose sub-account: a customer number, a unit id, or '' for a system account. */
    owner: text("owner").notNull(),
    amountFen: fen("amount_fen").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bookKey, t.transactionId, t.leg] }),
    foreignKey({
      columns: [t.bookKey, t.transactionId],
      foreignColumns: [ledgerTransactions.bookKey, ledgerTransactions.id],
    }),
    index("ledger_entries_account_owner_idx").on(t.account, t.owner, t.createdAt, t.transactionId),
    check("ledger_entries_amount_nonzero", sql`${t.amountFen} <> 0`),
  ],
);
