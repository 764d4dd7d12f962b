import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { JOSE_CONTENT_TYPE, RECONCILIATION_TYP } from "../../shared/auth/signed-documents.ts";
import { BusinessDateSchema } from "../../shared/business-day.ts";

export const getReconciliation = defineRoute({
  method: "get",
  path: "/v1/reconciliation/{date}",
  operationId: "getReconciliationFile",
  tags: ["Partners"],
  access: { clients: ["partner"], operation: "reconciliation:read" },
  summary: "Your signed reconciliation file for a business day",
  description:
    "Every recharge and top-up you made on one Asia/Shanghai business day, with counts and totals, as a " +
    `compact JWS (\`Content-Type: ${JOSE_CONTENT_TYPE}\`) signed by Powercard: header \`alg: EdDSA\`, ` +
    `\`typ: ${RECONCILIATION_TYP}\`, \`kid\`. Verify it against \`/.well-known/jwks.json\` and check \`typ\` ` +
    "and `clientId`; the payload is a `ReconciliationFile` (see components). Today's file covers the day so " +
    "far; a day without activity gives a signed file with empty lists.",
  request: { params: z.object({ date: BusinessDateSchema }) },
  responses: {
    200: {
      description: "The signed file.",
      content: {
        [JOSE_CONTENT_TYPE]: {
          schema: z.string().openapi({ description: "Compact JWS whose payload is a ReconciliationFile." }),
        },
      },
    },
    ...problemResponses("forbidden", "business_date_in_future"),
  },
});
