import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { at, createdAt, fen } from "./columns.ts";
import { orgUnits } from "./org.ts";
import { staffUsers } from "./staff.ts";

export const SETTLEMENT_RUN_STATES = ["pending_approval", "approved", "rejected"] as const;
export type SettlementRunState = (typeof SETTLEMENT_RUN_STATES)[number];

/**
 * A card-fund return (资金返还) for one month: what each accounting unit's customers were credited
 * (recharges and partner top-ups) up to the period's end, minus what earlier approved runs already
 * returned to the unit, moved from the unified account to the unit's fee account once a second
 * settlement officer approves. The partial unique indexes make a period's run idempotent (one run
 * per period unless rejected) and allow one undecided run at a time, so a run's figures can never
 * miss the returns of another run decided while it waits.
 */
export const settlementRuns = pgTable(
  "settlement_runs",
  {
    id: text("id").primaryKey(),
    /** The Asia/Shanghai month settled, YYYY-MM. */
    period: text("period").notNull(),
    state: text("state", { enum: SETTLEMENT_RUN_STATES }).notNull(),
    /** The settlement center (the root unit): whose staff see and approve the run. */
    unitId: text("unit_id")
      .notNull()
      .references(() => orgUnits.id),
    approvalId: text("approval_id").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => staffUsers.id),
    createdAt: createdAt(),
    decidedAt: at("decided_at"),
    /** Sum of the lines' due amounts when the run was made. */
    dueFen: fen("due_fen").notNull(),
    /** The unified account's balance when the run was made, and how far the due exceeded it. */
    unifiedBalanceFen: fen("unified_balance_fen").notNull(),
    shortfallFen: fen("shortfall_fen").notNull(),
    /** What the approval moved (0 until approved; less than due on a shortfall). */
    returnedFen: fen("returned_fen").notNull().default(0),
  },
  (t) => [
    uniqueIndex("settlement_runs_period_idx").on(t.period).where(sql`${t.state} <> 'rejected'`),
    uniqueIndex("settlement_runs_one_pending_idx").on(t.state).where(sql`${t.state} = 'pending_approval'`),
    check("settlement_runs_state_check", sql`${t.state} IN ('pending_approval','approved','rejected')`),
    check("settlement_runs_period_format", sql`${t.period} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check(
      "settlement_runs_amounts",
      sql`${t.dueFen} >= 0 AND ${t.shortfallFen} >= 0 AND ${t.returnedFen} >= 0 AND ${t.returnedFen} <= ${t.dueFen}`,
    ),
    check("settlement_runs_decided", sql`(${t.state} = 'pending_approval') = (${t.decidedAt} IS NULL)`),
  ],
);

/** One accounting unit's figures in a run; amounts credited are cumulative to the period's end. */
export const settlementLines = pgTable(
  "settlement_lines",
  {
    runId: text("run_id")
      .notNull()
      .references(() => settlementRuns.id),
    unitId: text("unit_id")
      .notNull()
      .references(() => orgUnits.id),
    /** Recharges and partner top-ups of the unit's customers with business dates up to the period's end. */
    rechargesFen: fen("recharges_fen").notNull(),
    topupsFen: fen("topups_fen").notNull(),
    /**
     * Executed corrections up to the period's end: reversals into the unit's customers minus
     * reversals out of them and closed-account refunds (negative when more left than arrived).
     */
    correctionsFen: fen("corrections_fen").notNull().default(0),
    /** Returned to the unit by runs approved before this one was made. */
    returnedBeforeFen: fen("returned_before_fen").notNull(),
    /** recharges + top-ups + corrections − returned before, never below zero. */
    dueFen: fen("due_fen").notNull(),
    /** Moved by this run's approval (pro rata on a shortfall), and its ledger transaction. */
    returnedFen: fen("returned_fen").notNull().default(0),
    ledgerTransactionId: text("ledger_transaction_id"),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.unitId] }),
    index("settlement_lines_unit_idx").on(t.unitId),
    check(
      "settlement_lines_amounts",
      sql`${t.dueFen} >= 0 AND ${t.returnedFen} >= 0 AND ${t.returnedFen} <= ${t.dueFen}`,
    ),
    check("settlement_lines_booked", sql`(${t.returnedFen} > 0) = (${t.ledgerTransactionId} IS NOT NULL)`),
  ],
);
