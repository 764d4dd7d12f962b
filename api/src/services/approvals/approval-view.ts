import { z } from "@hono/zod-openapi";
import { type approvals, STAFF_ROLES } from "@powercard/db";

export type ApprovalRow = typeof approvals.$inferSelect;

export const APPROVAL_STATES = ["pending", "approved", "rejected"] as const;

export const ApprovalSchema = z
  .object({
    id: z.string().openapi({ example: "apr_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    kind: z.string().openapi({ example: "card_unlock" }),
    objectType: z.string(),
    objectId: z.string(),
    unitId: z.string(),
    summary: z.string(),
    makerId: z.string(),
    checkerRole: z.enum(STAFF_ROLES),
    state: z.enum(APPROVAL_STATES),
    checkerId: z.string().nullable(),
    decisionNote: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Approval");
export type ApprovalView = z.infer<typeof ApprovalSchema>;

export function toApprovalView(row: ApprovalRow): ApprovalView {
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
