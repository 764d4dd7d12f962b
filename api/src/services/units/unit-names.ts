import { type Db, orgUnits } from "@powercard/db";
import { inArray } from "drizzle-orm";

/**
 * Names of the given units, by id. Unit names are not confidential (a report already names the
 * units it shows by id); this only spares a spreadsheet reader looking ids up.
 */
export async function unitNames(db: Db, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.orm
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(inArray(orgUnits.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
