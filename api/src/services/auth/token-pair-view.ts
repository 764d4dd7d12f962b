import { z } from "@hono/zod-openapi";

export const TokenPairSchema = z
  .object({
    accessToken: z.string().openapi({ description: "EdDSA-signed JWT (typ at+jwt), valid 10 minutes." }),
    tokenType: z.literal("Bearer"),
    expiresIn: z.number().int().openapi({ example: 600 }),
    refreshToken: z
      .string()
      .optional()
      .openapi({
        description:
          "Single-use; trade it for a new pair before the access token expires. Valid 12 hours. Absent in " +
          "cookie mode (`X-Session-Mode: cookie`): the token is then in an httpOnly cookie.",
      }),
  })
  .openapi("TokenPair");
export type TokenPairView = z.infer<typeof TokenPairSchema>;

/** What login and refresh issue: always a refresh token, which cookie mode moves out of the body. */
export type TokenPair = Required<TokenPairView>;
