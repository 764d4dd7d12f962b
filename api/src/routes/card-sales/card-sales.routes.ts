import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { IdempotencyHeaderSchema, jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { CardSaleSchema } from "../../services/cards/card-sale-view.ts";
import { CreateCardSaleSchema, ListCardSalesQuerySchema } from "./card-sales.schemas.ts";

const tags = ["Card sales"];
/** Who may read sales: the sellers, their card and fund administrators, settlement, audit. */
const READERS = ["clerk", "card_admin", "fund_admin", "settlement_officer", "auditor"] as const;

export const createCardSale = defineRoute({
  access: { roles: ["clerk"] },
  method: "post",
  path: "/v1/card-sales",
  operationId: "createCardSale",
  tags,
  summary: "Sell a card or a range of cards at your outlet",
  description:
    "Every card must be in stock at your outlet, unassigned or handed to you, and its batch's sell-by date " +
    "(if any) must not have passed (Asia/Shanghai). The cards become `sold` — only now can they be recharged — " +
    "and the sale's amount is booked as cash your outlet owes against the card float, all at once or not at all. " +
    "If the call times out, resend it with the same Idempotency-Key: the first answer comes back.",
  request: {
    headers: IdempotencyHeaderSchema,
    body: jsonBody(CreateCardSaleSchema, "The first and (for a range) last card number sold."),
  },
  responses: {
    201: jsonResponse(CardSaleSchema, "The sale (or the replay of that answer)."),
    ...problemResponses(
      "idempotency_key_missing",
      "idempotency_key_invalid",
      "card_range_invalid",
      "malformed_json",
      "forbidden",
      "card_range_not_eligible",
      "card_expired_for_sale",
      "idempotency_in_progress",
      "payload_too_large",
      "idempotency_key_reused",
    ),
  },
});

export const getCardSale = defineRoute({
  access: { roles: READERS },
  method: "get",
  path: "/v1/card-sales/{id}",
  operationId: "getCardSale",
  tags,
  summary: "One card sale of your units",
  request: {
    params: z.object({ id: z.string().max(64).openapi({ example: "sal_01jq3v6k9xf0b8e4mz7t2c5n1r" }) }),
  },
  responses: {
    200: jsonResponse(CardSaleSchema, "The sale."),
    ...problemResponses("forbidden", "sale_not_found"),
  },
});

export const listCardSales = defineRoute({
  access: { roles: READERS },
  method: "get",
  path: "/v1/card-sales",
  operationId: "listCardSales",
  tags,
  summary: "Card sales of your units, newest first",
  request: { query: ListCardSalesQuerySchema },
  responses: {
    200: jsonResponse(
      z.object({ data: z.array(CardSaleSchema), nextCursor: z.string().nullable() }),
      "One page of sales.",
    ),
    ...problemResponses("forbidden", "unit_not_found"),
  },
});
