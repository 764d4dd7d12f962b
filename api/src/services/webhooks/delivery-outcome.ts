/**
 * What the delivery log (`webhook_attempts.error`, shown to the partner) says about a failed
 * attempt: a coarse outcome that tells the partner what to fix and nothing about our network. Raw
 * socket errors would: `ECONNREFUSED` vs `socket hang up` vs a status maps which ports are open
 * wherever the URL points. The cause itself goes to our own log only.
 */
export type DeliveryOutcome =
  /** The partner has no webhook URL any more. */
  | "no_url"
  /** The registered URL is not allowed now (e.g. plain http in production). */
  | "url_refused"
  /** The host resolved to an address we do not send to (e.g. re-pointed inside: DNS rebinding). */
  | "address_refused"
  /** No answer within the timeout. */
  | "timeout"
  /** No HTTP answer: name not found, connection refused or reset, TLS failure … */
  | "connection_failed"
  /** An HTTP answer other than 2xx, e.g. `http_503`. */
  | `http_${number}`;

export const DELIVERY_OUTCOMES_DOC =
  "`http_<status>` (an answer other than 2xx), `timeout`, `connection_failed` (no HTTP answer: name not " +
  "found, connection refused or reset, TLS), `address_refused` (the host resolved to a non-public address), " +
  "`url_refused` (the registered URL is no longer allowed), `no_url`";

export const httpOutcome = (status: number): DeliveryOutcome => `http_${status}`;

/** The outcome of a send that threw, and its cause for our log (an error code, never the URL). */
export function sendFailure(error: unknown): { outcome: DeliveryOutcome; cause: string } {
  const e = error as { name?: string; code?: string; cause?: { code?: string } } | null;
  const code = e?.code ?? e?.cause?.code;
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return { outcome: "timeout", cause: "timeout" };
  if (code === "EWEBHOOKADDRESS") return { outcome: "address_refused", cause: code };
  return { outcome: "connection_failed", cause: code ?? e?.name ?? "unknown" };
}
