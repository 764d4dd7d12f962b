import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text } from "drizzle-orm/pg-core";
import { at, createdAt } from "./columns.ts";

export const ORG_UNIT_KINDS = ["province", "city", "county", "station", "outlet"] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** A unit works (`active`) or is disabled (停用): a disabled one receives no cards and sells none. */
export const ORG_UNIT_STATUSES = ["active", "disabled"] as const;
export type OrgUnitStatus = (typeof ORG_UNIT_STATUSES)[number];

/**
 * The organisation tree: province → city bureau → county bureau → supply station / outlet.
 * `path` is the materialized list of ancestor ids ("/unt_a/unt_b/") so a subtree is one
 * prefix match. Accounting units (核算单位) own an electricity-fee account and their customers.
 */
export const orgUnits = pgTable(
  "org_units",
  {
    id: text("id").primaryKey(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ORG_UNIT_KINDS }).notNull(),
    parentId: text("parent_id"),
    path: text("path").notNull(),
    isAccountingUnit: boolean("is_accounting_unit").notNull().default(false),
    status: text("status", { enum: ORG_UNIT_STATUSES }).notNull().default("active"),
    /** When the unit was disabled; set exactly when status is disabled. */
    disabledAt: at("disabled_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("org_units_path_idx").on(t.path),
    check("org_units_kind_check", sql`${t.kind} IN ('province','city','county','station','outlet')`),
    check("org_units_root_check", sql`(${t.parentId} IS NULL) = (${t.kind} = 'province')`),
    check("org_units_status_valid", sql`${t.status} IN ('active', 'disabled')`),
    check("org_units_disabled_at_matches", sql`(${t.status} = 'disabled') = (${t.disabledAt} IS NOT NULL)`),
  ],
);
