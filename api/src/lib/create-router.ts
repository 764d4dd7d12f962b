import { OpenAPIHono, type z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env.ts";
import { DomainError, type FieldError } from "./errors.ts";

/** How a request part is named in an error: the words a client developer uses. */
const TARGET_NAMES: Record<string, string> = {
  json: "body",
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

/**
 * Every router is built here so validation failures always become one problem+json shape that
 * names the fields, and never leak the validator's internals.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = fieldErrors(result.target, result.error.issues);
        throw new DomainError("validation_failed", {
          detail: `Invalid ${errors.map((e) => e.field).join(", ")}`,
          fieldErrors: errors,
        });
      }
    },
  });
}

export type AppRouter = ReturnType<typeof createRouter>;
