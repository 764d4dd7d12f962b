import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps } from "./app-env.ts";
import { CHANNEL_API_KEY, requireClient } from "./lib/auth/require-client.ts";
import { createRouter } from "./lib/create-router.ts";
import { DomainError } from "./lib/errors.ts";
import { onError } from "./lib/on-error.ts";
import { requestId } from "./lib/request-id.ts";
import { requestLogger } from "./lib/request-logger.ts";
import { accountsRouter } from "./routes/accounts/index.ts";
import { cardsRouter } from "./routes/cards/index.ts";
import { healthRouter } from "./routes/health/index.ts";
import { rechargesRouter } from "./routes/recharges/index.ts";
import { createClientAuthenticator } from "./services/channels/authenticate-client.ts";

/** Request bodies are small JSON documents; anything bigger is refused before it is parsed. */
export const MAX_BODY_BYTES = 16 * 1024;

export const OPENAPI_CONFIG = {
  openapi: "3.1.0",
  info: {
    title: "Powercard API",
    version: "0.1.0",
    description:
      "Prepaid electricity recharge cards: verify a card, recharge it into a customer's prepaid account, " +
      "read the account. Amounts are integer fen (CNY). Errors are application/problem+json with a stable " +
      "`code`. Money-moving requests require an Idempotency-Key.",
  },
} as const;

/** Builds the whole API from its dependencies; no side effects, so tests build their own. */
export function createApp(deps: AppDeps) {
  const app = createRouter();
  const authenticate = createClientAuthenticator(deps.db);

  app.use("*", requestId, requestLogger(deps.logger), secureHeaders());
  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new DomainError("payload_too_large");
      },
    }),
  );
  app.use("/v1/*", async (c, next) => {
    const hasBody = c.req.method === "POST" || c.req.method === "PUT" || c.req.method === "PATCH";
    const type = c.req.header("Content-Type") ?? "";
    if (hasBody && !/^application\/json\s*(;|$)/i.test(type)) throw new DomainError("unsupported_media_type");
    await next();
  });
  app.use("/v1/*", requireClient(authenticate));

  app.route("/", healthRouter(deps));
  app.route("/", rechargesRouter(deps));
  app.route("/", cardsRouter(deps));
  app.route("/", accountsRouter(deps));

  app.openAPIRegistry.registerComponent("securitySchemes", CHANNEL_API_KEY, {
    type: "http",
    scheme: "bearer",
    description: "The API key issued to your channel client: `Authorization: Bearer pk_…`.",
  });
  app.doc31("/openapi.json", OPENAPI_CONFIG);

  app.notFound(() => {
    throw new DomainError("not_found");
  });
  app.onError(onError(deps.logger));
  return app;
}

export type App = ReturnType<typeof createApp>;
