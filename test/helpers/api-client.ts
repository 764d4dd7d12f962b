import type { components, operations, paths } from "@powercard/api/openapi-types";
import createClient, { type Middleware } from "openapi-fetch";

/**
 * The tests' typed client: openapi-fetch over the types generated from the OpenAPI document
 * (api/openapi-types.ts), the same pair the staff console uses. Paths, parameters, bodies and
 * answers are checked against the spec at compile time, so a test cannot call a route that
 * does not exist or read a field the API does not answer.
 */

/** An app built by buildApp (its `request` runs a request in process), or a real server's URL. */
export type ApiTarget = { request(request: Request): Response | Promise<Response> } | string;

export interface Credentials {
  /** An API key of one of our own channels (counter, IVR, SMS, web), sent as the bearer. */
  apiKey?: string;
  /** An access token (a partner's or staff's), sent as the bearer. */
  token?: string;
  headers?: Record<string, string>;
}

export type Schemas = components["schemas"];

/** An error answer (application/problem+json). */
export type Problem = Schemas["Problem"];
/** A validation_failed answer, which names each invalid field. */
export type ValidationProblem = Problem & { errors: NonNullable<Problem["errors"]> };

/** The JSON body an operation answers with a status (200 unless given), for answers without a named schema. */
export type ResponseBody<Op extends keyof operations, Status extends number = 200> =
  operations[Op]["responses"] extends Record<Status, { content: { "application/json": infer Body } }>
    ? Body
    : never;

/** What a call answered: openapi-fetch's typed `data` (2xx) or `error` (problem), and the raw answer. */
export type Sent<R extends { response: Response }> = R & {
  status: number;
  headers: Headers;
  /** The body as sent, for byte-for-byte comparisons of replays. */
  text: string;
};

const bodies = new WeakMap<Response, string>();
/** Keeps each answer's raw text: openapi-fetch consumes the body when it parses it. */
const keepText: Middleware = {
  async onResponse({ response }) {
    bodies.set(response, await response.clone().text());
  },
};

function sent<A extends unknown[], R extends { response: Response }>(
  call: (...args: A) => Promise<R>,
): (...args: A) => Promise<Sent<R>> {
  return async (...args) => {
    const result = await call(...args);
    const { response } = result;
    return Object.assign(result, {
      status: response.status,
      headers: response.headers,
      text: bodies.get(response) ?? "",
    });
  };
}

export function apiClient(target: ApiTarget, credentials: Credentials = {}) {
  const bearer = credentials.token ?? credentials.apiKey;
  const client = createClient<paths>({
    baseUrl: typeof target === "string" ? target : "http://localhost",
    fetch: typeof target === "string" ? undefined : (request) => Promise.resolve(target.request(request)),
    headers: { ...credentials.headers, ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
  });
  client.use(keepText);
  return {
    GET: sent(client.GET),
    POST: sent(client.POST),
    PUT: sent(client.PUT),
    PATCH: sent(client.PATCH),
    DELETE: sent(client.DELETE),
  };
}
export type ApiClient = ReturnType<typeof apiClient>;

/** The header a money-moving POST needs, as openapi-fetch takes it. */
export const idempotencyKey = (key: string) => ({ header: { "Idempotency-Key": key } });

let keys = 0;
/** A key no other request of the run uses. */
export const newIdempotencyKey = (prefix = "test") => `${prefix}-${process.pid}-${Date.now()}-${keys++}`;

/** POST /v1/recharges with a fresh Idempotency-Key unless one is given. */
export function postRecharge(
  api: ApiClient,
  body: Schemas["CreateRecharge"],
  key: string = newIdempotencyKey("recharge"),
) {
  return api.POST("/v1/recharges", { params: idempotencyKey(key), body });
}

/** A fetch Response, or what the typed client answered (its body already read into `text`). */
export type Answer = Response | { status: number; headers: Headers; text: string };

/** The body of either kind of answer, as text (a Response's is read from a clone). */
export const bodyText = (answer: Answer) =>
  answer instanceof Response ? answer.clone().text() : Promise.resolve(answer.text);
