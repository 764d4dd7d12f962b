import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { AppEnv } from "../app-env.ts";
import { DomainError } from "./errors.ts";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
/** How long a key and its first result are kept: at least the 24 hours partners rely on. */
export const IDEMPOTENCY_RETENTION_MS = 48 * 60 * 60 * 1000;

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Reads and checks the Idempotency-Key header of a money-moving request. */
export function requireIdempotencyKey(c: Context<AppEnv>): string {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined || key === "") throw new DomainError("idempotency_key_missing");
  if (!KEY_PATTERN.test(key)) throw new DomainError("idempotency_key_invalid");
  return key;
}

/** SHA-256 of a canonical request: the operation plus its fields in a fixed order. */
export function requestFingerprint(
  operation: string,
  fields: ReadonlyArray<readonly [string, string]>,
): string {
  const hash = createHash("sha256").update(operation);
  for (const [name, value] of fields) hash.update(`\u0000${name}=${value}`);
  return hash.digest("hex");
}
