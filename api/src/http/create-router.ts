import { OpenAPIHono, type z } from "@hono/zod-openapi";
import { DomainError, type FieldError } from "../shared/errors.ts";
import type { AppEnv } from "./app-env.ts";
import { controlCharacterErrors } from "./input-text.ts";
import { IdempotencyHeaderSchema, OptionalIdempotencyHeaderSchema } from "./openapi.ts";

/** How a request part is named in an error: the words a client developer uses. */
const TARGET_NAMES: Record<string, string> = {
  json: "body",
  form: "body",
  param: "path",
  query: "query",
  header: "header",
};

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `unknown field(s): ${issue.keys.join(", ")}`;
  if (issue.code === "invalid_type" && issue.input === undefined) return "required";
  if (issue.code === "invalid_type") return `must be a ${issue.expected}`;
  return issue.message;
}

/** One error per field (the first), named as "body.cardNo", "query.limit", … */
function fieldErrors(target: string, issues: z.core.$ZodIssue[]): FieldError[] {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const field = [TARGET_NAMES[target] ?? target, ...issue.path.map(String)].join(".");
    if (!byField.has(field)) byField.set(field, describeIssue(issue));
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

/** Headers with a stricter rule of their own and its own error code (see requireIdempotencyKey). */
const HEADERS_CHECKED_ELSEWHERE = new Set(["Idempotency-Key"]);

/**
 * Fields taken verbatim, outside the text rule: an inbound SMS is whatever the customer's phone
 * sent (line breaks, stray control characters), and the SMS service answers any of it in words.
 */
const VERBATIM_FIELDS: Record<string, string[]> = { "/v1/channels/sms/inbound": ["text"] };

/** Control characters in what passed the schema (http/input-text.ts): every route's text, in one place. */
function textErrors(target: string, data: unknown, path: string): FieldError[] {
  const prefix = TARGET_NAMES[target] ?? target;
  const verbatim = target === "json" ? VERBATIM_FIELDS[path] : undefined;
  if (verbatim && data !== null && typeof data === "object") {
    const checked = Object.fromEntries(Object.entries(data).filter(([name]) => !verbatim.includes(name)));
    return controlCharacterErrors(checked, prefix);
  }
  if (target !== "header" || data === null || typeof data !== "object")
    return controlCharacterErrors(data, prefix);
  const checked = Object.entries(data).filter(([name]) => !HEADERS_CHECKED_ELSEWHERE.has(name));
  return checked.flatMap(([name, value]) => controlCharacterErrors(value, `${prefix}.${name}`));
}

const invalid = (errors: FieldError[]) =>
  new DomainError("validation_failed", {
    detail: `Invalid ${errors.map((e) => e.field).join(", ")}`,
    fieldErrors: errors,
  });

/**
 * Every router is built here so validation failures always become one problem+json shape that
 * names the fields, and never leak the validator's internals; and so every string of every
 * route (path, query, headers, body) is held to the text rule before a handler sees it.
 */
export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) throw invalid(fieldErrors(result.target, result.error.issues));
      const errors = textErrors(result.target, result.data, c.req.path);
      if (errors.length > 0) throw invalid(errors);
    },
  });
  const openapi = router.openapi;
  router.openapi = ((route, handler, hook) => {
    if (!documentsOnly(route.request?.headers)) return openapi(route, handler, hook);
    // Documented as declared, served without the header validator (see documentsOnly).
    const { middleware: _middleware, hide, ...documented } = route;
    if (!hide) router.openAPIRegistry.registerPath(documented);
    const { headers: _headers, ...request } = route.request ?? {};
    return openapi({ ...route, hide: true, request }, handler, hook);
  }) as typeof openapi;
  return router;
}

/**
 * The Idempotency-Key schema only documents the header: its one field is an optional string,
 * exempt from the text rule, and requireIdempotencyKey enforces it with its own error codes. So
 * validating it can refuse nothing, yet would copy every request header into a Headers object
 * (node-server reads single headers without one) and run zod: ~4% of a recharge's CPU.
 */
const documentsOnly = (headers: unknown) =>
  headers === IdempotencyHeaderSchema || headers === OptionalIdempotencyHeaderSchema;
