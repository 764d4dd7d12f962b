import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { at, createdAt } from "./columns.ts";
import { orgUnits } from "./org.ts";
import { STAFF_ROLES, staffUsers } from "./staff.ts";

/**
 * Maker-checker: a request made by one person that another person with `checker_role`, in scope
 * of `unit_id`, approves or rejects. The CHECK constraint makes self-approval impossible even for
 * someone writing SQL by hand.
 */
export const approvals = pgTable(
  "approvals",
  {
    id: text("id").primaryKey(),
    /** What is asked, e.g. "production_plan", "card_destruction", "settlement_run". */
    kind: text("kind").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id").notNull(),
    unitId: text("unit_id")
      .notNull()
      .references(() => orgUnits.id),
    summary: text("summary").notNull(),
    payload: jsonb("payload").notNull().default({}),
    makerId: text("maker_id")
      .notNull()
      .references(() => staffUsers.id),
    checkerRole: text("checker_role", { enum: STAFF_ROLES }).notNull(),
    state: text("state", { enum: ["pending", "approved", "rejected"] })
      .notNull()
      .default("pending"),
    checkerId: text("checker_id").references(() => staffUsers.id),
    decisionNote: text("decision_note"),
    decidedAt: at("decided_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("approvals_unit_state_idx").on(t.unitId, t.state),
    index("approvals_object_idx").on(t.objectType, t.objectId),
    check("approvals_state_check", sql`${t.state} IN ('pending','approved','rejected')`),
    check("approvals_maker_is_not_checker", sql`${t.checkerId} IS NULL OR ${t.checkerId} <> ${t.makerId}`),
    check(
      "approvals_decision_complete",
      sql`(${t.state} = 'pending' AND ${t.checkerId} IS NULL AND ${t.decidedAt} IS NULL) OR (${t.state} <> 'pending' AND ${t.checkerId} IS NOT NULL AND ${t.decidedAt} IS NOT NULL)`,
    ),
  ],
);
