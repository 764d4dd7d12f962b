import type { Context } from "hono";
import type { StoredResponse } from "../services/idempotency/stored-response.ts";
import type { AppEnv } from "./app-env.ts";
import { rateLimited } from "./rate-limit.ts";

/**
 * Answers a money-moving request with its stored result: the body exactly as stored, so a
 * replay under the same Idempotency-Key is byte for byte the first answer, marked
 * `Idempotent-Replayed`, and a refusal's code goes to the request log. An attempt refused by a
 * failure limit is a 429 with Retry-After (it was never stored).
 */
export function sendStoredResponse(c: Context<AppEnv>, result: StoredResponse) {
  if (result.limited) throw rateLimited(c, result.limited);
  if (result.outcome !== "succeeded") c.set("errorCode", result.outcome);
  if (result.replayed) c.header("Idempotent-Replayed", "true");
  // `never`: the route's declared response types cannot see a status held in a variable.
  return c.body(result.body, result.status as 200, { "Content-Type": result.contentType }) as never;
}
