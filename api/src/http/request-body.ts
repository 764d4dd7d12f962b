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
  // Content-Length answers cheaply over HTTP; only without it do we look at the body stream.
  const length = c.req.header("Content-Length");
  const hasBody = length !== undefined ? length !== "0" : c.req.raw.body !== null;
  if (hasBody && !accepted.test(c.req.header("Content-Type") ?? ""))
    throw new DomainError("unsupported_media_type");
}
