import { type CardState, pinHmacsForAllKeys } from "@powercard/db";
import { withDeadlockRetry } from "../../shared/db-errors.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { metrics } from "../../shared/metrics.ts";
import { failureClassOf } from "../limits/limits.ts";
import type { ServiceContext } from "../service-context.ts";
import { type CardVerificationView, toCardVerificationView } from "./card-verification-view.ts";
import { closedToClassSql, MAX_PIN_ATTEMPTS, pinMatchesSql, wrongPinSql } from "./wrong-pin.sql.ts";

/**
 * Checks a card number and PIN without using the card. A wrong PIN on a sold card counts toward
 * the lockout exactly like a recharge would (same counters, per channel class: $10 is
 * 'self_service' for anonymous channels), so verify cannot be used to guess. A card that is not
 * sold cannot be redeemed, so a wrong PIN there changes nothing (the client's failure limit
 * still counts it).
 */
const PIN_RULE = { failureClass: "$10", maxAttempts: "$5", now: "$4" };
const WRONG_PIN = wrongPinSql(PIN_RULE);

const VERIFY_CARD_SQL = /* sql */ `
WITH
card AS (
  SELECT c.card_no, c.state, c.face_value_fen,
         CASE WHEN c.state <> 'locked' AND NOT ${closedToClassSql(PIN_RULE)} THEN ${pinMatchesSql("$2", "$3")} END AS pin_ok
  FROM cards c WHERE c.card_no = $1
  FOR UPDATE
),
wrong_pin AS (
  UPDATE cards
     SET ${WRONG_PIN.set}
    FROM card
   WHERE cards.card_no = $1 AND NOT card.pin_ok AND cards.state = 'sold'
  RETURNING ${WRONG_PIN.lockedNow} AS locked_now,
            cards.failed_pin_attempts + cards.self_service_failed_pin_attempts AS failed_pin_attempts
),
audit AS (
  INSERT INTO audit_events (id, occurred_at, actor_type, actor_id, action, object_type, object_id, request_id, after)
  SELECT $6, $4, $7::text, $8, CASE WHEN locked_now THEN 'card.locked' ELSE 'card.pin_failed' END, 'card', $1, $9,
         jsonb_build_object('failedPinAttempts', failed_pin_attempts, 'via', 'verify')
    FROM wrong_pin
)
SELECT card.state, card.face_value_fen, card.pin_ok,
       (SELECT locked_now FROM wrong_pin) AS locked_now
  FROM card
`;

export async function verifyCard({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "pinKeys" | "now" | "actor" | "caller" | "requestId">;
  input: { cardNo: string; pin: string };
}): Promise<CardVerificationView> {
  const { keyIds, hmacsHex } = pinHmacsForAllKeys(ctx.pinKeys, input.pin);
  const [row] = await withDeadlockRetry(() =>
    ctx.db.query<{
      state: CardState;
      face_value_fen: unknown;
      pin_ok: boolean | null;
      locked_now: boolean | null;
    }>(VERIFY_CARD_SQL, [
      input.cardNo,
      keyIds,
      hmacsHex,
      ctx.now,
      MAX_PIN_ATTEMPTS,
      newId.auditEvent(),
      ctx.actor.kind,
      ctx.caller.id,
      ctx.requestId,
      failureClassOf(ctx.caller.channel) ?? "",
    ]),
  );
  const failure = !row
    ? "card_not_found"
    : row.state === "locked" || row.pin_ok === null || row.locked_now
      ? "card_locked"
      : row.pin_ok
        ? null
        : "pin_incorrect";
  metrics.verifyOutcome(ctx.caller.channel, failure ?? "verified");
  if (!row || failure) throw new DomainError(failure ?? "card_not_found");
  return toCardVerificationView(input.cardNo, row);
}
