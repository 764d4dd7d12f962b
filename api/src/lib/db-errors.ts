/** Database errors are recognised by SQLSTATE, never by constraint name or message text. */
function sqlState(error: unknown): string | undefined {
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
