import { approvals, orgUnits } from "@powercard/db";
import { and, desc, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { decisionHandler } from "./approval-handlers.ts";
import { type ApprovalView, toApprovalView } from "./approval-view.ts";

type Ctx = ServiceContext & { actor: UserPrincipal };

/** An approval request in the caller's subtree; anything else is not found. */
export async function getApproval({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const [row] = await ctx.db.orm.select().from(approvals).where(eq(approvals.id, input.id));
  if (!row) throw new DomainError("approval_not_found");
  await unitInScope(ctx.db, ctx.actor, row.unitId, "approval_not_found");
  return row;
}

/**
 * Approves or rejects a pending request. The checker needs the request's checker role, in scope,
 * and must not be its maker (also a CHECK constraint). The decision is a compare-and-set on
 * state 'pending', and an approval runs its handler in the same transaction.
 */
export async function decideApproval({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; decision: "approved" | "rejected"; note?: string };
}): Promise<ApprovalView> {
  const request = await getApproval({ ctx, input });
  if (request.makerId === ctx.actor.id) throw new DomainError("approval_self_decision");
  if (!ctx.actor.roles.includes(request.checkerRole)) {
    throw new DomainError("forbidden", {
      detail: `Deciding this request needs the role ${request.checkerRole}`,
    });
  }
  const decided = await ctx.db.orm.transaction(async (tx) => {
    const [row] = await tx
      .update(approvals)
      .set({
        state: input.decision,
        checkerId: ctx.actor.id,
        decisionNote: input.note ?? null,
        decidedAt: ctx.now,
      })
      .where(and(eq(approvals.id, request.id), eq(approvals.state, "pending")))
      .returning();
    if (!row) return null;
    await decisionHandler(row.kind, input.decision)?.({ tx, requestId: ctx.requestId, now: ctx.now }, row);
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: `approval.${input.decision}`,
        objectType: "approval",
        objectId: row.id,
        unitId: row.unitId,
        before: { state: "pending" },
        after: { state: row.state, kind: row.kind, objectId: row.objectId },
      },
    );
    return row;
  });
  if (!decided) throw new DomainError("approval_not_pending");
  return toApprovalView(decided);
}

/** Requests of the caller's subtree (optionally in one state), newest first, at most 200. */
export async function listApprovals({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { state?: "pending" | "approved" | "rejected" };
}) {
  const rows = await ctx.db.orm
    .select({ approval: approvals })
    .from(approvals)
    .innerJoin(orgUnits, eq(orgUnits.id, approvals.unitId))
    .where(
      and(
        withinUnit(orgUnits.path, ctx.actor.unitPath),
        input.state ? eq(approvals.state, input.state) : undefined,
      ),
    )
    .orderBy(desc(approvals.createdAt))
    .limit(200);
  return rows.map((r) => toApprovalView(r.approval));
}
