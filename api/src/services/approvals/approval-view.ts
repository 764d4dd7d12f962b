import { z } from "@hono/zod-openapi";
import { type approvals, STAFF_ROLES } from "@powercard/db";
import { type StaffRef, StaffRefSchema, staffRefOf } from "../staff/staff-ref.ts";

export type ApprovalRow = typeof approvals.$inferSelect;

/**
 * What a request is about, by kind, from the figures it was opened with: the console words its
 * summary from these in the reader's language. Null for a request opened before the figures were
 * kept (its English `summary` still says it).
 */
export const ApprovalDetailsSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("production_plan"),
      planId: z.string(),
      requestCount: z.number().int(),
      sellBy: z.string(),
    }),
    z.object({ kind: z.literal("card_unlock"), cardNo: z.string(), reason: z.string() }),
    z.object({
      kind: z.literal("card_destruction"),
      firstCardNo: z.string(),
      lastCardNo: z.string(),
      cardCount: z.number().int(),
      valueFen: z.number().int(),
      reason: z.string(),
    }),
    z.object({
      kind: z.literal("settlement_run"),
      period: z.string(),
      dueFen: z.number().int(),
      unitCount: z.number().int(),
    }),
  ])
  .openapi("ApprovalDetails");
export type ApprovalDetails = z.infer<typeof ApprovalDetailsSchema>;

/** The people of a request: its maker and, once decided, its checker. */
export interface ApprovalPeople {
  maker: StaffRef;
  checker: StaffRef | null;
}

export const APPROVAL_STATES = ["pending", "approved", "rejected"] as const;

export const ApprovalSchema = z
  .object({
    id: z.string().openapi({ example: "apr_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    kind: z.string().openapi({ example: "card_unlock" }),
    objectType: z.string(),
    objectId: z.string(),
    unitId: z.string(),
    summary: z.string().openapi({ description: "In English; the console words it from `details`." }),
    details: ApprovalDetailsSchema.nullable(),
    makerId: z.string(),
    maker: StaffRefSchema,
    checkerRole: z.enum(STAFF_ROLES),
    state: z.enum(APPROVAL_STATES),
    checkerId: z.string().nullable(),
    checker: StaffRefSchema.nullable(),
    decisionNote: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Approval");
export type ApprovalView = z.infer<typeof ApprovalSchema>;

export function toApprovalView(row: ApprovalRow, people: ApprovalPeople): ApprovalView {
  const details = ApprovalDetailsSchema.safeParse({ ...(row.payload as object), kind: row.kind });
  return {
    id: row.id,
    kind: row.kind,
    objectType: row.objectType,
    objectId: row.objectId,
    unitId: row.unitId,
    summary: row.summary,
    details: details.success ? details.data : null,
    makerId: row.makerId,
    maker: people.maker,
    checkerRole: row.checkerRole,
    state: row.state,
    checkerId: row.checkerId,
    checker: people.checker,
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A request just opened by `maker`: nobody has decided it yet. */
export const requestedApprovalView = (row: ApprovalRow, maker: Parameters<typeof staffRefOf>[0]) =>
  toApprovalView(row, { maker: staffRefOf(maker), checker: null });
