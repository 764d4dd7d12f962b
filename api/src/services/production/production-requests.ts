import { orgUnits, productionRequests } from "@powercard/db";
import { and, desc, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import type { ProductionRequestView } from "./production-request-view.ts";

type Ctx = ServiceContext & { actor: UserPrincipal };
type RequestRow = typeof productionRequests.$inferSelect;

/** A city bureau's card administrator asks for cards of one face value. */
export async function createProductionRequest({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { unitId?: string; faceValueFen: number; quantity: number };
}) {
  const unit = await unitInScope(ctx.db, ctx.actor, input.unitId ?? ctx.actor.unitId);
  if (unit.kind !== "city") {
    throw new DomainError("production_request_unit_invalid", {
      detail: `Cards are requested by city bureaus; ${unit.name} is a ${unit.kind}`,
    });
  }
  const row: RequestRow = {
    id: newId.productionRequest(),
    unitId: unit.id,
    faceValueFen: input.faceValueFen,
    quantity: input.quantity,
    state: "open",
    planId: null,
    requestedBy: ctx.actor.id,
    createdAt: ctx.now,
  };
  await ctx.db.orm.transaction(async (tx) => {
    await tx.insert(productionRequests).values(row);
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: "production_request.created",
        objectType: "production_request",
        objectId: row.id,
        unitId: unit.id,
        after: { faceValueFen: row.faceValueFen, quantity: row.quantity },
      },
    );
  });
  return toProductionRequestView(row);
}

/** Requests of the caller's subtree, newest first (at most 500). */
export async function listProductionRequests({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { state?: "open" | "planned" };
}) {
  const rows = await ctx.db.orm
    .select({ request: productionRequests })
    .from(productionRequests)
    .innerJoin(orgUnits, eq(orgUnits.id, productionRequests.unitId))
    .where(
      and(
        withinUnit(orgUnits.path, ctx.actor.unitPath),
        input.state ? eq(productionRequests.state, input.state) : undefined,
      ),
    )
    .orderBy(desc(productionRequests.createdAt))
    .limit(500);
  return rows.map((r) => toProductionRequestView(r.request));
}

export function toProductionRequestView(row: RequestRow): ProductionRequestView {
  return {
    id: row.id,
    unitId: row.unitId,
    faceValueFen: row.faceValueFen,
    quantity: row.quantity,
    state: row.state,
    planId: row.planId,
    requestedBy: row.requestedBy,
    createdAt: row.createdAt.toISOString(),
  };
}
