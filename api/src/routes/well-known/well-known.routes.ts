import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonResponse } from "../../http/openapi.ts";

export const getJwks = defineRoute({
  access: { public: true },
  method: "get",
  path: "/.well-known/jwks.json",
  operationId: "getJwks",
  tags: ["Keys"],
  summary: "Powercard's public signing keys (JWK Set)",
  description: "Verify tokens and signed documents from Powercard with these keys, chosen by `kid`.",
  responses: {
    200: jsonResponse(
      z.object({ keys: z.array(z.record(z.string(), z.unknown())) }).openapi("JwkSet"),
      "The current and still-valid previous public keys.",
    ),
  },
});
