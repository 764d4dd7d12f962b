import { createHash } from "node:crypto";

/** How long a key and its first result are kept: at least the 24 hours partners rely on. */
export const IDEMPOTENCY_RETENTION_MS = 48 * 60 * 60 * 1000;

/** When a key taken at `now` may be purged. */
export const keyExpiresAt = (now: Date) => new Date(now.getTime() + IDEMPOTENCY_RETENTION_MS);

/** SHA-256 of a canonical request: the operation plus its fields in a fixed order. */
export function requestFingerprint(
  operation: string,
  fields: ReadonlyArray<readonly [string, string]>,
): string {
  const hash = createHash("sha256").update(operation);
  for (const [name, value] of fields) hash.update(`\u0000${name}=${value}`);
  return hash.digest("hex");
}
