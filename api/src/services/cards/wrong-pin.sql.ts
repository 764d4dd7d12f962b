/**
 * The PIN rules shared by the recharge and the verification statements, written once. Each
 * takes the statement's own placeholders: the caller's failure class (`'self_service'` for the
 * anonymous channels, else a trusted one), the attempt limit (MAX_PIN_ATTEMPTS) and now.
 *
 *  - the PIN is compared only while this class has attempts left on the card;
 *  - a wrong PIN on a sold card counts against the caller's class: a trusted caller's 5th locks
 *    the card (state_before_lock kept for the unlock); a self-service caller's 5th only closes the
 *    self-service channels to it, the card stays sold.
 */
/** Wrong PINs a card survives; the next one locks it until staff unlock it (the recharge and the verification). */
export const MAX_PIN_ATTEMPTS = 5;

export interface PinRuleParams {
  failureClass: string;
  maxAttempts: string;
  now: string;
}

/** True when this class may no longer try a PIN on card `c`. */
export const closedToClassSql = ({ failureClass, maxAttempts }: PinRuleParams) =>
  `(${failureClass}::text = 'self_service' AND c.self_service_failed_pin_attempts >= ${maxAttempts})`;

/** The PIN of card `c` compared with the HMAC made with the card's own key id. */
export const pinMatchesSql = (keyIds: string, hmacsHex: string) =>
  `COALESCE(c.pin_hmac = decode((${hmacsHex}::text[])[array_position(${keyIds}::text[], c.pin_key_id)], 'hex'), false)`;

/** SET list and RETURNING `locked_now` of the UPDATE of `cards` that counts one wrong PIN. */
export function wrongPinSql({ failureClass, maxAttempts, now }: PinRuleParams) {
  const selfService = `${failureClass}::text = 'self_service'`;
  const locks = `NOT (${selfService}) AND cards.failed_pin_attempts + 1 >= ${maxAttempts}`;
  return {
    set: `self_service_failed_pin_attempts = cards.self_service_failed_pin_attempts + CASE WHEN ${selfService} THEN 1 ELSE 0 END,
         failed_pin_attempts = cards.failed_pin_attempts + CASE WHEN ${selfService} THEN 0 ELSE 1 END,
         state = CASE WHEN ${locks} THEN 'locked' ELSE cards.state END,
         state_before_lock = CASE WHEN ${locks} THEN cards.state ELSE cards.state_before_lock END,
         locked_at = CASE WHEN ${locks} THEN ${now} ELSE cards.locked_at END,
         updated_at = ${now}`,
    lockedNow: `CASE WHEN ${selfService} THEN cards.self_service_failed_pin_attempts >= ${maxAttempts}
                 ELSE cards.state = 'locked' END`,
  };
}
