import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { CardNoSchema, jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import {
  CartonSchema,
  SHIPMENT_STATES,
  ShipmentSchema,
  ShipmentSummarySchema,
} from "../../services/custody/shipment-view.ts";

const tags = ["Custody"];
const READERS = ["issuer", "card_admin", "auditor"] as const;
/** Bodies are at most 16 KiB; 100 cartons of ~75 bytes fit comfortably. */
const MAX_CARTONS = 100;

export const CartonRangeSchema = z
  .strictObject({ firstCardNo: CardNoSchema, lastCardNo: CardNoSchema })
  .openapi("CartonRange", { description: "An inclusive range of card numbers: one carton." });

const params = z.object({ id: z.string().max(64) });

export const createShipment = defineRoute({
  access: { roles: ["issuer"] },
  method: "post",
  path: "/v1/shipments",
  operationId: "createShipment",
  tags,
  summary: "Ship the manufacturer's cartons of a production order to a city bureau",
  description:
    "Every card of every carton must be `generated`, belong to a batch of the order and be in your units; " +
    "the cards become `in_transit` with the bureau as their owner. Cartons must not overlap. All cartons " +
    "move or none does.",
  request: {
    body: jsonBody(
      z
        .strictObject({
          orderId: z.string().min(1).max(64),
          toUnitId: z.string().min(1).max(64).openapi({ description: "A city bureau of your units." }),
          cartons: z.array(CartonRangeSchema).min(1).max(MAX_CARTONS),
        })
        .openapi("CreateShipment"),
      "The order, the bureau and the cartons.",
    ),
  },
  responses: {
    201: jsonResponse(ShipmentSchema, "Shipped: the cards are in transit."),
    ...problemResponses(
      "card_range_invalid",
      "cartons_overlap",
      "forbidden",
      "unit_not_found",
      "shipment_order_not_found",
      "card_range_not_eligible",
      "shipment_destination_invalid",
    ),
  },
});

export const getShipment = defineRoute({
  access: { roles: READERS },
  method: "get",
  path: "/v1/shipments/{id}",
  operationId: "getShipment",
  tags,
  summary: "One shipment to your units, with its cartons",
  request: { params },
  responses: {
    200: jsonResponse(ShipmentSchema, "The shipment."),
    ...problemResponses("shipment_not_found", "forbidden"),
  },
});

export const listShipments = defineRoute({
  access: { roles: READERS },
  method: "get",
  path: "/v1/shipments",
  operationId: "listShipments",
  tags,
  summary: "Shipments to a unit or any unit below it, newest first",
  request: {
    query: z.strictObject({
      toUnitId: z.string().max(64).optional().openapi({ description: "Default: your unit." }),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(200).optional(),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({ data: z.array(ShipmentSummarySchema), nextCursor: z.string().nullable() }),
      "One page.",
    ),
    ...problemResponses("unit_not_found", "forbidden"),
  },
});

export const receiveShipment = defineRoute({
  access: { roles: ["card_admin"] },
  method: "post",
  path: "/v1/shipments/{id}/receipts",
  operationId: "receiveShipment",
  tags,
  summary: "Receive the cartons that arrived into the bureau's stock",
  description:
    "List the cartons that arrived. A range that is exactly a carton of the shipment is received (its cards " +
    "become `in_stock`); cartons not listed stay in transit and are reported `missing`; listed ranges that are " +
    "no carton of the shipment are reported `unexpected` and nothing is done with them. Listing a carton that " +
    "was already received refuses the whole receipt (409) with nothing changed.",
  request: {
    params,
    body: jsonBody(
      z
        .strictObject({ cartons: z.array(CartonRangeSchema).min(1).max(MAX_CARTONS) })
        .openapi("ShipmentReceipt"),
      "The cartons that arrived.",
    ),
  },
  responses: {
    200: jsonResponse(
      z
        .object({
          shipmentId: z.string(),
          state: z.enum(SHIPMENT_STATES),
          receivedCardCount: z.number().int(),
          receivedValueFen: z.number().int().openapi({ example: 1000000 }),
          received: z.array(CartonSchema).openapi({ description: "Cartons received by this receipt." }),
          missing: z
            .array(CartonSchema)
            .openapi({ description: "Cartons of the shipment still in transit." }),
          unexpected: z
            .array(z.object({ firstCardNo: z.string(), lastCardNo: z.string() }))
            .openapi({ description: "Listed ranges that are no carton of this shipment; nothing was done." }),
        })
        .openapi("ShipmentReceiptResult"),
      "What was received, what is missing, what was unexpected.",
    ),
    ...problemResponses(
      "card_range_invalid",
      "cartons_overlap",
      "forbidden",
      "shipment_not_found",
      "carton_already_received",
      "card_range_not_eligible",
    ),
  },
});
