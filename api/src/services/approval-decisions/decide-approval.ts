import { approvals } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import type { ApprovalView } from "../approvals/approval-view.ts";
import type { DecisionPolicy } from "../approvals/decision-policy.ts";
import { approvalView, getApproval } from "../approvals/list-approvals.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { decisionHandler } from "./approval-handlers.ts";

type Ctx = ServiceContext & { actor: UserPrincipal };

/**
 * Approves or rejects a pending request. The checker needs the request's checker role, in scope,
 * and must not be its maker (also a CHECK constraint). The decision is a compare-and-set on
 * state 'pending', and an approval runs its handler in the same transaction.
 *
 * This folder sits above `approvals/` and the folders of the kinds it runs (cards, production,
 * settlement): they open requests through `approvals/`, and only this folder reaches back into
 * them, so no service folder imports one that imports it.
 */
export async function decideApproval({
  ctx,
  input,
  policy,
}: {
  ctx: Ctx;
  input: { id: string; decision: "approved" | "rejected"; note?: string };
  policy: DecisionPolicy;
}): Promise<ApprovalView> {
  const request = (await getApproval({ ctx, input })).row;
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
    await decisionHandler(row.kind, input.decision)?.(
      { tx, requestId: ctx.requestId, now: ctx.now },
      row,
      policy,
    );
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
  return approvalView(ctx.db.orm, decided.id);
}
