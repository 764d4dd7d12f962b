export { createApp, OPENAPI_CONFIG } from "./app.ts";
export type { AppDeps } from "./app-env.ts";
export { ERROR_CATALOG } from "./lib/errors.ts";
export { buildOpenApiDocument, serializeOpenApi } from "./openapi-document.ts";
export { apiKeyPrefix, generateApiKey, hashApiKey } from "./services/channels/api-keys.ts";
export { purgeExpiredIdempotencyKeys } from "./services/idempotency/purge-expired-keys.ts";
