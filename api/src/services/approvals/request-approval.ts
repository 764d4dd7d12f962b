import { approvals, type StaffRole } from "@powercard/db";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TxContext } from "../tx-context.ts";
import type { ApprovalKind } from "./approval-kinds.ts";
import type { ApprovalRow } from "./approval-view.ts";

export interface ApprovalRequest {
  kind: ApprovalKind;
  objectType: string;
  objectId: string;
  /** The unit whose subtree the checker must cover. */
  unitId: string;
  summary: string;
  checkerRole: StaffRole;
  payload?: Record<string, unknown>;
  /** Set when the object must name its approval before the request exists (settlement runs). */
  id?: string;
}

/**
 * Opens a maker-checker request inside the caller's transaction. Every operation that needs a
 * second person (card unlock, production plan, card destruction, settlement run) calls this with
 * its kind from APPROVAL_KINDS; what approving or rejecting it does is in
 * approval-decisions/approval-handlers.ts.
 */
export async function requestApproval(
  tc: TxContext & { actor: UserPrincipal },
  request: ApprovalRequest,
): Promise<ApprovalRow> {
  const { tx, now, actor: maker } = tc;
  const { id, ...fields } = request;
  const row = {
    id: id ?? newId.approval(),
    ...fields,
    payload: request.payload ?? {},
    makerId: maker.id,
    state: "pending" as const,
    checkerId: null,
    decisionNote: null,
    decidedAt: null,
    createdAt: now,
  };
  await tx.insert(approvals).values(row);
  await recordAuditEvent(
    { ...tc, actor: { type: "user", id: maker.id } },
    {
      action: "approval.requested",
      objectType: "approval",
      objectId: row.id,
      unitId: request.unitId,
      after: { kind: request.kind, objectId: request.objectId },
    },
  );
  return row;
}
