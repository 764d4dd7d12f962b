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

/**
 * The database could not be reached or went away mid-request, told by SQLSTATE or the driver's
 * error code, never by message text: class 08 (connection exception), 57P01/57P02/57P03 (admin
 * shutdown, crash shutdown, cannot connect now), 53300 (too many connections), and the socket and
 * postgres.js codes of a refused, reset, timed-out or closed connection.
 */
const UNREACHABLE_CODES = new Set([
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
]);
/** 57014: canceled by statement_timeout; 55P03: lock_timeout. The database is up but did not serve in time. */
const TIMED_OUT_STATES = new Set(["57014", "55P03"]);

/** The driver's code (a SQLSTATE or a socket/driver code) of an error or of what it wraps. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== "object" || depth > 5) return;
    const { code, cause, errors } = e as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === "string") codes.push(code);
    visit(cause, depth + 1);
    // Node reports a refused connection to a name with several addresses as an AggregateError.
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return codes;
}

const isUnreachableCode = (c: string) => UNREACHABLE_CODES.has(c) || /^08[0-9A-Z]{3}$/.test(c);

/** "unreachable": the database is away; "timed_out": it is up but did not answer in time. */
export function databaseUnavailable(error: unknown): "unreachable" | "timed_out" | undefined {
  const codes = errorCodes(error);
  if (codes.some(isUnreachableCode)) return "unreachable";
  if (codes.some((c) => TIMED_OUT_STATES.has(c))) return "timed_out";
  return undefined;
}

/**
 * What to log of such an error: its code alone. The error itself may carry the statement's
 * parameters (drizzle's wrapper does), which must not reach the logs.
 */
export function databaseErrorCode(error: unknown): string | undefined {
  const codes = errorCodes(error);
  return codes.find(isUnreachableCode) ?? codes.find((c) => TIMED_OUT_STATES.has(c)) ?? codes[0];
}
