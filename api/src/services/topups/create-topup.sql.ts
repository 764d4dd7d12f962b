/**
 * A partner's direct top-up as ONE statement, like the recharge (redeem-card.sql.ts): one round
 * trip, atomic without an explicit transaction. Read it top to bottom:
 *
 *  reference the partner's payment reference, claimed for this top-up if the customer exists. A
 *            reference the partner already used keeps its first top-up: the no-op DO UPDATE locks
 *            that row and returns its top-up id even when it was committed after this statement
 *            began (a DO NOTHING would return nothing, and a read here would not yet see it), so
 *            the refusal can name it. Only a claimed reference lets anything below happen;
 *  credited  the customer's prepaid account grows by the amount (no row: unknown customer or a
 *            reference already used, and nothing below happens);
 *  posted/legs  one balanced ledger transaction in the customer's book: debit the partner's
 *            receivable (owner = the client id: the partner took the money and owes it to us),
 *            credit the customer's prepaid account;
 *  topup     the business record;
 *  outcome   succeeded, partner_reference_reused (naming the first top-up) or customer_not_found,
 *            and the 201 body;
 *  event     the webhook event, if the client registered a webhook URL — in the same statement,
 *            so the event exists if and only if the top-up does;
 *  audit     one audit event for the attempt, whatever its outcome;
 *  stored    the first result under (client, Idempotency-Key), with the top-up it names as the
 *            resource (the new one, or the first one of a reused reference). A key already taken
 *            raises a unique violation, which rolls back everything above — the caller then
 *            replays the stored result instead, so a retry is answered before its reference is.
 *  open_bills  whether the customer has bills to pay from the new balance (read with the same
 *            round trip; the service pays them right after the commit — services/bills).
 *
 * Parameters: $1 customer_no, $2 top-up id, $3 ledger transaction id, $4 now, $5 now as ISO text,
 * $6 business date, $7 client id, $8 amount (fen), $9 partner reference, $10 Idempotency-Key,
 * $11 request fingerprint, $12 request id, $13 key expiry, $14 audit event id, $15 webhook event id.
 */
export const CREATE_TOPUP_SQL = /* sql */ `
WITH
reference AS (
  INSERT INTO partner_references (client_id, partner_reference, topup_id, customer_no, created_at)
  SELECT $7, $9, $2, $1, $4 FROM accounts WHERE accounts.customer_no = $1::text
  ON CONFLICT (client_id, partner_reference) DO UPDATE SET topup_id = partner_references.topup_id
  RETURNING partner_references.topup_id
),
credited AS (
  UPDATE accounts
     SET balance_fen = accounts.balance_fen + $8::bigint, updated_at = $4
   WHERE accounts.customer_no = $1::text
     AND EXISTS (SELECT 1 FROM reference WHERE reference.topup_id = $2::text)
  RETURNING accounts.balance_fen
),
posted AS (
  INSERT INTO ledger_transactions (book_key, id, kind, business_date, reference, created_at)
  SELECT $1, $3, 'topup', $6::date, $2, $4 FROM credited
),
legs AS (
  INSERT INTO ledger_entries (book_key, transaction_id, leg, account, owner, amount_fen, created_at)
  SELECT $1, $3, 1, 'partner_receivable', $7::text, $8::bigint, $4 FROM credited
  UNION ALL
  SELECT $1, $3, 2, 'customer_prepaid', $1::text, -($8::bigint), $4 FROM credited
),
topup AS (
  INSERT INTO topups (customer_no, id, client_id, amount_fen, balance_after_fen, partner_reference,
                      idempotency_key, ledger_transaction_id, business_date, created_at)
  SELECT $1, $2, $7, $8::bigint, balance_fen, $9, $10, $3, $6::date, $4 FROM credited
),
outcome AS (
  SELECT CASE WHEN EXISTS (SELECT 1 FROM credited) THEN 'succeeded'
              WHEN EXISTS (SELECT 1 FROM reference) THEN 'partner_reference_reused'
              ELSE 'customer_not_found' END AS code,
  (SELECT reference.topup_id FROM reference) AS topup_id,
  (SELECT row_to_json(body)::text FROM (
     SELECT $2::text AS "id", $1::text AS "customerNo", $8::bigint AS "amountFen",
            credited.balance_fen AS "balanceFen", 'CNY' AS "currency",
            $9::text AS "partnerReference", $5::text AS "createdAt"
       FROM credited) body) AS body
),
event AS (
  INSERT INTO webhook_events (id, client_id, type, payload, state, attempts, next_attempt_at, created_at)
  SELECT $15, channel_clients.id, 'topup.succeeded', outcome.body::jsonb, 'pending', 0, $4, $4
    FROM outcome JOIN channel_clients ON channel_clients.id = $7::text AND channel_clients.webhook_url IS NOT NULL
   WHERE outcome.code = 'succeeded'
),
audit AS (
  INSERT INTO audit_events (id, occurred_at, actor_type, actor_id, action, object_type, object_id, request_id, after)
  SELECT $14, $4, 'client', $7, 'topup.' || outcome.code, 'account', $1, $12,
         jsonb_build_object('amountFen', $8::bigint, 'partnerReference', $9::text,
                            'topupId', CASE WHEN outcome.code = 'succeeded' THEN $2::text END)
         || CASE WHEN outcome.code = 'partner_reference_reused'
                 THEN jsonb_build_object('firstTopupId', outcome.topup_id) ELSE '{}'::jsonb END
    FROM outcome
)
INSERT INTO idempotency_keys (client_id, key, operation, request_hash, request_id, state, outcome,
                              response_status, response_body, resource_id, created_at, expires_at)
SELECT $7, $10, 'topup', $11, $12, 'completed', outcome.code,
       CASE WHEN outcome.code = 'succeeded' THEN 201 END, outcome.body,
       outcome.topup_id, $4, $13
  FROM outcome
RETURNING outcome, response_body, resource_id,
  EXISTS (SELECT 1 FROM bills WHERE bills.customer_no = $1::text AND bills.state <> 'paid') AS open_bills
`;
