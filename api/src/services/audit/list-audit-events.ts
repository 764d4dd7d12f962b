import { auditEvents, orgUnits } from "@powercard/db";
import { and, desc, eq, gte, isNull, lt, or, sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { cutPage } from "../pagination/keyset-page.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { atTreeRoot, withinUnit } from "../units/unit-scope.ts";
import { toAuditEventView } from "./audit-event-view.ts";

export interface AuditQuery {
  actorId?: string;
  objectType?: string;
  objectId?: string;
  /** An action, or a kind when it ends in "." (every action that starts with it). */
  action?: string;
  unitId?: string;
  from?: string;
  to?: string;
  limit: number;
  cursor?: number;
}

/**
 * Audit events, newest first, filtered by actor, object and time. An auditor sees the events of
 * their subtree; events that belong to no unit (channel recharges) are visible from the province.
 */
export async function listAuditEvents({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: AuditQuery;
}) {
  const atRoot = atTreeRoot(ctx.actor);
  // A unit filter narrows to that unit's subtree, and only inside the auditor's own.
  const unit = input.unitId ? await unitInScope(ctx.db, ctx.actor, input.unitId) : null;
  const rows = await ctx.db.orm
    .select({ event: auditEvents })
    .from(auditEvents)
    .leftJoin(orgUnits, eq(orgUnits.id, auditEvents.unitId))
    .where(
      and(
        or(withinUnit(orgUnits.path, ctx.actor.unitPath), atRoot ? isNull(auditEvents.unitId) : undefined),
        input.actorId ? eq(auditEvents.actorId, input.actorId) : undefined,
        input.objectType ? eq(auditEvents.objectType, input.objectType) : undefined,
        input.objectId ? eq(auditEvents.objectId, input.objectId) : undefined,
        unit ? withinUnit(orgUnits.path, unit.path) : undefined,
        input.action?.endsWith(".")
          ? sql`starts_with(${auditEvents.action}, ${input.action})`
          : input.action
            ? eq(auditEvents.action, input.action)
            : undefined,
        input.from ? gte(auditEvents.occurredAt, new Date(input.from)) : undefined,
        input.to ? lt(auditEvents.occurredAt, new Date(input.to)) : undefined,
        input.cursor ? lt(auditEvents.entryNo, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.entryNo))
    .limit(input.limit + 1);
  const { rows: page, nextCursor } = cutPage(rows, input.limit, ({ event }) => String(event.entryNo));
  return {
    data: page.map(({ event }) => toAuditEventView(event)),
    nextCursor,
  };
}
