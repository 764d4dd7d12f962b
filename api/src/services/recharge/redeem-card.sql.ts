import { statementParams } from "../../shared/statement-params.ts";
import { closedToClassSql, pinMatchesSql, wrongPinSql } from "../cards/wrong-pin.sql.ts";
import { cardRedeemed, movementCtes } from "../ledger/index.ts";
import { accountTakesCreditSql } from "./account-takes-credit.sql.ts";
import { CREDIT_TAIL_PARAMS, creditTailSql, responseBodySql } from "./credit-tail.sql.ts";
import { RechargeSchema } from "./recharge-schema.ts";

/** The statement's named values; redeem-card.ts gives them, test/bench/pgbench-ceiling.ts too. */
export const REDEEM_CARD_PARAMS = statementParams({
  cardNo: "text",
  ...CREDIT_TAIL_PARAMS,
  pinKeyIds: "text[]",
  pinHmacsHex: "text[]",
  rechargeId: "text",
  transactionId: "text",
  nowIso: "text",
  businessDate: "date",
  channel: "text",
  maxPinAttempts: "int",
  clerkId: "text",
  outletUnitId: "text",
  actorKind: "text",
  /** 'self_service', 'partner', or '' for a caller without a failure limit (the counter). */
  failureClass: "text",
  customerFailureLimit: "int",
  failureWindowStart: "timestamptz",
  failureOutcomes: "text[]",
});
const p = REDEEM_CARD_PARAMS;

const PIN_RULE = { failureClass: p.failureClass, maxAttempts: p.maxPinAttempts, now: p.now };
const WRONG_PIN = wrongPinSql(PIN_RULE);
const IN_WINDOW = `failure_window_start = ${p.failureWindowStart}`;

/**
 * The whole recharge as ONE statement, so it costs one round trip and is atomic without an
 * explicit transaction. Read it top to bottom:
 *
 *  account   the customer's prepaid account must exist (else nothing else happens); its row is
 *            locked first, so concurrent attempts naming one customer queue up and each reads
 *            the failures counted before it (the customer's failure limit, per channel class).
 *            The customer row comes with it (a primary-key lookup): its status and the
 *            accounting unit in force now, which the recharge records;
 *  allowed   the account is open (accountTakesCreditSql: a closed one ends as account_closed)
 *            and the customer is under that limit (no failure class at the counter: no limit) —
 *            else the attempt ends as rate_limited, nothing evaluated, nothing stored;
 *  card      the card row, locked (FOR UPDATE) so concurrent attempts on one card queue up and
 *            each sees the latest committed state; the PIN's HMAC is compared only for a sold
 *            card that this channel class has not closed (5 wrong PINs), using the HMAC made
 *            with the card's own key id. Any other state is answered as it is, with no guess
 *            spent and nothing changed;
 *  redeemed  sold + right PIN → used (the compare-and-set that makes a card single-use);
 *  wrong_pin wrong PIN on a sold card → one more failed attempt of the caller's class: a trusted
 *            caller's 5th locks the card, a self-service caller's 5th only closes self-service
 *            to it (the card stays sold, redeemable at a counter or a bank);
 *  counted   a failure (one of FAILURE_OUTCOMES) is counted on the account row, in the caller's class;
 *  credited  the account balance grows by the face value;
 *  posted/legs  the ledger movement `cardRedeemed` (db/src/ledger/movements.ts), both legs in
 *            the customer's book;
 *  recharge  the business record (with clerk and outlet for counter recharges);
 *  outcome   the first rule that holds, in this order: no account, closed, over the limit, no card,
 *            credited, then the card's state, then a wrong PIN — with the 201 body (its fields
 *            from RechargeSchema) and the recharge as the resource the key names;
 *  …and the tail every one-statement credit shares (credit-tail.sql.ts): webhook event, audit
 *            row, the stored first result under the Idempotency-Key, open bills.
 *
 * Comparing HMAC digests with `=` is timing-safe in the sense that matters: the attacker chooses
 * the PIN, not the digest, and cannot compute digests without the server key.
 */
export const REDEEM_CARD_SQL = /* sql */ `
WITH
account AS MATERIALIZED (
  SELECT a.customer_no, c.accounting_unit_id, ${accountTakesCreditSql("c")} AS takes_credit,
         CASE WHEN a.${IN_WINDOW} THEN
           CASE ${p.failureClass} WHEN 'self_service' THEN a.self_service_failures WHEN 'partner' THEN a.partner_failures ELSE 0 END
         ELSE 0 END AS failures
    FROM accounts a JOIN customers c ON c.customer_no = a.customer_no
   WHERE a.customer_no = ${p.customerNo}
   FOR UPDATE OF a
),
allowed AS (
  SELECT 1 FROM account WHERE takes_credit AND (${p.failureClass} = '' OR failures < ${p.customerFailureLimit})
),
card AS (
  SELECT c.card_no, c.state, c.face_value_fen,
         ${closedToClassSql(PIN_RULE)} AS closed_here,
         CASE WHEN c.state = 'sold' AND NOT ${closedToClassSql(PIN_RULE)} THEN ${pinMatchesSql(p.pinKeyIds, p.pinHmacsHex)} END AS pin_ok
  FROM cards c
  WHERE c.card_no = ${p.cardNo} AND EXISTS (SELECT 1 FROM allowed)
  FOR UPDATE
),
redeemed AS (
  UPDATE cards
     SET state = 'used', used_at = ${p.now}, updated_at = ${p.now},
         used_by_customer_no = ${p.customerNo}, used_by_recharge_id = ${p.rechargeId}
    FROM card
   WHERE cards.card_no = ${p.cardNo} AND card.pin_ok AND cards.state = 'sold'
  RETURNING cards.face_value_fen
),
wrong_pin AS (
  UPDATE cards
     SET ${WRONG_PIN.set}
    FROM card
   WHERE cards.card_no = ${p.cardNo} AND NOT card.pin_ok AND cards.state = 'sold'
  RETURNING ${WRONG_PIN.lockedNow} AS locked_now
),
credited AS (
  UPDATE accounts
     SET balance_fen = accounts.balance_fen + redeemed.face_value_fen, updated_at = ${p.now}
    FROM redeemed
   WHERE accounts.customer_no = ${p.customerNo}
  RETURNING accounts.balance_fen, redeemed.face_value_fen AS amount_fen
),
${movementCtes(cardRedeemed({ customerNo: p.customerNo, amountFen: "credited.amount_fen" }), {
  from: "credited",
  transactionId: p.transactionId,
  businessDate: p.businessDate,
  reference: p.rechargeId,
  createdAt: p.now,
})},
recharge AS (
  INSERT INTO recharges (customer_no, id, card_no, amount_fen, balance_after_fen, channel, client_id,
                         clerk_id, outlet_unit_id, accounting_unit_id, idempotency_key, ledger_transaction_id,
                         business_date, created_at)
  SELECT ${p.customerNo}, ${p.rechargeId}, ${p.cardNo}, amount_fen, balance_fen, ${p.channel}, ${p.clientId},
         ${p.clerkId}, ${p.outletUnitId}, account.accounting_unit_id, ${p.idempotencyKey}, ${p.transactionId},
         ${p.businessDate}, ${p.now}
    FROM credited, account
),
outcome AS (
  SELECT CASE
    WHEN NOT EXISTS (SELECT 1 FROM account) THEN 'customer_not_found'
    WHEN NOT (SELECT takes_credit FROM account) THEN 'account_closed'
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
  ${responseBodySql(
    RechargeSchema,
    {
      id: p.rechargeId,
      customerNo: p.customerNo,
      cardNo: p.cardNo,
      amountFen: "credited.amount_fen",
      balanceFen: "credited.balance_fen",
      currency: "'CNY'",
      channel: p.channel,
      createdAt: p.nowIso,
    },
    "credited",
  )} AS body,
  CASE WHEN EXISTS (SELECT 1 FROM credited) THEN ${p.rechargeId} END AS resource_id
),
counted AS (
  UPDATE accounts
     SET failure_window_start = ${p.failureWindowStart},
         self_service_failures = CASE WHEN accounts.${IN_WINDOW} THEN accounts.self_service_failures ELSE 0 END
           + CASE WHEN ${p.failureClass} = 'self_service' THEN 1 ELSE 0 END,
         partner_failures = CASE WHEN accounts.${IN_WINDOW} THEN accounts.partner_failures ELSE 0 END
           + CASE WHEN ${p.failureClass} = 'partner' THEN 1 ELSE 0 END
    FROM outcome
   WHERE accounts.customer_no = ${p.customerNo} AND ${p.failureClass} <> '' AND outcome.code = ANY(${p.failureOutcomes})
),
${creditTailSql(p, {
  operation: "recharge",
  audit: {
    actorType: `CASE WHEN ${p.actorKind} = 'user' THEN 'user' ELSE 'client' END`,
    objectType: "card",
    objectId: p.cardNo,
    after: `jsonb_build_object('customerNo', ${p.customerNo}, 'channel', ${p.channel},
                            'rechargeId', CASE WHEN outcome.code = 'succeeded' THEN ${p.rechargeId} END)`,
  },
})}
`;
