import { type SQL, sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { withinUnit } from "../units/unit-scope.ts";

/**
 * Custody conditions for moveCardRange, over the `cards` row being moved. Uncorrelated
 * subqueries, so PostgreSQL evaluates them once per statement, not once per card.
 */

/** Cards owned by a unit in the subtree at `unitPath` (a staff member's reach). */
export const ownedInSubtree = (unitPath: string): SQL =>
  sql`cards.owner_unit_id IN (SELECT id FROM org_units WHERE ${withinUnit(sql`path`, unitPath)})`;

/** Cards owned by a unit in the subtree of the unit `unitId`. */
export const ownedUnderUnit = (unitId: string): SQL =>
  sql`cards.owner_unit_id IN (SELECT u.id FROM org_units u JOIN org_units top ON ${withinUnit(sql`u.path`, sql`top.path`)} WHERE top.id = ${unitId})`;

/** Cards a clerk may sell: in the stock of the clerk's own unit, unassigned or handed to them. */
export const inClerkCustody = (clerk: UserPrincipal): SQL =>
  sql`cards.owner_unit_id = ${clerk.unitId} AND (cards.holder_user_id IS NULL OR cards.holder_user_id = ${clerk.id})`;
