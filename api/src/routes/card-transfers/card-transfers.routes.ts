import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { CardNoSchema, jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { CardTransferSchema, TRANSFER_STATES as STATES } from "../../services/custody/transfer-view.ts";

const tags = ["Custody"];
const READERS = ["card_admin", "clerk", "auditor"] as const;

const params = z.object({ id: z.string().max(64) });

export const sendCards = defineRoute({
  access: { roles: ["card_admin"] },
  method: "post",
  path: "/v1/card-transfers",
  operationId: "sendCards",
  tags,
  summary: "Send a range of cards to a child unit or to a clerk (分发)",
  description:
    "The range must be in the sending unit's own stock (`in_stock`, held by no clerk). `toUnitId` is a direct " +
    "child unit of `fromUnitId`, or `fromUnitId` itself when the cards go to one of its clerks; `toUserId` " +
    "names a clerk of `toUnitId`. The cards are `in_transfer` until the receiver confirms.",
  request: {
    body: jsonBody(
      z
        .strictObject({
          fromUnitId: z.string().min(1).max(64),
          toUnitId: z.string().min(1).max(64),
          toUserId: z.string().min(1).max(64).optional(),
          firstCardNo: CardNoSchema,
          lastCardNo: CardNoSchema,
        })
        .openapi("SendCards"),
      "Who sends, who receives, which range.",
    ),
  },
  responses: {
    201: jsonResponse(CardTransferSchema, "Sent: the cards are in transfer."),
    ...problemResponses(
      "card_range_invalid",
      "forbidden",
      "unit_not_found",
      "card_range_not_eligible",
      "transfer_target_invalid",
    ),
  },
});

export const receiveTransfer = defineRoute({
  access: { roles: ["card_admin", "clerk"] },
  method: "post",
  path: "/v1/card-transfers/{id}/receipt",
  operationId: "receiveCardTransfer",
  tags,
  summary: "Confirm receipt of a transfer (领用)",
  description:
    "A transfer to a unit is received by a card_admin of that unit's units other than the sender; a transfer to " +
    "a clerk only by that clerk. The cards become `in_stock` of the receiving unit, held by the clerk if named.",
  request: { params },
  responses: {
    200: jsonResponse(CardTransferSchema, "Received."),
    ...problemResponses(
      "transfer_not_found",
      "transfer_receiver_is_sender",
      "transfer_receiver_invalid",
      "forbidden",
      "transfer_already_received",
      "card_range_not_eligible",
    ),
  },
});

export const getTransfer = defineRoute({
  access: { roles: READERS },
  method: "get",
  path: "/v1/card-transfers/{id}",
  operationId: "getCardTransfer",
  tags,
  summary: "One transfer to a unit of yours",
  request: { params },
  responses: {
    200: jsonResponse(CardTransferSchema, "The transfer."),
    ...problemResponses("transfer_not_found", "forbidden"),
  },
});

export const listTransfers = defineRoute({
  access: { roles: READERS },
  method: "get",
  path: "/v1/card-transfers",
  operationId: "listCardTransfers",
  tags,
  summary: "Transfers sent from or to a unit, newest first",
  request: {
    query: z.strictObject({
      unitId: z.string().max(64).optional().openapi({ description: "Default: your unit." }),
      state: z.enum(STATES).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(200).optional(),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({ data: z.array(CardTransferSchema), nextCursor: z.string().nullable() }),
      "One page.",
    ),
    ...problemResponses("unit_not_found", "forbidden"),
  },
});
