import { z } from "@hono/zod-openapi";
import { ERROR_CATALOG, type ErrorCode, PROBLEM_CONTENT_TYPE } from "../shared/errors.ts";

// The business keys are schemas of the shared layer: the services' response shapes use them too.
export { CardNoSchema, CustomerNoSchema, PinSchema } from "../shared/business-keys.ts";

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "urn:powercard:problem:card_already_used" }),
    title: z.string().openapi({ example: "The card has already been used" }),
    status: z.number().int().openapi({ example: 409 }),
    detail: z.string(),
    code: z.enum(Object.keys(ERROR_CATALOG) as [ErrorCode, ...ErrorCode[]]).openapi({
      description: "Stable machine-readable error code; branch on this, not on the title.",
    }),
    requestId: z.string().openapi({ example: "req_3h2Jx0c7aQy8bR1m" }),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: "For validation_failed: each invalid field." }),
  })
  .openapi("Problem");

export const RETRY_AFTER_HEADER = {
  "Retry-After": {
    description: "Seconds to wait before retrying (with the same Idempotency-Key).",
    schema: { type: "integer" as const, minimum: 1, example: 2 },
  },
};

/**
 * Response entries for the given error codes, grouped by status, each code listed. The codes
 * every route of a kind can answer (validation, 401, 403, 413, 415, 429, 5xx) are added by
 * defineRoute (http/implicit-responses.ts): list here only what the route itself answers.
 */
export function problemResponses(...codes: ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = ERROR_CATALOG[code].status;
    const list = byStatus.get(status) ?? [];
    if (!list.includes(code)) list.push(code);
    byStatus.set(status, list);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      status,
      {
        description: list.map((c) => `\`${c}\`: ${ERROR_CATALOG[c].title}`).join("; "),
        ...(status === 503 ? { headers: RETRY_AFTER_HEADER } : {}),
        content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
      },
    ]),
  );
}

/** Documented here; enforced by requireIdempotencyKey so a missing key gets its own error code. */
export const IdempotencyHeaderSchema = z.object({
  "Idempotency-Key": z
    .string()
    .optional()
    .openapi({
      param: { in: "header", required: true },
      description:
        "Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). " +
        "Resending the same key with the same body returns the first response; with another body, 422.",
      example: "8d1f6c3e-4b7a-4f0e-9a51-2f0a8c9e1d44",
    }),
});

/** The same header where it is optional (card range operations): checked by optionalIdempotencyKey if sent. */
export const OptionalIdempotencyHeaderSchema = z.object({
  "Idempotency-Key": z
    .string()
    .optional()
    .openapi({
      param: { in: "header", required: false },
      description:
        "Optional. 1–255 printable ASCII characters; resending the same key with the same body returns the first " +
        "response, with another body 422.",
      example: "8d1f6c3e-4b7a-4f0e-9a51-2f0a8c9e1d44",
    }),
});

export const jsonBody = <T extends z.ZodType>(schema: T, description: string) => ({
  required: true,
  description,
  content: { "application/json": { schema } },
});

/**
 * The rule for response shapes: each is stated once, as a zod schema in the service folder's
 * `*-view.ts` (`XSchema` with `.openapi("X")`), beside the mapper that builds it; its type is
 * `XView = z.infer<typeof XSchema>` and the mapper is typed to return it. Routes import the schema
 * from there (services never import routes); request schemas stay with their routes.
 */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
