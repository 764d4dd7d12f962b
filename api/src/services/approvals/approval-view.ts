import type { approvals } from "@powercard/db";

export type ApprovalRow = typeof approvals.$inferSelect;

export function toApprovalView(row: ApprovalRow) {
  return {
    id: row.id,
    kind: row.kind,
    objectType: row.objectType,
    objectId: row.objectId,
    unitId: row.unitId,
    summary: row.summary,
    makerId: row.makerId,
    checkerRole: row.checkerRole,
    state: row.state,
    checkerId: row.checkerId,
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
export type ApprovalView = ReturnType<typeof toApprovalView>;
