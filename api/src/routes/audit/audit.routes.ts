import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonResponse, problemResponses } from "../../http/openapi.ts";
import { AuditEventSchema } from "../../services/audit/audit-event-view.ts";
import { AuditVerificationSchema } from "../../services/audit/audit-verification-view.ts";

const tags = ["Audit"];

export const listAuditEvents = defineRoute({
  access: { roles: ["auditor"] },
  method: "get",
  path: "/v1/audit",
  operationId: "listAuditEvents",
  tags,
  summary: "Audit events of your subtree, newest first",
  request: {
    query: z.strictObject({
      actorId: z.string().max(64).optional(),
      objectType: z.string().max(64).optional(),
      objectId: z.string().max(64).optional(),
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
    ...problemResponses("forbidden"),
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
    200: jsonResponse(AuditVerificationSchema, "The verification report."),
    ...problemResponses("forbidden"),
  },
});
