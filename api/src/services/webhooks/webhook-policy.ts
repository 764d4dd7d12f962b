/**
 * Where webhooks may be sent, decided by the operator (api/src/env.ts), not by the partner:
 *
 *  - always: https to a host that is, and resolves to, a public address (webhook-address.ts);
 *  - outside production also plain http to a loopback host (127.0.0.1, localhost, [::1]), for a
 *    developer's receiver on their own machine and for our tests. In production a loopback URL
 *    would let a partner probe the API host's own ports through its delivery log;
 *  - in any environment, the origins named one by one in WEBHOOK_ALLOWED_ORIGINS (say a bank's
 *    sandbox on a private line, `http://10.8.0.5:8080`), whatever their scheme and address.
 */
export interface WebhookPolicy {
  /** Plain http to a loopback host is allowed (outside production only). */
  loopbackHttp: boolean;
  /** Exact origins (`scheme://host[:port]`, as `URL.origin` writes them) allowed whatever their address. */
  allowedOrigins: readonly string[];
}

/** The production rule, and the default wherever no policy is given. */
export const STRICT_WEBHOOK_POLICY: WebhookPolicy = { loopbackHttp: false, allowedOrigins: [] };

/** Outside production: loopback receivers too. */
export const DEVELOPMENT_WEBHOOK_POLICY: WebhookPolicy = { loopbackHttp: true, allowedOrigins: [] };

export function webhookPolicy(options: { production: boolean; allowedOrigins: readonly string[] }) {
  return { loopbackHttp: !options.production, allowedOrigins: options.allowedOrigins };
}

/** Whether the operator named this URL's origin (so no address check applies to it). */
export const isAllowedOrigin = (url: URL, policy: WebhookPolicy) =>
  policy.allowedOrigins.includes(url.origin);
