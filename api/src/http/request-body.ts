import type { Context, MiddlewareHandler } from "hono";
import { DomainError } from "../shared/errors.ts";
import { limitBodySize, limitStreamedBodySize } from "./body-size.ts";
import { carriesBody } from "./implicit-responses.ts";

/** What one path's request bodies may be: their largest size and their media type. */
export interface BodyRule {
  maxBytes: number;
  /** Tested against the Content-Type header, e.g. /^application\/json\s*(;|$)/i. */
  mediaType: RegExp;
  /** The route reads the body as a stream: a chunked body is counted as it passes, not buffered. */
  streamed?: boolean;
}

/**
 * The body rules of /v1, in one middleware: a body too large is refused (413) before its media
 * type is looked at (415). GET and HEAD bodies are never read (the node server does not even pass
 * them on): no checks. A POST without a body (e.g. unlock) needs no type.
 */
export function checkRequestBody(
  defaultRule: BodyRule,
  rulesByPath: ReadonlyMap<string, BodyRule>,
): MiddlewareHandler {
  const sizeLimits = new Map<BodyRule, MiddlewareHandler>();
  for (const rule of [defaultRule, ...rulesByPath.values()])
    sizeLimits.set(rule, rule.streamed ? limitStreamedBodySize(rule.maxBytes) : limitBodySize(rule.maxBytes));
  return (c, next) => {
    if (!carriesBody(c.req.method)) return next();
    const rule = rulesByPath.get(c.req.path) ?? defaultRule;
    const limitSize = sizeLimits.get(rule) as MiddlewareHandler;
    return limitSize(c, () => {
      requireMediaType(c, rule.mediaType);
      return next();
    });
  };
}

function requireMediaType(c: Context, accepted: RegExp) {
  if (carriesABody(c) && !accepted.test(c.req.header("Content-Type") ?? ""))
    throw new DomainError("unsupported_media_type");
}

/**
 * Over HTTP/1.1 a request has a body exactly when it says so: a Content-Length above 0 or a
 * Transfer-Encoding (RFC 9112 §6.3). The node server gives every POST and DELETE a body stream,
 * empty or not, so the stream cannot tell: a DELETE sent by fetch (no body, no Content-Length)
 * would be refused 415. A Request made in the process (app.request) shows its body itself.
 */
function carriesABody(c: Context): boolean {
  const length = c.req.header("Content-Length");
  if (length !== undefined) return length !== "0";
  if (c.req.header("Transfer-Encoding") !== undefined) return true;
  const overHttp = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
  return !overHttp && c.req.raw.body !== null;
}
