import type { RouteConfig } from "@hono/zod-openapi";
import { ERROR_CATALOG, type ErrorCode, PROBLEM_CONTENT_TYPE } from "../shared/errors.ts";
import { type Access, isPublic } from "./auth/access.ts";
import { ProblemSchema } from "./openapi.ts";

/**
 * The answers an operation can give that no route writes itself, because the app's shared
 * middleware gives them (app.ts): declared here from the route's shape, once, so the spec lists
 * every status the API can answer and a new route cannot forget one.
 *  - every route: a present but invalid bearer (401), an internal error (500), the database
 *    away (503);
 *  - under /v1: the instance at capacity (503 overloaded), validation (400, control characters included), and
 *    - a route with an access rule: a caller without the right (403);
 *    - a method that carries a body (not GET/HEAD): a body too large (413) or not of the route's
 *      media type (415); with a JSON body, invalid JSON (400);
 *    - a route channel clients may call: the client's requests per minute (429).
 */
const RETRY_AFTER = {
  "Retry-After": {
    description: "Seconds to wait before trying again.",
    schema: { type: "integer" as const, minimum: 1, example: 30 },
  },
};

/** Statuses whose answer carries Retry-After. */
const WITH_RETRY_AFTER = new Set([429, 503]);

const WITHOUT_BODY = new Set(["GET", "HEAD"]);
export const carriesBody = (method: string) => !WITHOUT_BODY.has(method.toUpperCase());

function implicitCodes(route: RouteConfig, access: Access): ErrorCode[] {
  const codes: ErrorCode[] = ["unauthenticated", "internal_error", "service_unavailable"];
  if (!route.path.startsWith("/v1/")) return codes;
  codes.push("overloaded", "validation_failed");
  if (!isPublic(access)) codes.push("forbidden");
  if (carriesBody(route.method)) codes.push("payload_too_large", "unsupported_media_type");
  if (route.request?.body?.content?.["application/json"]) codes.push("malformed_json");
  if (access.clients) codes.push("rate_limited");
  return codes;
}

const mention = (code: ErrorCode) => `\`${code}\``;

type Responses = RouteConfig["responses"];

/**
 * The route's own responses plus the implicit ones: a status it already declares gets the code
 * added to its description (its schema and headers stay); a new status gets a problem response.
 * Statuses are listed in order, so the written spec reads 2xx, 4xx, 5xx.
 */
export function withImplicitResponses(route: RouteConfig, access: Access): Responses {
  const responses: Record<string, Responses[string]> = { ...route.responses };
  for (const code of implicitCodes(route, access)) {
    const { status, title } = ERROR_CATALOG[code];
    const existing = responses[status];
    if (existing && "description" in existing) {
      const description = existing.description ?? "";
      if (!description.includes(mention(code)))
        responses[status] = { ...existing, description: `${description}; ${mention(code)}: ${title}` };
      continue;
    }
    responses[status] = {
      description: `${mention(code)}: ${title}`,
      ...(WITH_RETRY_AFTER.has(status) ? { headers: RETRY_AFTER } : {}),
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
    };
  }
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));
}
