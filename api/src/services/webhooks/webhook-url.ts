/** Hosts a webhook may be sent to over plain http: this machine only, for development and tests. */
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export const MAX_WEBHOOK_URL_LENGTH = 2048;

/**
 * Why a webhook URL is refused, or null if it is acceptable: https anywhere, plain http only to
 * a loopback host. Checked when a partner registers the URL and again before every delivery.
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
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return "must be https (plain http only to 127.0.0.1, localhost or [::1], for development)";
}
