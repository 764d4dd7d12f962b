import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { IdempotencyHeaderSchema, jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { RemittanceSchema } from "../../services/remittances/remittance-view.ts";
import {
  DeclareRemittanceSchema,
  ListRemittancesQuerySchema,
  RejectRemittanceSchema,
  RemittanceIdParamSchema,
} from "./remittances.schemas.ts";

const tags = ["Funds"];
/** Who may read remittances: the outlets' fund administrators, the settlement center, audit. */
const READERS = ["fund_admin", "settlement_officer", "auditor"] as const;

export const declareRemittance = defineRoute({
  access: { roles: ["fund_admin"] },
  method: "post",
  path: "/v1/remittances",
  operationId: "declareRemittance",
  tags,
  summary: "Declare an outlet's sales remittance (售卡解款)",
  description:
    "Declares cash an outlet of your units paid into the settlement center's unified account for a business " +
    "day. Nothing is booked until the settlement center confirms it. The amount may not exceed what the " +
    "outlet sold and has not yet remitted (confirmed remittances and declarations awaiting a decision both " +
    "count); concurrent declarations for one outlet are serialized. Resend with the same Idempotency-Key " +
    "after a timeout: the first answer comes back.",
  request: {
    headers: IdempotencyHeaderSchema,
    body: jsonBody(
      DeclareRemittanceSchema,
      "The outlet, the business day, the amount and the bank reference.",
    ),
  },
  responses: {
    201: jsonResponse(RemittanceSchema, "The declared remittance (or the replay of that answer)."),
    ...problemResponses(
      "idempotency_key_missing",
      "idempotency_key_invalid",
      "business_date_in_future",
      "malformed_json",
      "forbidden",
      "unit_not_found",
      "remittance_exceeds_unremitted",
      "remittance_bank_reference_taken",
      "idempotency_in_progress",
      "idempotency_key_reused",
    ),
  },
});

export const confirmRemittance = defineRoute({
  access: { roles: ["settlement_officer"] },
  method: "post",
  path: "/v1/remittances/{id}/confirm",
  operationId: "confirmRemittance",
  tags,
  summary: "Confirm a remittance found on the bank statement",
  description:
    "The settlement center confirms a declared remittance of your units after checking its bank statement; " +
    "the declarer cannot confirm their own. One balanced ledger transaction in the outlet's book debits " +
    "`settlement_unified` and credits the outlet's `outlet_card_cash`. Idempotency-Key required.",
  request: { headers: IdempotencyHeaderSchema, params: RemittanceIdParamSchema },
  responses: {
    200: jsonResponse(RemittanceSchema, "The confirmed remittance (or the replay of that answer)."),
    ...problemResponses(
      "idempotency_key_missing",
      "idempotency_key_invalid",
      "forbidden",
      "remittance_self_decision",
      "remittance_not_found",
      "remittance_not_pending",
      "idempotency_in_progress",
      "idempotency_key_reused",
    ),
  },
});

export const rejectRemittance = defineRoute({
  access: { roles: ["settlement_officer"] },
  method: "post",
  path: "/v1/remittances/{id}/reject",
  operationId: "rejectRemittance",
  tags,
  summary: "Reject a remittance not found on the bank statement",
  description:
    "Rejects a declared remittance of your units with a reason; nothing is booked, and the amount becomes " +
    "declarable again. The declarer cannot reject their own.",
  request: {
    params: RemittanceIdParamSchema,
    body: jsonBody(RejectRemittanceSchema, "The reason."),
  },
  responses: {
    200: jsonResponse(RemittanceSchema, "The rejected remittance."),
    ...problemResponses(
      "malformed_json",
      "forbidden",
      "remittance_self_decision",
      "remittance_not_found",
      "remittance_not_pending",
    ),
  },
});

export const getRemittance = defineRoute({
  access: { roles: READERS },
  method: "get",
  path: "/v1/remittances/{id}",
  operationId: "getRemittance",
  tags,
  summary: "One remittance of your units",
  request: { params: RemittanceIdParamSchema },
  responses: {
    200: jsonResponse(RemittanceSchema, "The remittance."),
    ...problemResponses("forbidden", "remittance_not_found"),
  },
});

export const listRemittances = defineRoute({
  access: { roles: READERS },
  method: "get",
  path: "/v1/remittances",
  operationId: "listRemittances",
  tags,
  summary: "Remittances of your units, newest first",
  request: { query: ListRemittancesQuerySchema },
  responses: {
    200: jsonResponse(
      z.object({ data: z.array(RemittanceSchema), nextCursor: z.string().nullable() }),
      "One page of remittances.",
    ),
    ...problemResponses("forbidden", "unit_not_found"),
  },
});
