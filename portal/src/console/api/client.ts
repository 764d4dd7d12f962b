import createClient, { type Middleware } from "openapi-fetch";
// The ONE import of the API's types, generated from the spec beside api/openapi.json by
// `npm run openapi:write` (a test fails while they are stale): a changed route breaks the
// console's typecheck, not the clerk's day.
import type { components, paths } from "../../../../api/openapi-types.ts";

export type Schemas = components["schemas"];
export type StaffRole = Schemas["Me"]["roles"][number];

/** An RFC 9457 problem as the API sends it. */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  requestId?: string;
}

/** Thrown for every failed call, so screens show words for `code` (see i18n/error-messages.ts). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

/** Where the current access token comes from (the session, in memory only). */
let accessTokenSource: () => string | null = () => null;
export const setAccessTokenSource = (source: () => string | null) => {
  accessTokenSource = source;
};

const bearer: Middleware = {
  onRequest({ request }) {
    const token = accessTokenSource();
    if (token && !request.headers.has("Authorization"))
      request.headers.set("Authorization", `Bearer ${token}`);
    return request;
  },
};

/** Same origin as the page: the API serves the portal (api/src/portal-site.ts). */
export const api = createClient<paths>({ baseUrl: "/", credentials: "same-origin" });
api.use(bearer);

/** The data of a call, or an ApiError with the problem (a network failure is code `network`). */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch {
    throw new ApiError({ status: 0, code: "network", title: "network error" });
  }
  if (result.response.ok) return result.data as T;
  const error = result.error as Partial<Problem> | undefined;
  throw new ApiError({
    status: result.response.status,
    code: error?.code ?? "unknown",
    title: error?.title ?? result.response.statusText,
    detail: error?.detail,
    requestId: error?.requestId ?? result.response.headers.get("X-Request-Id") ?? undefined,
  });
}
