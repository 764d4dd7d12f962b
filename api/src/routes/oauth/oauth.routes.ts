import { z } from "@hono/zod-openapi";
import { CLIENT_OPERATIONS } from "@powercard/db";
import { defineRoute } from "../../http/define-route.ts";
import { jsonResponse, problemResponses } from "../../http/openapi.ts";
import { CLIENT_ASSERTION_TYPE } from "../../services/oauth/issue-partner-token.ts";

export const TOKEN_PATH = "/v1/oauth/token";

const TokenRequestSchema = z
  .object({
    grant_type: z.string().max(64).openapi({ example: "client_credentials" }),
    client_assertion_type: z.string().max(128).openapi({ example: CLIENT_ASSERTION_TYPE }),
    client_assertion: z.string().max(8192).openapi({
      description:
        "A JWT signed with your registered key (ES256 or EdDSA): iss = sub = your client id, aud = this endpoint's URL, exp ≤ 5 min ahead, a fresh jti.",
    }),
    scope: z
      .string()
      .max(500)
      .optional()
      .openapi({
        description: `Space-separated operations, from: ${CLIENT_OPERATIONS.join(" ")}. Default: all you are allowed.`,
      }),
  })
  .openapi("TokenRequest");

export const issueToken = defineRoute({
  access: { public: true },
  method: "post",
  path: TOKEN_PATH,
  operationId: "issueToken",
  tags: ["Partner authentication"],
  summary:
    "Get an access token with a signed client assertion (OAuth 2.0 client credentials, private_key_jwt)",
  description:
    "RFC 6749 client credentials grant with RFC 7523 client authentication. Every failure of the assertion " +
    "is 401 `invalid_client` and issues nothing. Each assertion (its jti) works once.",
  request: {
    body: {
      required: true,
      content: { "application/x-www-form-urlencoded": { schema: TokenRequestSchema } },
    },
  },
  responses: {
    200: jsonResponse(
      z
        .object({
          access_token: z.string(),
          token_type: z.literal("Bearer"),
          expires_in: z.number().int().openapi({ example: 600 }),
          scope: z.string().openapi({ example: "cards:verify recharges:write recharges:read" }),
        })
        .openapi("TokenResponse"),
      "A 10-minute access token for `Authorization: Bearer …`.",
    ),
    ...problemResponses("invalid_client", "unsupported_grant_type", "invalid_scope"),
  },
});
