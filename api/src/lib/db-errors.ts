/** Database errors are recognised by SQLSTATE, never by constraint name or message text. */
export function sqlState(error: unknown): string | undefined {
  // drizzle wraps driver errors (DrizzleQueryError) and keeps the driver's error as `cause`.
  for (let e = error as { code?: unknown; cause?: unknown } | null, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown) => sqlState(error) === "23505";

const RETRYABLE = new Set(["40P01", "40001"]); // deadlock detected, serialization failure

/** Re-runs a single atomic statement that PostgreSQL aborted as a deadlock victim. */
export async function withDeadlockRetry<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const state = sqlState(error);
      if (attempt >= attempts || !state || !RETRYABLE.has(state)) throw error;
    }
  }
}

export const isCheckViolation = (error: unknown) => sqlState(error) === "23514";

/**
 * A data exception (SQLSTATE class 22) that a request's values caused: a character the text type
 * refuses (22021, NUL), a value that is no number or date (22P02, 22007, 22008), a number or
 * string out of range (22003, 22001). Validation should have refused it first; if it did not,
 * the request is still at fault, not the server. Division by zero (22012) is never the caller's
 * doing here: it stays a 500.
 */
export function inputDataException(error: unknown): string | undefined {
  const state = sqlState(error);
  return state?.startsWith("22") && state !== "22012" ? state : undefined;
}
