import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { IdempotencyHeaderSchema, jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import {
  CORRECTION_MAKER_ROLES,
  CORRECTION_READER_ROLES,
} from "../../services/corrections/correction-roles.ts";
import { ReversalCaseSchema, ReversalPreviewSchema } from "../../services/corrections/reversal-case-view.ts";
import {
  CaseIdParamSchema,
  ListCasesQuerySchema,
  OpenReversalCaseSchema,
  ReversalPreviewQuerySchema,
} from "./reversal-cases.schemas.ts";

const tags = ["Corrections"];

export const previewReversal = defineRoute({
  access: { roles: CORRECTION_MAKER_ROLES },
  method: "get",
  path: "/v1/reversal-previews",
  operationId: "previewReversal",
  tags,
  summary: "Look up a credit to reverse (冲正): both customers' masked names, before a case is opened",
  description:
    "Finds a recharge or top-up of a customer on your line by its 流水号 or the used card's number, and shows the " +
    "wrongly credited customer's masked name and balance, the right customer's masked name, and whether a case " +
    "may be opened now (window, unspent value, no other case). Nothing changes.",
  request: { query: ReversalPreviewQuerySchema },
  responses: {
    200: jsonResponse(ReversalPreviewSchema, "The credit and both customers."),
    ...problemResponses("forbidden", "credit_not_found"),
  },
});

export const openReversalCase = defineRoute({
  access: { roles: CORRECTION_MAKER_ROLES },
  method: "post",
  path: "/v1/reversal-cases",
  operationId: "openReversalCase",
  tags,
  summary: "Open a reversal case for a credit to the wrong 户号 (冲正 / 退回)",
  description:
    "A counter clerk opens a case with the reason and the evidence checked. Nothing moves until a fund " +
    "administrator (another person) approves the case's request in the approvals inbox; the approval then " +
    "moves the value in two balanced ledger transactions, one in each customer's book, or back to its source. " +
    "Refused when the credit is older than the window (REVERSAL_WINDOW_DAYS, default 30), its value is no longer " +
    "in the balance, it already has a case, or the right customer is unknown, the same or closed. " +
    "Idempotency-Key required.",
  request: {
    headers: IdempotencyHeaderSchema,
    body: jsonBody(OpenReversalCaseSchema, "The credit, where its value goes, the reason and the evidence."),
  },
  responses: {
    201: jsonResponse(ReversalCaseSchema, "The case, pending approval (or the replay of that answer)."),
    ...problemResponses(
      "idempotency_key_missing",
      "idempotency_key_invalid",
      "malformed_json",
      "forbidden",
      "credit_not_found",
      "reversal_window_passed",
      "reversal_case_exists",
      "reversal_value_spent",
      "reversal_target_invalid",
      "idempotency_in_progress",
      "idempotency_key_reused",
    ),
  },
});

export const listReversalCases = defineRoute({
  access: { roles: CORRECTION_READER_ROLES },
  method: "get",
  path: "/v1/reversal-cases",
  operationId: "listReversalCases",
  tags,
  summary: "Reversal cases of customers on your line, newest first",
  request: { query: ListCasesQuerySchema },
  responses: {
    200: jsonResponse(
      z.object({ data: z.array(ReversalCaseSchema), nextCursor: z.string().nullable() }),
      "One page of cases.",
    ),
    ...problemResponses("forbidden"),
  },
});

export const getReversalCase = defineRoute({
  access: { roles: CORRECTION_READER_ROLES },
  method: "get",
  path: "/v1/reversal-cases/{id}",
  operationId: "getReversalCase",
  tags,
  summary: "One reversal case",
  request: { params: CaseIdParamSchema },
  responses: {
    200: jsonResponse(ReversalCaseSchema, "The case."),
    ...problemResponses("forbidden", "reversal_case_not_found"),
  },
});
