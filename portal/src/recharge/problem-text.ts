import type { Messages } from "./messages.ts";

/**
 * The words for a problem+json answer of the recharge or the preview, and for a preview's
 * refusal: what happened and what to do (which counter, 95598), never a bare code. Any code this
 * page does not know gets the generic "call 95598" with the request id.
 */
export function problemText(
  t: Messages,
  res: { status: number; headers: Headers },
  body: { code?: string; requestId?: string },
): string {
  const known = codeText(t, body.code);
  if (known) return known;
  if (body.code === "rate_limited") {
    const seconds = Number(res.headers.get("Retry-After")) || 60;
    return t.rateLimited(seconds >= 60 ? t.minutes(Math.ceil(seconds / 60)) : t.seconds(seconds));
  }
  const requestId = body.requestId ?? res.headers.get("X-Request-Id") ?? "-";
  return res.status >= 500 ? t.server(requestId) : t.unknownProblem(requestId);
}

/** The words for a recharge error code or a preview refusal, when this page knows it. */
export function codeText(t: Messages, code: string | undefined | null): string | null {
  switch (code) {
    case "recharge_refused":
      return t.refused;
    case "card_already_used":
      return t.alreadyUsed;
    case "card_not_sold":
      return t.notSold;
    case "card_frozen":
      return t.frozen;
    case "card_locked":
      return t.lockedOnline;
    case "card_not_genuine":
      return t.notGenuine;
    case "card_void":
      return t.voidCard;
    case "account_closed":
      return t.accountClosed;
    case "customer_not_found":
      return t.customerNotFound;
    case "idempotency_in_progress":
      return t.inProgress;
    case "validation_failed":
      return t.invalid;
    default:
      return null;
  }
}
