import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { ManufacturerSchema } from "../../services/production/manufacturer-view.ts";
import { ProductionOrderSchema } from "../../services/production/production-order-view.ts";
import { ProductionPlanSchema } from "../../services/production/production-plan-view.ts";
import { ProductionRequestSchema } from "../../services/production/production-request-view.ts";
import { JOSE_CONTENT_TYPE } from "../../shared/auth/signed-documents.ts";
import * as s from "./production.schemas.ts";

const tags = ["Card production"];
const idParam = z.object({ id: z.string().max(64) });

export const registerManufacturer = defineRoute({
  access: { roles: ["issuer"] },
  method: "post",
  path: "/v1/manufacturers",
  operationId: "registerManufacturer",
  tags,
  summary: "Register a card manufacturer and its public keys",
  description: "Keys are given here, never fetched from a URL. Private keys are refused.",
  request: { body: jsonBody(s.RegisterManufacturerSchema, "The manufacturer and its two public JWKs.") },
  responses: {
    201: jsonResponse(ManufacturerSchema, "Registered; each key got its RFC 7638 thumbprint as `kid`."),
    ...problemResponses("validation_failed", "forbidden"),
  },
});

export const listManufacturers = defineRoute({
  access: { roles: ["issuer", "auditor"] },
  method: "get",
  path: "/v1/manufacturers",
  operationId: "listManufacturers",
  tags,
  summary: "Registered manufacturers",
  responses: {
    200: jsonResponse(z.object({ data: z.array(ManufacturerSchema) }), "By name."),
    ...problemResponses("forbidden"),
  },
});

export const createProductionRequest = defineRoute({
  access: { roles: ["card_admin"] },
  method: "post",
  path: "/v1/production-requests",
  operationId: "createProductionRequest",
  tags,
  summary: "A city bureau requests cards of one face value",
  request: { body: jsonBody(s.CreateProductionRequestSchema, "Face value and quantity.") },
  responses: {
    201: jsonResponse(ProductionRequestSchema, "The open request."),
    ...problemResponses("unit_not_found", "production_request_unit_invalid", "forbidden"),
  },
});

export const listProductionRequests = defineRoute({
  access: { roles: ["card_admin", "issuer", "auditor"] },
  method: "get",
  path: "/v1/production-requests",
  operationId: "listProductionRequests",
  tags,
  summary: "Production requests of your subtree",
  request: { query: z.strictObject({ state: z.enum(["open", "planned"]).optional() }) },
  responses: {
    200: jsonResponse(z.object({ data: z.array(ProductionRequestSchema) }), "Newest first, at most 500."),
    ...problemResponses("forbidden"),
  },
});

export const createProductionPlan = defineRoute({
  access: { roles: ["issuer"] },
  method: "post",
  path: "/v1/production-plans",
  operationId: "createProductionPlan",
  tags,
  summary: "Turn open requests into a production plan (another issuer approves it)",
  description:
    "Opens a maker-checker request of kind `production_plan`; approving it (POST /v1/approvals/{id}/approve " +
    "by another issuer) makes the plan orderable, rejecting it reopens its requests.",
  request: { body: jsonBody(s.CreateProductionPlanSchema, "The requests and the sell-by date.") },
  responses: {
    201: jsonResponse(ProductionPlanSchema, "The plan, pending approval."),
    ...problemResponses("validation_failed", "production_request_not_open", "forbidden"),
  },
});

export const listProductionPlans = defineRoute({
  access: { roles: ["issuer", "auditor"] },
  method: "get",
  path: "/v1/production-plans",
  operationId: "listProductionPlans",
  tags,
  summary: "Production plans of your subtree, with their lines",
  request: {
    query: z.strictObject({
      state: z.enum(["pending_approval", "approved", "rejected", "ordered"]).optional(),
    }),
  },
  responses: {
    200: jsonResponse(z.object({ data: z.array(ProductionPlanSchema) }), "Newest first, at most 100."),
    ...problemResponses("forbidden"),
  },
});

export const getProductionPlan = defineRoute({
  access: { roles: ["issuer", "auditor"] },
  method: "get",
  path: "/v1/production-plans/{id}",
  operationId: "getProductionPlan",
  tags,
  summary: "One production plan with its lines",
  request: { params: idParam },
  responses: {
    200: jsonResponse(ProductionPlanSchema, "The plan."),
    ...problemResponses("production_plan_not_found", "forbidden"),
  },
});

export const createProductionOrder = defineRoute({
  access: { roles: ["issuer"] },
  method: "post",
  path: "/v1/production-orders",
  operationId: "createProductionOrder",
  tags,
  summary: "Order an approved plan: generates the cards and the encrypted card file",
  description:
    "In one transaction: every plan line becomes a batch with its own card-number range, the cards are " +
    "created (state `generated`, PINs stored only as keyed HMACs), and the print file with the PINs is signed " +
    "by Powercard (JWS, EdDSA, key in /.well-known/jwks.json) and encrypted to the manufacturer (JWE " +
    "ECDH-ES+A256KW / A256GCM). Large plans take seconds (a million cards: well under 20 s).",
  request: { body: jsonBody(s.CreateProductionOrderSchema, "The plan and the manufacturer.") },
  responses: {
    201: jsonResponse(ProductionOrderSchema, "The order with its batches."),
    ...problemResponses(
      "production_plan_not_found",
      "manufacturer_not_found",
      "production_plan_not_orderable",
      "forbidden",
    ),
  },
});

export const listProductionOrders = defineRoute({
  access: { roles: ["issuer", "auditor"] },
  method: "get",
  path: "/v1/production-orders",
  operationId: "listProductionOrders",
  tags,
  summary: "Production orders of your subtree, with their batches and card files",
  responses: {
    200: jsonResponse(z.object({ data: z.array(ProductionOrderSchema) }), "Newest first, at most 100."),
    ...problemResponses("forbidden"),
  },
});

export const getProductionOrder = defineRoute({
  access: { roles: ["issuer", "auditor"] },
  method: "get",
  path: "/v1/production-orders/{id}",
  operationId: "getProductionOrder",
  tags,
  summary: "One production order with its batches",
  request: { params: idParam },
  responses: {
    200: jsonResponse(ProductionOrderSchema, "The order."),
    ...problemResponses("production_order_not_found", "forbidden"),
  },
});

export const downloadCardFile = defineRoute({
  access: { roles: ["issuer"] },
  method: "get",
  path: "/v1/production-orders/{id}/card-files/{part}",
  operationId: "downloadCardFile",
  tags,
  summary: "One encrypted card file for the manufacturer (audited)",
  description:
    "An order's cards come in files of about 200,000 cards (`files` in the order). Each is a compact JWE " +
    `(\`Content-Type: ${JOSE_CONTENT_TYPE}\`) only the manufacturer can decrypt; open it with ` +
    "`npm run manufacturer -- open`. Every download is recorded in the audit log.",
  request: { params: idParam.extend({ part: z.coerce.number().int().min(1).max(10_000) }) },
  responses: {
    200: {
      description: "The JWE.",
      content: { [JOSE_CONTENT_TYPE]: { schema: z.string().openapi({ description: "Compact JWE." }) } },
    },
    ...problemResponses("production_order_not_found", "card_file_not_found", "forbidden"),
  },
});

export const acknowledgeProductionOrder = defineRoute({
  access: { roles: ["issuer"] },
  method: "post",
  path: "/v1/production-orders/{id}/acknowledgements",
  operationId: "acknowledgeCardFile",
  tags,
  summary: "Record the manufacturer's signed acknowledgement of one card file",
  description:
    "The acknowledgement names the order, the file's card count and its print-file hash, signed with the " +
    "manufacturer's registered key. When every file of the order is acknowledged, the order is `acknowledged`.",
  request: { params: idParam, body: jsonBody(s.AcknowledgementSchema, "The acknowledgement JWS.") },
  responses: {
    200: jsonResponse(ProductionOrderSchema, "The order with the file's acknowledgement recorded."),
    ...problemResponses(
      "production_order_not_found",
      "card_file_already_acknowledged",
      "acknowledgement_invalid",
      "forbidden",
    ),
  },
});
