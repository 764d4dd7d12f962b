import type { Context } from "hono";
import { DomainError } from "../shared/errors.ts";
import type { AppEnv } from "./app-env.ts";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Reads and checks the Idempotency-Key header of a money-moving request. */
export function requireIdempotencyKey(c: Context<AppEnv>): string {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined || key === "") throw new DomainError("idempotency_key_missing");
  if (!KEY_PATTERN.test(key)) throw new DomainError("idempotency_key_invalid");
  return key;
}

/** The Idempotency-Key of a request where it is optional (card range operations): checked if sent. */
export function optionalIdempotencyKey(c: Context<AppEnv>): string | undefined {
  return c.req.header(IDEMPOTENCY_HEADER) === undefined ? undefined : requireIdempotencyKey(c);
}
