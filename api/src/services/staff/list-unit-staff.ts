import { type StaffRole, staffRoles, staffUsers } from "@powercard/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import type { UnitStaffMemberView } from "./unit-staff-view.ts";

type Ctx = Pick<ServiceContext, "db"> & { actor: UserPrincipal };

/**
 * The active staff of ONE unit of the caller's subtree (optionally only those with a role), for
 * a card administrator picking the clerk a transfer goes to. A unit outside the subtree is not
 * found, as everywhere; disabled users are not offered.
 */
export async function listUnitStaff({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { unitId: string; role?: StaffRole };
}): Promise<UnitStaffMemberView[]> {
  const unit = await unitInScope(ctx.db, ctx.actor, input.unitId);
  const withRole = input.role
    ? inArray(
        staffUsers.id,
        ctx.db.orm
          .select({ id: staffRoles.userId })
          .from(staffRoles)
          .where(and(eq(staffRoles.role, input.role), eq(staffRoles.unitId, unit.id))),
      )
    : undefined;
  const rows = await ctx.db.orm
    .select({ user: staffUsers, role: staffRoles.role })
    .from(staffUsers)
    .leftJoin(staffRoles, eq(staffRoles.userId, staffUsers.id))
    .where(and(eq(staffUsers.unitId, unit.id), eq(staffUsers.status, "active"), withRole))
    .orderBy(asc(staffUsers.username));
  const byId = new Map<string, UnitStaffMemberView>();
  for (const { user, role } of rows) {
    const view = byId.get(user.id) ?? {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      unitId: user.unitId,
      roles: [] as StaffRole[],
    };
    if (role) view.roles.push(role);
    byId.set(user.id, view);
  }
  return [...byId.values()];
}
