import { addressProblem, ipLiteral, type Resolve, resolveAll } from "./webhook-address.ts";
import { isAllowedOrigin, STRICT_WEBHOOK_POLICY, type WebhookPolicy } from "./webhook-policy.ts";

/** Hosts a webhook may be sent to over plain http outside production: this machine only. */
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export const MAX_WEBHOOK_URL_LENGTH = 2048;
const REGISTRATION_LOOKUP_MS = 3_000;

/**
 * What is wrong with a webhook URL whatever the policy, or null: the route's schema checks this
 * much; `webhookUrlProblem` judges the rest.
 */
export function webhookUrlShapeProblem(value: string): string | null {
  if (value.length > MAX_WEBHOOK_URL_LENGTH) return `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be an absolute URL";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must be https";
  if (url.username || url.password) return "must not contain credentials";
  if (url.hash) return "must not contain a fragment";
  return null;
}

/**
 * Why a webhook URL is refused under the policy, or null if it is acceptable: https to a public
 * host; plain http to a loopback host only if the policy allows it (outside production); an origin
 * the operator named, whatever it is. An IP literal must be an address we may send to. Checked when
 * a partner registers the URL and again before every delivery; names are checked by resolving them
 * (`resolvedWebhookUrlProblem`) and, at delivery, on the addresses actually connected to.
 */
export function webhookUrlProblem(
  value: string,
  policy: WebhookPolicy = STRICT_WEBHOOK_POLICY,
): string | null {
  const shape = webhookUrlShapeProblem(value);
  if (shape) return shape;
  const url = new URL(value);
  if (isAllowedOrigin(url, policy)) return null;
  const plainLoopback = policy.loopbackHttp && url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !plainLoopback)
    return policy.loopbackHttp
      ? "must be https (plain http only to 127.0.0.1, localhost or [::1], for development)"
      : "must be https";
  const literal = ipLiteral(url.hostname);
  const problem = literal ? addressProblem(literal, plainLoopback ? "http:" : "https:") : null;
  return problem ? `must not point at an internal address: ${problem}` : null;
}

/**
 * `webhookUrlProblem`, and for a host name also every address it resolves to now. A name that
 * does not resolve (yet) is accepted: delivery checks the addresses it connects to anyway. The
 * refusal does not say which address the name resolved to: that would be our internal DNS's
 * answer, not something the partner wrote.
 */
export async function resolvedWebhookUrlProblem(
  value: string,
  policy: WebhookPolicy = STRICT_WEBHOOK_POLICY,
  resolve: Resolve = resolveAll,
): Promise<string | null> {
  const problem = webhookUrlProblem(value, policy);
  if (problem) return problem;
  const url = new URL(value);
  if (ipLiteral(url.hostname) || isAllowedOrigin(url, policy)) return null;
  // Bounded, so a slow resolver cannot hold the request: delivery checks again in any case.
  const timeout = new Promise<[]>((done) => setTimeout(() => done([]), REGISTRATION_LOOKUP_MS).unref());
  const addresses = await Promise.race([resolve(url.hostname).catch(() => []), timeout]);
  const protocol = url.protocol === "http:" ? "http:" : "https:";
  const refused = addresses.some((a) => addressProblem(a.address, protocol) !== null);
  if (!refused) return null;
  return protocol === "http:"
    ? `must not point at an internal address: ${url.hostname} does not resolve to loopback only`
    : `must not point at an internal address: ${url.hostname} resolves to a non-public address`;
}
