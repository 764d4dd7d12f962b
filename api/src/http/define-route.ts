import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import { type Access, authorize, isPublic } from "./auth/access.ts";
import { withImplicitResponses } from "./implicit-responses.ts";

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
export function defineRoute<const R extends RouteConfig & { access: Access }>(config: R) {
  const { access, ...route } = config;
  if (!access) throw new Error(`route ${route.method} ${route.path} has no access rule`);
  ACCESS_RULES.set(`${route.method.toUpperCase()} ${route.path}`, access);
  return createRoute({
    ...route,
    security: security(access),
    description: [route.description, describeAccess(access)].filter(Boolean).join("\n\n"),
    responses: withImplicitResponses(route, access),
    middleware: [authorize(access)],
  } as Omit<R, "access">);
}
