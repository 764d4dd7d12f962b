import { addressProblem, ipLiteral, type Resolve, resolveAll } from "./webhook-address.ts";

/** Hosts a webhook may be sent to over plain http: this machine only, for development and tests. */
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export const MAX_WEBHOOK_URL_LENGTH = 2048;
const REGISTRATION_LOOKUP_MS = 3_000;

/**
 * Why a webhook URL is refused, or null if it is acceptable: https to a public host, plain http
 * only to a loopback host; an IP literal must be an address we may send to. Checked when a partner
 * registers the URL and again before every delivery; names are checked by resolving them
 * (`resolvedWebhookUrlProblem`) and, at delivery, on the addresses actually connected to.
 */
export function webhookUrlProblem(value: string): string | null {
  if (value.length > MAX_WEBHOOK_URL_LENGTH) return `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be an absolute URL";
  }
  if (url.username || url.password) return "must not contain credentials";
  if (url.hash) return "must not contain a fragment";
  const plainLoopback = url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !plainLoopback)
    return "must be https (plain http only to 127.0.0.1, localhost or [::1], for development)";
  const literal = ipLiteral(url.hostname);
  const problem = literal ? addressProblem(literal, plainLoopback ? "http:" : "https:") : null;
  return problem ? `must not point at an internal address: ${problem}` : null;
}

/**
 * `webhookUrlProblem`, and for a host name also every address it resolves to now. A name that
 * does not resolve (yet) is accepted: delivery checks the addresses it connects to anyway.
 */
export async function resolvedWebhookUrlProblem(
  value: string,
  resolve: Resolve = resolveAll,
): Promise<string | null> {
  const problem = webhookUrlProblem(value);
  if (problem) return problem;
  const url = new URL(value);
  if (ipLiteral(url.hostname)) return null;
  // Bounded, so a slow resolver cannot hold the request: delivery checks again in any case.
  const timeout = new Promise<[]>((done) => setTimeout(() => done([]), REGISTRATION_LOOKUP_MS).unref());
  const addresses = await Promise.race([resolve(url.hostname).catch(() => []), timeout]);
  const protocol = url.protocol === "http:" ? "http:" : "https:";
  const refused = addresses.map((a) => addressProblem(a.address, protocol)).find(Boolean);
  return refused ? `must not point at an internal address: ${url.hostname} resolves to ${refused}` : null;
}
