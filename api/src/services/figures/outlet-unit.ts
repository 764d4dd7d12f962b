import { sql } from "drizzle-orm";
import { withinUnit } from "../units/unit-scope.ts";

/**
 * A CTE mapping every unit to its accounting unit: the deepest accounting unit on its path (an
 * outlet belongs to the city or county bureau above it; an accounting unit to itself). The tree
 * is small (thousands of units), so this is computed per statement rather than stored.
 */
export const OUTLET_UNIT = sql`
  outlet_unit AS (
    SELECT DISTINCT ON (o.id) o.id AS outlet_id, a.id AS unit_id
      FROM org_units o JOIN org_units a ON a.is_accounting_unit AND ${withinUnit(sql`o.path`, sql`a.path`)}
     ORDER BY o.id, length(a.path) DESC
  )`;
