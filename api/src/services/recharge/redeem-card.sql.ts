import { closedToClassSql, pinMatchesSql, wrongPinSql } from "../cards/wrong-pin.sql.ts";

/**
 * The whole recharge as ONE statement, so it costs one round trip and is atomic without an
 * explicit transaction. Read it top to bottom:
 *
 *  account   the customer's prepaid account must exist (else nothing else happens); its row is
 *            locked first, so concurrent attempts naming one customer queue up and each reads
 *            the failures counted before it (the customer's failure limit, per channel class);
 *  allowed   the customer is under that limit ($22 = '' at the counter: no limit) — else the
 *            attempt ends as rate_limited, nothing evaluated, nothing stored;
 *  card      the card row, locked (FOR UPDATE) so concurrent attempts on one card queue up and
 *            each sees the latest committed state; the PIN's HMAC is compared only for a sold
 *            card that this channel class has not closed (5 wrong PINs), using the HMAC made
 *            with the card's own key id. Any other state is answered as it is, with no guess
 *            spent and nothing changed;
 *  redeemed  sold + right PIN → used (the compare-and-set that makes a card single-use);
 *  wrong_pin wrong PIN on a sold card → one more failed attempt of the caller's class: a trusted
 *            caller's 5th locks the card, a self-service caller's 5th only closes self-service
 *            to it (the card stays sold, redeemable at a counter or a bank);
 *  counted   a failure ($25) is counted on the account row, in the caller's class;
 *  credited  the account balance grows by the face value;
 *  posted/legs  one balanced ledger transaction: debit card float, credit the prepaid account,
 *            both legs in the customer's book;
 *  recharge  the business record (with clerk and outlet for counter recharges);
 *  event     the webhook event of a successful recharge, if the calling client registered a
 *            webhook URL — in the same statement, so the event exists if and only if the
 *            recharge does (a clerk's id matches no client: counter recharges raise none);
 *  audit     one audit event for the attempt, whatever its outcome;
 *  stored    the first result under (client, Idempotency-Key). A key already taken raises a
 *            unique violation, which rolls back everything above — the caller then replays the
 *            stored result instead. A rate_limited attempt stores nothing (nor audits): it was
 *            not evaluated, and its retry after the window must be;
 *  open_bills  whether the customer has bills to pay from the new balance (read with the same
 *            round trip; the service pays them right after the commit — services/bills).
 *
 * Comparing HMAC digests with `=` is timing-safe in the sense that matters: the attacker chooses
 * the PIN, not the digest, and cannot compute digests without the server key.
 */
const PIN_RULE = { failureClass: "$22", maxAttempts: "$15", now: "$7" };
const WRONG_PIN = wrongPinSql(PIN_RULE);

export const REDEEM_CARD_SQL = /* sql */ `
WITH
account AS MATERIALIZED (
  SELECT customer_no,
         CASE WHEN failure_window_start = $24::timestamptz THEN
           CASE $22::text WHEN 'self_service' THEN self_service_failures WHEN 'partner' THEN partner_failures ELSE 0 END
         ELSE 0 END AS failures
    FROM accounts WHERE customer_no = $2
   FOR UPDATE
),
allowed AS (
  SELECT 1 FROM account WHERE $22::text = '' OR failures < $23::int
),
card AS (
  SELECT c.card_no, c.state, c.face_value_fen,
         ${closedToClassSql(PIN_RULE)} AS closed_here,
         CASE WHEN c.state = 'sold' AND NOT ${closedToClassSql(PIN_RULE)} THEN ${pinMatchesSql("$3", "$4")} END AS pin_ok
  FROM cards c
  WHERE c.card_no = $1 AND EXISTS (SELECT 1 FROM allowed)
  FOR UPDATE
),
redeemed AS (
  UPDATE cards
     SET state = 'used', used_at = $7, updated_at = $7, used_by_customer_no = $2, used_by_recharge_id = $5
    FROM card
   WHERE cards.card_no = $1 AND card.pin_ok AND cards.state = 'sold'
  RETURNING cards.face_value_fen
),
wrong_pin AS (
  UPDATE cards
     SET ${WRONG_PIN.set}
    FROM card
   WHERE cards.card_no = $1 AND NOT card.pin_ok AND cards.state = 'sold'
  RETURNING ${WRONG_PIN.lockedNow} AS locked_now
),
credited AS (
  UPDATE accounts
     SET balance_fen = accounts.balance_fen + redeemed.face_value_fen, updated_at = $7
    FROM redeemed
   WHERE accounts.customer_no = $2
  RETURNING accounts.balance_fen, redeemed.face_value_fen AS amount_fen
),
posted AS (
  INSERT INTO ledger_transactions (book_key, id, kind, business_date, reference, created_at)
  SELECT $2, $6, 'recharge', $9::date, $5, $7 FROM credited
),
legs AS (
  INSERT INTO ledger_entries (book_key, transaction_id, leg, account, owner, amount_fen, created_at)
  SELECT $2, $6, 1, 'card_float', '', amount_fen, $7 FROM credited
  UNION ALL
  SELECT $2, $6, 2, 'customer_prepaid', $2, -amount_fen, $7 FROM credited
),
recharge AS (
  INSERT INTO recharges (customer_no, id, card_no, amount_fen, balance_after_fen, channel, client_id,
                         clerk_id, outlet_unit_id, idempotency_key, ledger_transaction_id, business_date, created_at)
  SELECT $2, $5, $1, amount_fen, balance_fen, $10, $11, $17::text, $18::text, $12, $6, $9::date, $7 FROM credited
),
outcome AS (
  SELECT CASE
    WHEN NOT EXISTS (SELECT 1 FROM account) THEN 'customer_not_found'
    WHEN NOT EXISTS (SELECT 1 FROM allowed) THEN 'rate_limited'
    WHEN NOT EXISTS (SELECT 1 FROM card) THEN 'card_not_found'
    WHEN EXISTS (SELECT 1 FROM credited) THEN 'succeeded'
    WHEN (SELECT state FROM card) = 'locked' THEN 'card_locked'
    WHEN (SELECT state FROM card) = 'used' THEN 'card_already_used'
    WHEN (SELECT state FROM card) = 'frozen' THEN 'card_frozen'
    WHEN (SELECT state FROM card) <> 'sold' THEN 'card_not_sold'
    WHEN (SELECT closed_here FROM card) OR (SELECT locked_now FROM wrong_pin) THEN 'card_locked'
    ELSE 'pin_incorrect'
  END AS code,
  (SELECT row_to_json(body)::text FROM (
     SELECT $5::text AS "id", $2::text AS "customerNo", $1::text AS "cardNo",
            credited.amount_fen AS "amountFen", credited.balance_fen AS "balanceFen",
            'CNY' AS "currency", $10::text AS "channel", $8::text AS "createdAt"
       FROM credited) body) AS body
),
counted AS (
  UPDATE accounts
     SET failure_window_start = $24::timestamptz,
         self_service_failures = CASE WHEN accounts.failure_window_start = $24::timestamptz THEN accounts.self_service_failures ELSE 0 END
           + CASE WHEN $22::text = 'self_service' THEN 1 ELSE 0 END,
         partner_failures = CASE WHEN accounts.failure_window_start = $24::timestamptz THEN accounts.partner_failures ELSE 0 END
           + CASE WHEN $22::text = 'partner' THEN 1 ELSE 0 END
    FROM outcome
   WHERE accounts.customer_no = $2 AND $22::text <> '' AND outcome.code = ANY($25::text[])
),
event AS (
  INSERT INTO webhook_events (id, client_id, type, payload, state, attempts, next_attempt_at, created_at)
  SELECT $21, channel_clients.id, 'recharge.succeeded', outcome.body::jsonb, 'pending', 0, $7, $7
    FROM outcome JOIN channel_clients ON channel_clients.id = $11 AND channel_clients.webhook_url IS NOT NULL
   WHERE outcome.code = 'succeeded'
),
audit AS (
  INSERT INTO audit_events (id, occurred_at, actor_type, actor_id, action, object_type, object_id, request_id, after)
  SELECT $19, $7, CASE WHEN $20::text = 'user' THEN 'user' ELSE 'client' END, $11, 'recharge.' || outcome.code, 'card', $1, $14,
         jsonb_build_object('customerNo', $2::text, 'channel', $10::text,
                            'rechargeId', CASE WHEN outcome.code = 'succeeded' THEN $5::text END)
    FROM outcome
   WHERE outcome.code <> 'rate_limited'
),
stored AS (
  INSERT INTO idempotency_keys (client_id, key, operation, request_hash, request_id, state, outcome,
                                response_status, response_body, resource_id, created_at, expires_at)
  SELECT $11, $12, 'recharge', $13, $14, 'completed', outcome.code,
         CASE WHEN outcome.code = 'succeeded' THEN 201 END, outcome.body,
         CASE WHEN outcome.code = 'succeeded' THEN $5 END, $7, $16
    FROM outcome
   WHERE outcome.code <> 'rate_limited'
),
open_bills AS (
  SELECT EXISTS (SELECT 1 FROM bills WHERE bills.customer_no = $2::text AND bills.state <> 'paid') AS any
)
SELECT outcome.code AS outcome, outcome.body AS response_body, open_bills.any AS open_bills
  FROM outcome, open_bills
`;
