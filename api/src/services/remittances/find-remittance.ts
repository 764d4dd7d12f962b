import { type Orm, orgUnits, remittances } from "@powercard/db";
import { eq } from "drizzle-orm";
import { inScope, type UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import type { RemittanceRow } from "./remittance-view.ts";

/** A remittance of an outlet in the caller's subtree; any other is not found. */
export async function findRemittanceInScope(
  orm: Pick<Orm, "select">,
  actor: UserPrincipal,
  id: string,
): Promise<RemittanceRow> {
  const [row] = await orm
    .select({ remittance: remittances, unitPath: orgUnits.path })
    .from(remittances)
    .innerJoin(orgUnits, eq(orgUnits.id, remittances.outletUnitId))
    .where(eq(remittances.id, id));
  if (!row || !inScope(actor, row.unitPath)) throw new DomainError("remittance_not_found");
  return row.remittance;
}
