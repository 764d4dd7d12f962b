import type { MiddlewareHandler } from "hono";
import { admissionControl } from "./http/admission-control.ts";
import type { AppDeps, AppEnv } from "./http/app-env.ts";
import { authenticate } from "./http/auth/authenticate.ts";
import { createRouter } from "./http/create-router.ts";
import { createDatabaseWatch } from "./http/database-watch.ts";
import { ACCESS_RULES, CHANNEL_API_KEY, STAFF_TOKEN } from "./http/define-route.ts";
import { onError } from "./http/on-error.ts";
import { applyLimits } from "./http/rate-limit.ts";
import { createReplicaReads } from "./http/replica-reads.ts";
import { type BodyRule, checkRequestBody } from "./http/request-body.ts";
import { DEFAULT_REQUEST_TIMEOUT_MS, requestDeadline } from "./http/request-deadline.ts";
import { requestId } from "./http/request-id.ts";
import { requestLogger } from "./http/request-logger.ts";
import { responseHeaders } from "./http/response-headers.ts";
import { STALE_READ_ROUTES } from "./http/stale-reads.ts";
import { accountsRouter } from "./routes/accounts/index.ts";
import { approvalsRouter } from "./routes/approvals/index.ts";
import { auditRouter } from "./routes/audit/index.ts";
import { authRouter } from "./routes/auth/index.ts";
import { BILLS_CSV_PATH, BILLS_PATH, billsRouter } from "./routes/bills/index.ts";
import { cardRangesRouter } from "./routes/card-ranges/index.ts";
import { cardSalesRouter } from "./routes/card-sales/index.ts";
import { cardTransfersRouter } from "./routes/card-transfers/index.ts";
import { cardsRouter } from "./routes/cards/index.ts";
import { channelClientsRouter } from "./routes/channel-clients/index.ts";
import { ivrRouter } from "./routes/channels/ivr/index.ts";
import { smsRouter } from "./routes/channels/sms/index.ts";
import {
  CUSTOMER_IMPORTS_CSV_PATH,
  CUSTOMER_IMPORTS_PATH,
  customerImportsRouter,
} from "./routes/customer-imports/index.ts";
import { healthRouter } from "./routes/health/index.ts";
import { inventoryRouter } from "./routes/inventory/index.ts";
import { metricsRouter } from "./routes/metrics/index.ts";
import { movementsRouter } from "./routes/movements/index.ts";
import { oauthRouter, TOKEN_PATH } from "./routes/oauth/index.ts";
import { partnersRouter } from "./routes/partners/index.ts";
import { productionRouter } from "./routes/production/index.ts";
import { publicCardsRouter } from "./routes/public-cards/index.ts";
import { publicOutletsRouter } from "./routes/public-outlets/index.ts";
import { publicRechargesRouter } from "./routes/public-recharges/index.ts";
import { rechargePreviewsRouter } from "./routes/recharge-previews/index.ts";
import { rechargesRouter } from "./routes/recharges/index.ts";
import { reconciliationRouter } from "./routes/reconciliation/index.ts";
import { refundCasesRouter } from "./routes/refund-cases/index.ts";
import { remittancesRouter } from "./routes/remittances/index.ts";
import { reportsRouter } from "./routes/reports/index.ts";
import { reversalCasesRouter } from "./routes/reversal-cases/index.ts";
import { settlementRunsRouter } from "./routes/settlement-runs/index.ts";
import { shipmentsRouter } from "./routes/shipments/index.ts";
import { topupsRouter } from "./routes/topups/index.ts";
import { unitStaffRouter } from "./routes/unit-staff/index.ts";
import { unitsRouter } from "./routes/units/index.ts";
import { usersRouter } from "./routes/users/index.ts";
import { wellKnownRouter } from "./routes/well-known/index.ts";
import { createClientAuthenticator } from "./services/channels/authenticate-client.ts";
import { createLimiter } from "./services/limits/limiter.ts";
import { createStaffLoader } from "./services/staff/load-staff-principal.ts";
import { DomainError } from "./shared/errors.ts";

/** Request bodies are small JSON documents; anything bigger is refused before it is parsed. */
export const MAX_BODY_BYTES = 16 * 1024;
/** Except bill imports: up to 1,000 bills per request. */
export const MAX_BILL_IMPORT_BYTES = 512 * 1024;
/** A JSON batch of up to 10,000 customers. */
export const MAX_CUSTOMER_BATCH_BYTES = 8 * 1024 * 1024;
/**
 * The marketing system's customer file: streamed and applied in chunks, never held in memory, so
 * the limit is about a province's size (10 million customers are about 1.2 GB), not memory.
 */
export const MAX_CUSTOMER_FILE_BYTES = 8 * 1024 ** 3;
/** A province-sized customer file takes minutes (see `npm run bench:customers`). */
const CUSTOMER_FILE_TIMEOUT_MS = 3 * 60 * 60_000;
const JSON_BODY: BodyRule = { maxBytes: MAX_BODY_BYTES, mediaType: /^application\/json\s*(;|$)/i };
/** Bodies other than JSON_BODY: the OAuth token endpoint takes a form, as RFC 6749 requires; bill imports are large. */
const BODY_RULES = new Map<string, BodyRule>([
  [TOKEN_PATH, { ...JSON_BODY, mediaType: /^application\/x-www-form-urlencoded\s*(;|$)/i }],
  [BILLS_PATH, { ...JSON_BODY, maxBytes: MAX_BILL_IMPORT_BYTES }],
  [BILLS_CSV_PATH, { maxBytes: MAX_BILL_IMPORT_BYTES, mediaType: /^text\/csv\s*(;|$)/i }],
  [CUSTOMER_IMPORTS_PATH, { ...JSON_BODY, maxBytes: MAX_CUSTOMER_BATCH_BYTES }],
  [
    CUSTOMER_IMPORTS_CSV_PATH,
    { maxBytes: MAX_CUSTOMER_FILE_BYTES, mediaType: /^text\/csv\s*(;|$)/i, streamed: true },
  ],
]);

export const OPENAPI_CONFIG = {
  openapi: "3.1.0",
  info: {
    title: "Powercard API",
    version: "0.1.0",
    description:
      "Prepaid electricity recharge cards: verify a card, recharge it into a customer's prepaid account, " +
      "read the account. Amounts are integer fen (CNY). Errors are application/problem+json with a stable " +
      "`code`. Money-moving requests require an Idempotency-Key. No string of a request (path, query, header, " +
      "body, CSV cell) may hold a control character (U+0000–U+001F, U+007F–U+009F: no tab or line break) or " +
      "an unpaired surrogate: 400 `validation_failed` names the field.",
  },
} as const;

/** Builds the whole API from its dependencies; no side effects, so tests build their own. */
export function createApp(deps: AppDeps) {
  const app = createRouter();
  const now = () => deps.now?.() ?? new Date();

  const database = deps.database ?? createDatabaseWatch({ db: deps.db, logger: deps.logger });

  // The one place that decides where stale-allowed reads go; only routes declared `staleReads` use it.
  const replicaReads = createReplicaReads({
    primary: deps.db,
    replica: deps.replica?.db,
    maxLagMs: deps.replica?.maxLagMs,
    lagCacheMs: deps.replica?.lagCacheMs,
    logger: deps.logger,
  });

  app.use("*", requestId, requestLogger(deps.logger), responseHeaders);
  // Only on the stale-read routes' paths ({param} → :param), so no other request pays for it.
  const withReplicaReads: MiddlewareHandler<AppEnv> = async (c, next) => {
    c.set("replicaReads", replicaReads);
    await next();
  };
  for (const route of STALE_READ_ROUTES)
    app.use(route.slice(route.indexOf(" ") + 1).replace(/\{(\w+)\}/g, ":$1"), withReplicaReads);
  // Before anything that costs: a request this instance cannot serve now is refused at once.
  if (deps.admission) app.use("/v1/*", admissionControl(deps.admission));
  // First on /v1, so that authentication and limits (which read the database) are bounded too.
  app.use(
    "/v1/*",
    requestDeadline({
      ms: deps.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      database,
      longer: new Map([[CUSTOMER_IMPORTS_CSV_PATH, CUSTOMER_FILE_TIMEOUT_MS]]),
    }),
  );
  app.use("/v1/*", checkRequestBody(JSON_BODY, BODY_RULES));
  // /metrics takes its own credential (METRICS_TOKEN), so it is answered before bearer authentication.
  app.route("/", metricsRouter(deps));
  app.use(
    "*",
    authenticate({
      clients: createClientAuthenticator(deps.db, { cacheMs: deps.clientCacheMs }),
      staff: createStaffLoader(deps.db),
      keys: deps.signingKeys,
      now,
    }),
  );
  // Limits live in PostgreSQL; the limiter adds what this app instance knows (one per app).
  app.use("/v1/*", applyLimits(createLimiter({ db: deps.db, now })));

  app.route("/", publicRechargesRouter(deps));
  app.route("/", rechargePreviewsRouter(deps));
  app.route("/", publicCardsRouter(deps));
  app.route("/", publicOutletsRouter(deps));
  app.route("/", healthRouter(deps, database));
  app.route("/", wellKnownRouter(deps));
  app.route("/", authRouter(deps));
  app.route("/", oauthRouter(deps));
  app.route("/", channelClientsRouter(deps));
  app.route("/", rechargesRouter(deps));
  app.route("/", topupsRouter(deps));
  app.route("/", reconciliationRouter(deps));
  app.route("/", partnersRouter(deps));
  app.route("/", movementsRouter(deps));
  app.route("/", ivrRouter(deps));
  app.route("/", smsRouter(deps));
  app.route("/", cardsRouter(deps));
  app.route("/", shipmentsRouter(deps));
  app.route("/", cardTransfersRouter(deps));
  app.route("/", inventoryRouter(deps));
  app.route("/", cardSalesRouter(deps));
  app.route("/", cardRangesRouter(deps));
  app.route("/", remittancesRouter(deps));
  app.route("/", settlementRunsRouter(deps));
  app.route("/", reportsRouter(deps));
  app.route("/", billsRouter(deps));
  app.route("/", customerImportsRouter(deps));
  app.route("/", productionRouter(deps));
  app.route("/", accountsRouter(deps));
  app.route("/", unitsRouter(deps));
  app.route("/", unitStaffRouter(deps));
  app.route("/", usersRouter(deps));
  app.route("/", approvalsRouter(deps));
  app.route("/", reversalCasesRouter(deps));
  app.route("/", refundCasesRouter(deps));
  app.route("/", auditRouter(deps));

  app.openAPIRegistry.registerComponent("securitySchemes", CHANNEL_API_KEY, {
    type: "http",
    scheme: "bearer",
    description:
      "Partners: an access token from `POST /v1/oauth/token`. The utility's own channels (counter, IVR, " +
      "SMS, web): their API key, `Authorization: Bearer pk_…`. A partner's API key is refused " +
      "(401 `api_key_not_accepted`).",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", STAFF_TOKEN, {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "A staff access token from `POST /v1/auth/login` (EdDSA-signed JWT, 10 minutes).",
  });
  app.doc31("/openapi.json", OPENAPI_CONFIG);
  ACCESS_RULES.set("GET /openapi.json", { public: true });
  assertEveryRouteHasAccessRule(app);

  app.notFound(() => {
    throw new DomainError("not_found");
  });
  app.onError(onError(deps.logger, database));
  return app;
}

export type App = ReturnType<typeof createApp>;

/** Nothing is reachable without a declared rule: a route built without defineRoute stops the app. */
function assertEveryRouteHasAccessRule(app: ReturnType<typeof createRouter>) {
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== "route") continue;
    const key = `${definition.route.method.toUpperCase()} ${definition.route.path}`;
    if (!ACCESS_RULES.has(key)) throw new Error(`${key} has no access rule: declare it with defineRoute`);
  }
}
