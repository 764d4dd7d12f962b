import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonResponse, problemResponses } from "../../http/openapi.ts";
import { MovementPageSchema } from "../../services/movements/movement-view.ts";
import { JOSE_CONTENT_TYPE, MOVEMENTS_TYP } from "../../shared/auth/signed-documents.ts";
import { BusinessDateSchema } from "../../shared/business-day.ts";

const tags = ["Marketing system"];
export const MAX_MOVEMENTS_PAGE_SIZE = 1_000;

export const listMovements = defineRoute({
  method: "get",
  path: "/v1/movements",
  operationId: "listMovements",
  tags,
  access: { clients: "any", operation: "movements:read" },
  summary: "The feed of prepaid-account movements, after a position",
  description:
    "Every movement of a customer's prepaid account — recharges, top-ups, bill payments, and the kinds " +
    "corrections add (reversals, refunds) — once, in one order that never changes. Start with `after=0`, " +
    "store each page, then ask again with its `next`; an empty page means nothing new yet (poll again in a " +
    "few seconds). Replaying from any position you have seen gives the same movements again. A movement " +
    "that commits late is given a later position, so a reader never misses one behind its cursor. " +
    "Movements appear a second or two after they are booked.",
  request: {
    query: z.strictObject({
      after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0).openapi({
        description: "The last position you stored (a `next` of this feed); 0 for the beginning.",
        example: 0,
      }),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(MAX_MOVEMENTS_PAGE_SIZE)
        .default(500)
        .openapi({ example: 500 }),
    }),
  },
  responses: {
    200: jsonResponse(MovementPageSchema, "The movements after `after`, at most `limit`."),
    ...problemResponses("forbidden", "movement_position_ahead"),
  },
});

export const getMovementFile = defineRoute({
  method: "get",
  path: "/v1/movements/files/{date}",
  operationId: "getMovementFile",
  tags,
  access: { clients: "any", operation: "movements:read" },
  summary: "The signed file of one business day's movements",
  description:
    "The same movements as the feed, of one Asia/Shanghai business day, with totals per kind, as a compact " +
    `JWS (\`Content-Type: ${JOSE_CONTENT_TYPE}\`) signed by Powercard: header \`alg: EdDSA\`, ` +
    `\`typ: ${MOVEMENTS_TYP}\`, \`kid\`. Verify it against \`/.well-known/jwks.json\` and check \`typ\`; the ` +
    "payload is a `MovementFile` (see components). The day's file is `final` once the day closed more " +
    "than an hour ago and every movement of it has a position; before that it covers the day so far.",
  request: { params: z.object({ date: BusinessDateSchema }) },
  responses: {
    200: {
      description: "The signed file.",
      content: {
        [JOSE_CONTENT_TYPE]: {
          schema: z.string().openapi({ description: "Compact JWS whose payload is a MovementFile." }),
        },
      },
    },
    ...problemResponses("forbidden", "business_date_in_future"),
  },
});
