import { type Db, orgUnits, type StaffRole, staffRoles, staffUsers } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";

/**
 * Loads an active staff user with their roles, for each request that carries an access token:
 * a disabled user or a removed role stops working at once, not when the token expires.
 */
export function createStaffLoader(db: Db) {
  return async function loadStaffPrincipal(userId: string): Promise<UserPrincipal | null> {
    const rows = await db.orm
      .select({
        id: staffUsers.id,
        username: staffUsers.username,
        displayName: staffUsers.displayName,
        unitId: staffUsers.unitId,
        unitPath: orgUnits.path,
        role: staffRoles.role,
      })
      .from(staffUsers)
      .innerJoin(orgUnits, eq(orgUnits.id, staffUsers.unitId))
      .leftJoin(
        staffRoles,
        and(eq(staffRoles.userId, staffUsers.id), eq(staffRoles.unitId, staffUsers.unitId)),
      )
      .where(and(eq(staffUsers.id, userId), eq(staffUsers.status, "active")));
    const [first] = rows;
    if (!first) return null;
    return {
      kind: "user",
      id: first.id,
      username: first.username,
      displayName: first.displayName,
      unitId: first.unitId,
      unitPath: first.unitPath,
      roles: rows.map((r) => r.role).filter((r): r is StaffRole => r !== null),
    };
  };
}

export type StaffLoader = ReturnType<typeof createStaffLoader>;
