import { z } from "@hono/zod-openapi";
import { STAFF_ROLES } from "@powercard/db";

export const APPROVAL_STATES = ["pending", "approved", "rejected"] as const;
const STATES = APPROVAL_STATES;

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
    state: z.enum(STATES),
    checkerId: z.string().nullable(),
    decisionNote: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Approval");
