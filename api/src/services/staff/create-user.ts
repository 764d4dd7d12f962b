import { type StaffRole, staffRoles, staffUsers } from "@powercard/db";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../../shared/auth/passwords.ts";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { isUniqueViolation } from "../../shared/db-errors.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { getUser } from "./list-users.ts";
import { assertSegregation } from "./segregation.ts";
import type { StaffUserView } from "./staff-view.ts";

export interface CreateUserInput {
  username: string;
  displayName: string;
  unitId: string;
  password: string;
  roles: StaffRole[];
}

/** A sysadmin creates a staff user in their subtree, with an initial password and roles. */
export async function createUser({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: CreateUserInput;
}): Promise<StaffUserView> {
  await unitInScope(ctx.db, ctx.actor, input.unitId);
  const roles = [...new Set(input.roles)];
  assertSegregation(roles);
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new DomainError("password_too_weak");
  const id = newId.user();
  const passwordHash = await hashPassword(input.password);
  try {
    await ctx.db.orm.transaction(async (tx) => {
      await tx.insert(staffUsers).values({
        id,
        username: input.username.toLowerCase(),
        displayName: input.displayName,
        unitId: input.unitId,
        passwordHash,
        passwordChangedAt: ctx.now,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      if (roles.length > 0) {
        await tx.insert(staffRoles).values(
          roles.map((role) => ({
            userId: id,
            role,
            unitId: input.unitId,
            grantedBy: ctx.actor.id,
            createdAt: ctx.now,
          })),
        );
      }
      await recordAuditEvent(
        { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
        {
          action: "user.created",
          objectType: "staff_user",
          objectId: id,
          unitId: input.unitId,
          after: { username: input.username, roles },
        },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("username_taken");
    throw error;
  }
  return getUser({ ctx, input: { userId: id } });
}
