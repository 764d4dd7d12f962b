import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonResponse, problemResponses } from "../../http/openapi.ts";
import { AuditEventSchema } from "../../services/audit/audit-event-view.ts";
import { AuditChainReportSchema } from "../../services/audit/audit-verification-view.ts";

const tags = ["Audit"];

export const listAuditEvents = defineRoute({
  access: { roles: ["auditor"] },
  method: "get",
  path: "/v1/audit",
  // Reports, exports and history lists may lag the primary (http/stale-reads.ts).
  staleReads: true,
  operationId: "listAuditEvents",
  tags,
  summary: "Audit events of your subtree, newest first",
  request: {
    query: z.strictObject({
      actorId: z.string().max(64).optional(),
      objectType: z.string().max(64).optional(),
      objectId: z.string().max(64).optional(),
      action: z
        .string()
        .regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*\.?$/, "an action (user.created) or a kind ending in a dot (user.)")
        .max(64)
        .optional()
        .openapi({
          description:
            "One action (`user.created`), or every action of a kind when it ends in a dot (`user.`).",
          example: "user.",
        }),
      unitId: z
        .string()
        .max(64)
        .optional()
        .openapi({ description: "Only the events of this unit of your subtree and the units below it." }),
      from: z.iso.datetime().optional().openapi({ description: "Inclusive lower bound (RFC 3339)." }),
      to: z.iso.datetime().optional().openapi({ description: "Exclusive upper bound (RFC 3339)." }),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.coerce.number().int().positive().optional(),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({ data: z.array(AuditEventSchema), nextCursor: z.string().nullable() }),
      "One page.",
    ),
    ...problemResponses("unit_not_found", "forbidden"),
  },
});

export const verifyAuditChain = defineRoute({
  access: { roles: ["auditor"] },
  method: "get",
  path: "/v1/audit/verify",
  operationId: "verifyAuditChain",
  tags,
  summary: "Recompute the audit hash chain and report the first broken link",
  responses: {
    200: jsonResponse(AuditChainReportSchema, "The verification report."),
    ...problemResponses("forbidden"),
  },
});
