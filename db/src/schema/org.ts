import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns.ts";

export const ORG_UNIT_KINDS = ["province", "city", "county", "station", "outlet"] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

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
    createdAt: createdAt(),
  },
  (t) => [
    index("org_units_path_idx").on(t.path),
    check("org_units_kind_check", sql`${t.kind} IN ('province','city','county','station','outlet')`),
    check("org_units_root_check", sql`(${t.parentId} IS NULL) = (${t.kind} = 'province')`),
  ],
);
