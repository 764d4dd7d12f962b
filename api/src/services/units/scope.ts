import { type Db, orgUnits } from "@powercard/db";
import { eq } from "drizzle-orm";
import { inScope, type UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError, type ErrorCode } from "../../shared/errors.ts";

/**
 * The unit if it lies in the user's subtree; otherwise the given not-found error, so a user
 * cannot tell another unit's objects from objects that do not exist.
 */
export async function unitInScope(
  db: Db,
  actor: UserPrincipal,
  unitId: string,
  notFound: ErrorCode = "unit_not_found",
) {
  const [unit] = await db.orm.select().from(orgUnits).where(eq(orgUnits.id, unitId));
  if (!unit || !inScope(actor, unit.path)) throw new DomainError(notFound);
  return unit;
}
