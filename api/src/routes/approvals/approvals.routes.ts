import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { ApprovalSchema, APPROVAL_STATES as STATES } from "../../services/approvals/approval-view.ts";

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
  // An approved correction whose money is no longer there, or whose right customer closed meanwhile.
  "reversal_value_spent",
  "reversal_window_passed_at_approval",
  "reversal_target_invalid",
  "refund_balance_changed",
);

export const listApprovals = defineRoute({
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

export const getApproval = defineRoute({
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

export const approveRequest = defineRoute({
  access: { roles: DECIDERS },
  method: "post",
  path: "/v1/approvals/{approvalId}/approve",
  operationId: "approveRequest",
  tags,
  summary: "Approve a request (not your own); what it asks for happens now",
  request: { params, body: decisionBody },
  responses: { 200: jsonResponse(ApprovalSchema, "Approved."), ...decisionErrors },
});

export const rejectRequest = defineRoute({
  access: { roles: DECIDERS },
  method: "post",
  path: "/v1/approvals/{approvalId}/reject",
  operationId: "rejectRequest",
  tags,
  summary: "Reject a request (not your own)",
  request: { params, body: decisionBody },
  responses: { 200: jsonResponse(ApprovalSchema, "Rejected."), ...decisionErrors },
});
