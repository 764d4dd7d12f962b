import { orgUnits, type StaffRole, staffRoles, staffUsers } from "@powercard/db";
import { and, asc, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { withinUnit } from "../units/unit-scope.ts";
import type { StaffUserView } from "./staff-view.ts";

type Ctx = Pick<ServiceContext, "db"> & { actor: UserPrincipal };

async function findUsers(ctx: Ctx, userId?: string): Promise<StaffUserView[]> {
  const rows = await ctx.db.orm
    .select({ user: staffUsers, role: staffRoles.role })
    .from(staffUsers)
    .innerJoin(orgUnits, eq(orgUnits.id, staffUsers.unitId))
    .leftJoin(staffRoles, eq(staffRoles.userId, staffUsers.id))
    .where(and(withinUnit(orgUnits.path, ctx.actor.unitPath), userId ? eq(staffUsers.id, userId) : undefined))
    .orderBy(asc(staffUsers.username));
  const byId = new Map<string, StaffUserView>();
  for (const { user, role } of rows) {
    const view = byId.get(user.id) ?? {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      unitId: user.unitId,
      status: user.status,
      roles: [] as StaffRole[],
      lockedUntil: user.lockedUntil?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
    };
    if (role) view.roles.push(role);
    byId.set(user.id, view);
  }
  return [...byId.values()];
}

/** The staff of the caller's subtree. */
export const listUsers = ({ ctx }: { ctx: Ctx }) => findUsers(ctx);

/** One user of the caller's subtree; anyone else is not found. */
export async function getUser({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { userId: string };
}): Promise<StaffUserView> {
  const [user] = await findUsers(ctx, input.userId);
  if (!user) throw new DomainError("user_not_found");
  return user;
}
