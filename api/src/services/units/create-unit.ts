import { ORG_UNIT_KINDS, type OrgUnitKind, orgUnits } from "@powercard/db";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { isUniqueViolation } from "../../shared/db-errors.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "./scope.ts";

/** A child kind must sit below its parent's kind: province → city → county → station/outlet. */
const KIND_RANK: Record<OrgUnitKind, number> = { province: 0, city: 1, county: 2, station: 3, outlet: 3 };

export async function createUnit({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { code: string; name: string; kind: OrgUnitKind; parentId: string; isAccountingUnit: boolean };
}) {
  const parent = await unitInScope(ctx.db, ctx.actor, input.parentId);
  if (KIND_RANK[input.kind] <= KIND_RANK[parent.kind] || !ORG_UNIT_KINDS.includes(input.kind)) {
    throw new DomainError("validation_failed", {
      detail: `A ${input.kind} cannot sit under a ${parent.kind}`,
      fieldErrors: [{ field: "body.kind", message: `must rank below ${parent.kind}` }],
    });
  }
  const id = newId.unit();
  const unit = {
    id,
    ...input,
    path: `${parent.path}${id}/`,
    status: "active" as const,
    disabledAt: null,
    createdAt: ctx.now,
  };
  try {
    await ctx.db.orm.transaction(async (tx) => {
      await tx.insert(orgUnits).values(unit);
      await recordAuditEvent(
        { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
        {
          action: "unit.created",
          objectType: "org_unit",
          objectId: id,
          unitId: id,
          after: { code: input.code, name: input.name, kind: input.kind },
        },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("validation_failed", {
        detail: "Invalid body.code",
        fieldErrors: [{ field: "body.code", message: "already used by another unit" }],
      });
    }
    throw error;
  }
  return unit;
}
