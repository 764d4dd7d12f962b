import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonResponse, problemResponses } from "../../http/openapi.ts";
import { CardConservationSchema } from "../../services/inventory/card-conservation-view.ts";
import { InventorySchema } from "../../services/inventory/inventory-view.ts";

const tags = ["Inventory"];

export const getInventory = defineRoute({
  access: { roles: ["card_admin", "issuer", "auditor"] },
  method: "get",
  path: "/v1/inventory",
  operationId: "getInventory",
  tags,
  summary: "Cards by unit × face value × state for a unit's subtree",
  description:
    "Each card counts at its owner unit: cards in transit at the bureau they are shipped to, cards held by a " +
    "clerk at the clerk's unit. Units without cards have no rows.",
  request: {
    query: z.strictObject({
      unitId: z.string().max(64).optional().openapi({ description: "Default: your unit." }),
    }),
  },
  responses: {
    200: jsonResponse(InventorySchema, "The inventory."),
    ...problemResponses("unit_not_found", "forbidden"),
  },
});

export const checkCardConservation = defineRoute({
  access: { roles: ["issuer", "auditor"] },
  method: "get",
  path: "/v1/inventory/conservation",
  operationId: "checkCardConservation",
  tags,
  summary: "For every batch: generated = the sum of its cards over all states, in count and value",
  description:
    "Covers batches made with a known quantity (production orders) meant for your units. A batch is " +
    "`balanced` when its card rows add up to its quantity and to quantity × face value; `balanced` at the " +
    "top is true when every batch is.",
  responses: {
    200: jsonResponse(CardConservationSchema, "The check, batch by batch."),
    ...problemResponses("forbidden"),
  },
});
