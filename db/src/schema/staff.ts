import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { at, createdAt } from "./columns.ts";
import { orgUnits } from "./org.ts";

export const STAFF_ROLES = [
  "issuer",
  "card_admin",
  "clerk",
  "fund_admin",
  "settlement_officer",
  "auditor",
  "sysadmin",
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A person of the utility. Their roles apply to their unit's subtree. */
export const staffUsers = pgTable(
  "staff_users",
  {
    id: text("id").primaryKey(),
    username: text("username").notNull().unique(),
    displayName: text("display_name").notNull(),
    unitId: text("unit_id")
      .notNull()
      .references(() => orgUnits.id),
    /** scrypt: "scrypt$N$r$p$salt$hash" (base64url parts). */
    passwordHash: text("password_hash").notNull(),
    status: text("status", { enum: ["active", "disabled"] })
      .notNull()
      .default("active"),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: at("locked_until"),
    passwordChangedAt: at("password_changed_at").notNull(),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    check("staff_users_status_check", sql`${t.status} IN ('active','disabled')`),
    check("staff_users_username_format", sql`${t.username} ~ '^[a-z0-9._-]{3,64}$'`),
  ],
);

/**
 * A role held by a user in a unit (the user's own unit). A trigger enforces segregation of
 * duties: nobody holds card_admin and fund_admin in the same unit, and a sysadmin holds nothing else.
 */
export const staffRoles = pgTable(
  "staff_roles",
  {
    userId: text("user_id")
      .notNull()
      .references(() => staffUsers.id),
    role: text("role", { enum: STAFF_ROLES }).notNull(),
    unitId: text("unit_id")
      .notNull()
      .references(() => orgUnits.id),
    grantedBy: text("granted_by"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.role, t.unitId] }),
    check(
      "staff_roles_role_check",
      sql`${t.role} IN ('issuer','card_admin','clerk','fund_admin','settlement_officer','auditor','sysadmin')`,
    ),
  ],
);

/** Refresh tokens: stored as SHA-256, rotated on every use; reuse of a spent one revokes its family. */
export const refreshTokens = pgTable(
  "refresh_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => staffUsers.id),
    familyId: text("family_id").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: at("expires_at").notNull(),
    usedAt: at("used_at"),
    revokedAt: at("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [index("refresh_tokens_family_idx").on(t.familyId), index("refresh_tokens_user_idx").on(t.userId)],
);
