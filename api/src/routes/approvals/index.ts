import { z } from "@hono/zod-openapi";
import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { staffContext } from "../../http/service-context.ts";
import {
  ApprovalSchema,
  APPROVAL_STATES as STATES,
  toApprovalView,
} from "../../services/approvals/approval-view.ts";
import { decideApproval, getApproval, listApprovals } from "../../services/approvals/decide-approval.ts";

const tags = ["Approvals (maker-checker)"];
/** Everyone who may be a maker or a checker; sysadmins do no business, clerks need no approvals. */
const DECIDERS = ["issuer", "card_admin", "fund_admin", "settlement_officer"] as const;
const READERS = [...DECIDERS, "auditor"] as const;

const params = z.object({ approvalId: z.string().max(64) });
const decisionBody = jsonBody(z.strictObject({ note: z.string().max(500).optional() }), "An optional note.");
const decisionErrors = problemResponses(
  "approval_not_found",
  "approval_not_pending",
  "approval_self_decision",
  "forbidden",
  // An approved card destruction whose cards are no longer all scrapped: nothing changes.
  "card_range_not_eligible",
);

const list = defineRoute({
  access: { roles: READERS },
  method: "get",
  path: "/v1/approvals",
  operationId: "listApprovals",
  tags,
  summary: "Approval requests of your subtree",
  request: { query: z.strictObject({ state: z.enum(STATES).optional() }) },
  responses: {
    200: jsonResponse(z.object({ data: z.array(ApprovalSchema) }), "Newest first, at most 200."),
    ...problemResponses("forbidden"),
  },
});

const get = defineRoute({
  access: { roles: READERS },
  method: "get",
  path: "/v1/approvals/{approvalId}",
  operationId: "getApproval",
  tags,
  summary: "One approval request",
  request: { params },
  responses: {
    200: jsonResponse(ApprovalSchema, "The request."),
    ...problemResponses("approval_not_found", "forbidden"),
  },
});

const approve = defineRoute({
  access: { roles: DECIDERS },
  method: "post",
  path: "/v1/approvals/{approvalId}/approve",
  operationId: "approveRequest",
  tags,
  summary: "Approve a request (not your own); what it asks for happens now",
  request: { params, body: decisionBody },
  responses: { 200: jsonResponse(ApprovalSchema, "Approved."), ...decisionErrors },
});

const reject = defineRoute({
  access: { roles: DECIDERS },
  method: "post",
  path: "/v1/approvals/{approvalId}/reject",
  operationId: "rejectRequest",
  tags,
  summary: "Reject a request (not your own)",
  request: { params, body: decisionBody },
  responses: { 200: jsonResponse(ApprovalSchema, "Rejected."), ...decisionErrors },
});

export function approvalsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(list, async (c) =>
      c.json({ data: await listApprovals({ ctx: staffContext(c, deps), input: c.req.valid("query") }) }, 200),
    )
    .openapi(get, async (c) =>
      c.json(
        toApprovalView(
          await getApproval({ ctx: staffContext(c, deps), input: { id: c.req.valid("param").approvalId } }),
        ),
        200,
      ),
    )
    .openapi(approve, async (c) =>
      c.json(
        await decideApproval({
          ctx: staffContext(c, deps),
          input: {
            id: c.req.valid("param").approvalId,
            decision: "approved",
            note: c.req.valid("json").note,
          },
        }),
        200,
      ),
    )
    .openapi(reject, async (c) =>
      c.json(
        await decideApproval({
          ctx: staffContext(c, deps),
          input: {
            id: c.req.valid("param").approvalId,
            decision: "rejected",
            note: c.req.valid("json").note,
          },
        }),
        200,
      ),
    );
}
