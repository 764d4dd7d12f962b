import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import { type Access, authorize, isPublic } from "./auth/access.ts";
import { withImplicitResponses } from "./implicit-responses.ts";
import { allowStaleReads, STALE_READ_HEADERS, STALE_READ_ROUTES, STALE_READS_NOTE } from "./stale-reads.ts";

export const CHANNEL_API_KEY = "ChannelApiKey";
export const STAFF_TOKEN = "StaffToken";

/** Every route's access rule, by "METHOD /path" — the table the authorization matrix test walks. */
export const ACCESS_RULES = new Map<string, Access>();

function security(access: Access) {
  if (isPublic(access)) return [];
  const schemes: Record<string, string[]>[] = [];
  if (access.clients) schemes.push({ [CHANNEL_API_KEY]: [] });
  if (access.roles?.length) schemes.push({ [STAFF_TOKEN]: [] });
  return schemes;
}

function describeAccess(access: Access): string {
  if (isPublic(access)) return "Public: no credentials.";
  const who = [
    access.clients
      ? `channel clients (${access.clients === "any" ? "any channel" : access.clients.join(", ")})`
      : null,
    access.roles?.length ? `staff with role ${access.roles.join(" or ")}` : null,
  ].filter(Boolean);
  return `Who may call: ${who.join("; ")}.`;
}

/**
 * createRoute plus a mandatory access rule: the rule becomes the route's first middleware, its
 * OpenAPI `security`, a sentence in its description, and an entry in ACCESS_RULES. The answers
 * the shared middleware can give (401, 403, 413, 415, 429, 500, 503…) are declared here too.
 */
export function defineRoute<const R extends RouteConfig & { access: Access; staleReads?: true }>(config: R) {
  const { access, staleReads, ...route } = config;
  if (!access) throw new Error(`route ${route.method} ${route.path} has no access rule`);
  const key = `${route.method.toUpperCase()} ${route.path}`;
  ACCESS_RULES.set(key, access);
  if (staleReads) STALE_READ_ROUTES.add(key);
  return createRoute({
    ...route,
    security: security(access),
    description: [route.description, staleReads ? STALE_READS_NOTE : null, describeAccess(access)]
      .filter(Boolean)
      .join("\n\n"),
    responses: withImplicitResponses(staleReads ? withStaleReadHeaders(route) : route, access),
    middleware: staleReads ? [authorize(access), allowStaleReads] : [authorize(access)],
  } as Omit<R, "access" | "staleReads">);
}

/**
 * `staleReads: true` — the route's reads may come from a streaming replica (http/stale-reads.ts):
 * its successful answers carry the as-of and source headers.
 */
function withStaleReadHeaders(route: RouteConfig): RouteConfig {
  const withHeaders = (headers: unknown) => {
    if (headers === undefined) return STALE_READ_HEADERS;
    if (headers instanceof z.ZodObject) return headers.extend(STALE_READ_HEADERS.shape);
    throw new Error(`${route.method} ${route.path}: a stale-read answer's headers must be a zod object`);
  };
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, response]) =>
      status.startsWith("2") && "description" in response
        ? [status, { ...response, headers: withHeaders((response as { headers?: unknown }).headers) }]
        : [status, response],
    ),
  );
  return { ...route, responses };
}
