export type { AppDeps } from "./app-env.ts";
export { createApp, OPENAPI_CONFIG } from "./app.ts";
export { ERROR_CATALOG } from "./lib/errors.ts";
export { generateApiKey, hashApiKey, apiKeyPrefix } from "./services/channels/api-keys.ts";
export { buildOpenApiDocument, serializeOpenApi } from "./openapi-document.ts";
