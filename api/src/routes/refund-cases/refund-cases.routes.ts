import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { IdempotencyHeaderSchema, jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import {
  CORRECTION_MAKER_ROLES,
  CORRECTION_READER_ROLES,
  REFUND_PAYOUT_ROLES,
} from "../../services/corrections/correction-roles.ts";
import { RefundCaseSchema } from "../../services/corrections/refund-case-view.ts";
import { CaseIdParamSchema, ListCasesQuerySchema } from "../reversal-cases/reversal-cases.schemas.ts";
import { OpenRefundCaseSchema, RecordRefundPayoutSchema } from "./refund-cases.schemas.ts";

const tags = ["Corrections"];

export const openRefundCase = defineRoute({
  access: { roles: CORRECTION_MAKER_ROLES },
  method: "post",
  path: "/v1/refund-cases",
  operationId: "openRefundCase",
  tags,
  summary: "Open a refund case for a closed account's balance (销户退费)",
  description:
    "A counter clerk opens a case for the whole balance of a closed account of a customer on their line, with the " +
    "payout method and its reference. A fund administrator (another person) approves it in the approvals inbox; " +
    "the approval books one balanced transaction in the customer's book (debit `customer_prepaid`, credit " +
    "`refunds_payable`) and the balance ends 0. Idempotency-Key required.",
  request: {
    headers: IdempotencyHeaderSchema,
    body: jsonBody(OpenRefundCaseSchema, "The closed account, the payout method and its reference."),
  },
  responses: {
    201: jsonResponse(RefundCaseSchema, "The case, pending approval (or the replay of that answer)."),
    ...problemResponses(
      "idempotency_key_missing",
      "idempotency_key_invalid",
      "malformed_json",
      "forbidden",
      "customer_not_found",
      "refund_account_not_closed",
      "refund_nothing_to_refund",
      "refund_case_exists",
      "idempotency_in_progress",
      "idempotency_key_reused",
    ),
  },
});

export const recordRefundPayout = defineRoute({
  access: { roles: REFUND_PAYOUT_ROLES },
  method: "post",
  path: "/v1/refund-cases/{id}/payout",
  operationId: "recordRefundPayout",
  tags,
  summary: "Record that an executed refund was paid out (退费支付)",
  description:
    "A fund administrator records the bank transfer's reference or the signed cash voucher once the money has " +
    "left. One balanced transaction in the customer's book (debit `refunds_payable`, credit `settlement_unified`); " +
    "the case keeps the voucher, who and when. Once per case; not by the clerk who opened it. " +
    "Idempotency-Key required.",
  request: {
    headers: IdempotencyHeaderSchema,
    params: CaseIdParamSchema,
    body: jsonBody(RecordRefundPayoutSchema, "The payout's voucher."),
  },
  responses: {
    200: jsonResponse(RefundCaseSchema, "The case with its payout (or the replay of that answer)."),
    ...problemResponses(
      "idempotency_key_missing",
      "idempotency_key_invalid",
      "malformed_json",
      "forbidden",
      "refund_case_not_found",
      "refund_not_executed",
      "refund_already_paid_out",
      "refund_payout_by_maker",
      "idempotency_in_progress",
      "idempotency_key_reused",
    ),
  },
});

export const listRefundCases = defineRoute({
  access: { roles: CORRECTION_READER_ROLES },
  method: "get",
  path: "/v1/refund-cases",
  operationId: "listRefundCases",
  tags,
  summary: "Refund cases of customers on your line, newest first",
  request: { query: ListCasesQuerySchema },
  responses: {
    200: jsonResponse(
      z.object({ data: z.array(RefundCaseSchema), nextCursor: z.string().nullable() }),
      "One page of cases.",
    ),
    ...problemResponses("forbidden"),
  },
});

export const getRefundCase = defineRoute({
  access: { roles: CORRECTION_READER_ROLES },
  method: "get",
  path: "/v1/refund-cases/{id}",
  operationId: "getRefundCase",
  tags,
  summary: "One refund case",
  request: { params: CaseIdParamSchema },
  responses: {
    200: jsonResponse(RefundCaseSchema, "The case."),
    ...problemResponses("forbidden", "refund_case_not_found"),
  },
});
