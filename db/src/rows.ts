/**
 * Reading raw rows the same way on both engines: PostgreSQL returns bigint as a string,
 * PGlite as a number or bigint. Money must stay an exact integer.
 */
export function toFen(value: unknown): number {
  const n = typeof value === "string" ? Number(value) : typeof value === "bigint" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw new Error(`expected an integer amount in fen, got ${String(value)}`);
  }
  return n;
}

export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "string") return new Date(value);
  throw new Error(`expected a timestamp, got ${String(value)}`);
}

/** The rows of a raw `execute` result: postgres.js answers an array, PGlite `{ rows }`. */
export function resultRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
