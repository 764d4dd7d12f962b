import type { AnyColumn } from "drizzle-orm";
import { or, type SQL, sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { withinUnit } from "../units/unit-scope.ts";

/**
 * A correction case is seen by staff on its customer's line (accounts/customer-access.ts): the
 * case's unit (the customer's accounting unit) is in their subtree, or their unit (an outlet,
 * a station) lies below it — so the outlet clerk who opened a case sees it.
 */
export const onCaseLine = (unitPath: AnyColumn, actor: UserPrincipal): SQL =>
  or(withinUnit(unitPath, actor.unitPath), withinUnit(sql`${actor.unitPath}::text`, unitPath)) as SQL;
