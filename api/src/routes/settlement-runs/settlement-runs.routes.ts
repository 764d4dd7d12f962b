import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { SettlementRunSchema } from "../../services/settlement/settlement-run-view.ts";
import {
  CreateSettlementRunSchema,
  ListSettlementRunsQuerySchema,
  SettlementRunIdParamSchema,
} from "./settlement-runs.schemas.ts";

const tags = ["Funds"];

export const createSettlementRun = defineRoute({
  access: { roles: ["settlement_officer"] },
  method: "post",
  path: "/v1/settlement-runs",
  operationId: "createSettlementRun",
  tags,
  summary: "Compute a month's card-fund return (资金返还) and ask for its approval",
  description:
    "A settlement officer of the settlement center (the root unit) computes, per accounting unit, what its " +
    "customers were credited by card recharges and partner top-ups with business dates up to the end of the " +
    "period, minus what approved runs already returned to the unit, and the unified account's balance and " +
    "shortfall. Nothing is booked: the run opens an approval (kind `settlement_run`) that another settlement " +
    "officer decides with `POST /v1/approvals/{approvalId}/approve` or `/reject`. Approval books one " +
    "transaction per unit (debit `unit_fee_account`, credit `settlement_unified`); on a shortfall the " +
    "unified balance is shared pro rata and the rest stays due. One run per period unless rejected, and one " +
    "undecided run at a time: otherwise 409 naming the existing run. No Idempotency-Key: the period is the key.",
  request: { body: jsonBody(CreateSettlementRunSchema, "The month to settle.") },
  responses: {
    201: jsonResponse(SettlementRunSchema, "The run, awaiting approval."),
    ...problemResponses(
      "malformed_json",
      "forbidden",
      "settlement_period_not_finished",
      "settlement_run_exists",
      "settlement_run_pending",
    ),
  },
});

export const getSettlementRun = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor"] },
  method: "get",
  path: "/v1/settlement-runs/{id}",
  operationId: "getSettlementRun",
  tags,
  summary: "One settlement run with its lines",
  request: { params: SettlementRunIdParamSchema },
  responses: {
    200: jsonResponse(SettlementRunSchema, "The run."),
    ...problemResponses("forbidden", "settlement_run_not_found"),
  },
});

export const listSettlementRuns = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor"] },
  method: "get",
  path: "/v1/settlement-runs",
  operationId: "listSettlementRuns",
  tags,
  summary: "Settlement runs, newest period first",
  description: "Runs made by units in your subtree, optionally of one period (rejected runs included).",
  request: { query: ListSettlementRunsQuerySchema },
  responses: {
    200: jsonResponse(z.object({ data: z.array(SettlementRunSchema) }), "The runs (at most 120)."),
    ...problemResponses("forbidden"),
  },
});
