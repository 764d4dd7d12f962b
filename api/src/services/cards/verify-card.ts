import { type CardState, pinHmacsForAllKeys, toFen } from "@powercard/db";
import type { ServiceContext } from "../../app-env.ts";
import { withDeadlockRetry } from "../../lib/db-errors.ts";
import { DomainError } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { metrics } from "../../lib/metrics.ts";
import { MAX_PIN_ATTEMPTS } from "../recharge/redeem-card.ts";

/**
 * Checks a card number and PIN without using the card. A wrong PIN counts toward the lockout
 * exactly like a recharge would (same lock, same counter), so verify cannot be used to guess.
 */
const VERIFY_CARD_SQL = /* sql */ `
WITH
card AS (
  SELECT c.card_no, c.state, c.face_value_fen,
         CASE WHEN c.state <> 'locked' THEN COALESCE(
           c.pin_hmac = decode(($3::text[])[array_position($2::text[], c.pin_key_id)], 'hex'), false)
         END AS pin_ok
  FROM cards c WHERE c.card_no = $1
  FOR UPDATE
),
wrong_pin AS (
  UPDATE cards
     SET failed_pin_attempts = cards.failed_pin_attempts + 1,
         state = CASE WHEN cards.failed_pin_attempts + 1 >= $5 THEN 'locked' ELSE cards.state END,
         state_before_lock = CASE WHEN cards.failed_pin_attempts + 1 >= $5 THEN cards.state ELSE cards.state_before_lock END,
         locked_at = CASE WHEN cards.failed_pin_attempts + 1 >= $5 THEN $4 ELSE cards.locked_at END,
         updated_at = $4
    FROM card
   WHERE cards.card_no = card.card_no AND NOT card.pin_ok AND cards.state IN ('in_stock', 'sold')
  RETURNING cards.state, cards.failed_pin_attempts
),
audit AS (
  INSERT INTO audit_events (id, occurred_at, actor_type, actor_id, action, object_type, object_id, request_id, after)
  SELECT $6, $4, $7::text, $8, CASE WHEN state = 'locked' THEN 'card.locked' ELSE 'card.pin_failed' END, 'card', $1, $9,
         jsonb_build_object('failedPinAttempts', failed_pin_attempts, 'via', 'verify')
    FROM wrong_pin
)
SELECT card.state, card.face_value_fen, card.pin_ok, (SELECT state FROM wrong_pin) AS state_after
  FROM card
`;

export interface VerifiedCard {
  cardNo: string;
  faceValueFen: number;
  state: CardState;
  redeemable: boolean;
}

export async function verifyCard({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "pinKeys" | "now" | "actor" | "caller" | "requestId">;
  input: { cardNo: string; pin: string };
}): Promise<VerifiedCard> {
  const { keyIds, hmacsHex } = pinHmacsForAllKeys(ctx.pinKeys, input.pin);
  const [row] = await withDeadlockRetry(() =>
    ctx.db.query<{
      state: CardState;
      face_value_fen: unknown;
      pin_ok: boolean | null;
      state_after: string | null;
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
    ]),
  );
  const failure = !row
    ? "card_not_found"
    : row.state === "locked" || row.state_after === "locked"
      ? "card_locked"
      : row.pin_ok
        ? null
        : "pin_incorrect";
  metrics.verifyOutcome(ctx.caller.channel, failure ?? "verified");
  if (!row || failure) throw new DomainError(failure ?? "card_not_found");
  return {
    cardNo: input.cardNo,
    faceValueFen: toFen(row.face_value_fen),
    state: row.state,
    redeemable: row.state === "sold",
  };
}
