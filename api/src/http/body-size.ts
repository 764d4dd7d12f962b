import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { DomainError } from "../shared/errors.ts";

const DIGITS = /^\d+$/;

/**
 * Refuses bodies over `maxBytes` before they are parsed. With a Content-Length header (every
 * normal client) the header decides: Node's HTTP parser never delivers more bytes than it
 * declares. Only chunked bodies go through hono's bodyLimit, which has to wrap the stream and
 * cost ~12% of the recharge hot path when applied to every request.
 */
export function limitBodySize(maxBytes: number) {
  const streaming = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new DomainError("payload_too_large");
    },
  });
  return createMiddleware((c, next) => {
    const declared = c.req.header("Content-Length");
    if (declared === undefined) return streaming(c, next);
    if (!DIGITS.test(declared) || Number(declared) > maxBytes) throw new DomainError("payload_too_large");
    return next();
  });
}
