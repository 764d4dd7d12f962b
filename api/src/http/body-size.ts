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

/**
 * For a body the route reads as a stream (the marketing system's customer file): a chunked body
 * is counted as it passes and cut off past `maxBytes` (the reader then fails with 413), never
 * buffered — hono's bodyLimit reads a chunked body into memory whole before the route sees it.
 */
export function limitStreamedBodySize(maxBytes: number) {
  return createMiddleware((c, next) => {
    const declared = c.req.header("Content-Length");
    if (declared !== undefined) {
      if (!DIGITS.test(declared) || Number(declared) > maxBytes) throw new DomainError("payload_too_large");
      return next();
    }
    const body = c.req.raw.body;
    if (!body) return next();
    let size = 0;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size > maxBytes) controller.error(new DomainError("payload_too_large"));
          else controller.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: "half" } as RequestInit);
    return next();
  });
}
