import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { guardedLookup, type Resolve } from "./webhook-address.ts";

/**
 * POSTs one webhook and resolves with the endpoint's HTTP status (redirects are not followed:
 * a 3xx is the answer). node:http rather than fetch because its `lookup` hook lets the connection
 * be made only to addresses that passed the SSRF check (`guardedLookup`). The URL itself must
 * have passed `webhookUrlProblem`, which judges IP literals (they are never looked up). `anyAddress`
 * is for an origin the operator allowed by name (webhook-policy.ts): its addresses are not judged.
 */
export function postWebhook(
  url: URL,
  options: {
    headers: Record<string, string>;
    body: string;
    timeoutMs: number;
    resolve?: Resolve;
    anyAddress?: boolean;
  },
): Promise<number> {
  const protocol = url.protocol === "https:" ? "https:" : "http:";
  const send = protocol === "https:" ? httpsRequest : httpRequest;
  const body = Buffer.from(options.body);
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: "POST",
      headers: { ...options.headers, "Content-Length": String(body.length) },
      ...(options.anyAddress ? {} : { lookup: guardedLookup(protocol, options.resolve) }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    req.once("response", (res) => {
      // Only the status matters; drop the body and release the connection.
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once("error", reject);
    req.end(body);
  });
}
