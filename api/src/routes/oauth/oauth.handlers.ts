import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { issuePartnerToken } from "../../services/oauth/issue-partner-token.ts";
import type * as routes from "./oauth.routes.ts";
import { TOKEN_PATH } from "./oauth.routes.ts";

export const issueTokenHandler =
  (deps: AppDeps): RouteHandler<typeof routes.issueToken, AppEnv> =>
  async (c) => {
    // The audience is configuration: a client-chosen Host header must not pick it (env.ts).
    const origin = typeof deps.publicBaseUrl === "function" ? deps.publicBaseUrl() : deps.publicBaseUrl;
    const tokenEndpoint = `${origin}${TOKEN_PATH}`;
    const now = deps.now?.() ?? new Date();
    c.header("Cache-Control", "no-store");
    return c.json(
      await issuePartnerToken({
        ctx: { db: deps.db, signingKeys: deps.signingKeys, now, tokenEndpoint },
        input: c.req.valid("form"),
      }),
      200,
    );
  };
