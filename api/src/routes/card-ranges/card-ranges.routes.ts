import { defineRoute } from "../../http/define-route.ts";
import {
  jsonBody,
  jsonResponse,
  OptionalIdempotencyHeaderSchema,
  problemResponses,
} from "../../http/openapi.ts";
import { ApprovalSchema } from "../../services/approvals/approval-view.ts";
import { CardRangeResultSchema } from "../../services/cards/card-range-result-view.ts";
import { CardRangeActionSchema } from "./card-ranges.schemas.ts";

const tags = ["Card ranges"];
const access = { roles: ["card_admin"] } as const;
const body = jsonBody(CardRangeActionSchema, "The range (inclusive) and the reason.");
const errors = problemResponses(
  "card_range_invalid",
  "malformed_json",
  "forbidden",
  "card_range_not_eligible",
  "idempotency_key_invalid",
  "idempotency_in_progress",
  "idempotency_key_reused",
);
const ONCE =
  " An optional Idempotency-Key makes a retry (a double click, a timeout) answer the first result; the " +
  "same key with another body is 422.";
const ALL_OR_NOTHING =
  "Every card of the range must be owned by a unit of yours and be in a state the move allows; otherwise " +
  "409 `card_range_not_eligible` says what stood in the way and nothing is changed.";

const rangeRoute = (action: "freeze" | "unfreeze" | "scrap", summary: string, description: string) =>
  defineRoute({
    access,
    method: "post",
    path: `/v1/card-ranges/${action}`,
    operationId: `${action}CardRange`,
    tags,
    summary,
    description: `${description} ${ALL_OR_NOTHING}${ONCE}`,
    request: { headers: OptionalIdempotencyHeaderSchema, body },
    responses: { 200: jsonResponse(CardRangeResultSchema, "Every card of the range moved."), ...errors },
  });

export const freezeCardRange = rangeRoute(
  "freeze",
  "Freeze a range reported lost or stolen",
  "Cards in transit, in stock or sold become `frozen`: they cannot be sold, recharged (`card_frozen`), " +
    "transferred or shipped until unfrozen. Each card remembers its state.",
);

export const unfreezeCardRange = rangeRoute(
  "unfreeze",
  "Unfreeze a range found again",
  "Every card returns to exactly the state it had when it was frozen.",
);

export const scrapCardRange = rangeRoute(
  "scrap",
  "Scrap unsold cards (damaged, or past their sell-by date)",
  "Cards in stock become `scrapped`; they are destroyed later with a destruction request and a second " +
    "card administrator's approval.",
);

export const requestCardDestruction = defineRoute({
  access,
  method: "post",
  path: "/v1/card-ranges/destruction-requests",
  operationId: "requestCardDestruction",
  tags,
  summary: "Ask to destroy a scrapped range (another card admin approves)",
  description:
    "Opens a maker-checker request of kind `card_destruction`. Every card of the range must be `scrapped` " +
    "in your units. When another card administrator covering the cards' unit approves it " +
    "(`POST /v1/approvals/{approvalId}/approve`), the range becomes `destroyed` in the same transaction; if a " +
    "card is no longer scrapped by then, the approval fails with 409 and nothing changes." +
    ONCE,
  request: { headers: OptionalIdempotencyHeaderSchema, body },
  responses: { 201: jsonResponse(ApprovalSchema, "The approval request."), ...errors },
});
