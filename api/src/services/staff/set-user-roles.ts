import { type StaffRole, staffRoles, staffUsers } from "@powercard/db";
import { eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { isCheckViolation } from "../../shared/db-errors.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { getUser } from "./list-users.ts";
import { assertSegregation } from "./segregation.ts";
import type { StaffUserView } from "./staff-view.ts";

/** Replaces a user's roles (in their own unit). A sysadmin cannot change their own roles. */
export async function setUserRoles({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { userId: string; roles: StaffRole[] };
}): Promise<StaffUserView> {
  const before = await getUser({ ctx, input: { userId: input.userId } });
  if (input.userId === ctx.actor.id)
    throw new DomainError("forbidden", { detail: "Nobody changes their own roles" });
  const roles = [...new Set(input.roles)];
  assertSegregation(roles);
  try {
    await ctx.db.orm.transaction(async (tx) => {
      // Lock the user first: the database trigger checks each new role against the rows present.
      await tx
        .select({ id: staffUsers.id })
        .from(staffUsers)
        .where(eq(staffUsers.id, input.userId))
        .for("update");
      await tx.delete(staffRoles).where(eq(staffRoles.userId, input.userId));
      if (roles.length > 0) {
        await tx.insert(staffRoles).values(
          roles.map((role) => ({
            userId: input.userId,
            role,
            unitId: before.unitId,
            grantedBy: ctx.actor.id,
            createdAt: ctx.now,
          })),
        );
      }
      await recordAuditEvent(
        { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
        {
          action: "user.roles_changed",
          objectType: "staff_user",
          objectId: input.userId,
          unitId: before.unitId,
          before: { roles: before.roles },
          after: { roles },
        },
      );
    });
  } catch (error) {
    if (isCheckViolation(error)) throw new DomainError("segregation_of_duties");
    throw error;
  }
  return getUser({ ctx, input: { userId: input.userId } });
}
