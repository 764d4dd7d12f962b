import { statementParams } from "../../shared/statement-params.ts";
import { movementCtes, partnerTopup } from "../ledger/index.ts";
import { accountTakesCreditSql } from "../recharge/account-takes-credit.sql.ts";
import { CREDIT_TAIL_PARAMS, creditTailSql, responseBodySql } from "../recharge/credit-tail.sql.ts";
import { TopupSchema } from "./topup-schema.ts";

/** The statement's named values, given by create-topup.ts. */
export const CREATE_TOPUP_PARAMS = statementParams({
  ...CREDIT_TAIL_PARAMS,
  topupId: "text",
  transactionId: "text",
  nowIso: "text",
  businessDate: "date",
  amountFen: "bigint",
  partnerReference: "text",
});
const p = CREATE_TOPUP_PARAMS;

/**
 * A partner's direct top-up as ONE statement, like the recharge (redeem-card.sql.ts): one round
 * trip, atomic without an explicit transaction. Read it top to bottom:
 *
 *  account   the customer row beside its prepaid account (primary-key lookups): whether the
 *            account takes credit (accountTakesCreditSql: not when closed) and the accounting
 *            unit in force now, which the top-up records;
 *  reference the partner's payment reference, claimed for this top-up if the account takes credit. A
 *            reference the partner already used keeps its first top-up: the no-op DO UPDATE locks
 *            that row and returns its top-up id even when it was committed after this statement
 *            began (a DO NOTHING would return nothing, and a read here would not yet see it), so
 *            the refusal can name it. Only a claimed reference lets anything below happen;
 *  credited  the customer's prepaid account grows by the amount (no row: unknown customer or a
 *            reference already used, and nothing below happens);
 *  posted/legs  the ledger movement `partnerTopup` (db/src/ledger/movements.ts) in the
 *            customer's book: the partner took the money and owes it to us;
 *  topup     the business record;
 *  outcome   succeeded, partner_reference_reused (naming the first top-up), account_closed or customer_not_found,
 *            and the 201 body (its fields from TopupSchema);
 *  …and the tail every one-statement credit shares (credit-tail.sql.ts): webhook event, audit
 *            row, the stored first result under the Idempotency-Key — with the top-up it names
 *            as the resource (the new one, or the first one of a reused reference), so a retry is
 *            answered before its reference is — and open bills.
 */
export const CREATE_TOPUP_SQL = /* sql */ `
WITH
account AS MATERIALIZED (
  SELECT c.accounting_unit_id, ${accountTakesCreditSql("c")} AS takes_credit
    FROM accounts a JOIN customers c ON c.customer_no = a.customer_no
   WHERE a.customer_no = ${p.customerNo}
),
reference AS (
  INSERT INTO partner_references (client_id, partner_reference, topup_id, customer_no, created_at)
  SELECT ${p.clientId}, ${p.partnerReference}, ${p.topupId}, ${p.customerNo}, ${p.now}
    FROM account WHERE account.takes_credit
  ON CONFLICT (client_id, partner_reference) DO UPDATE SET topup_id = partner_references.topup_id
  RETURNING partner_references.topup_id
),
credited AS (
  UPDATE accounts
     SET balance_fen = accounts.balance_fen + ${p.amountFen}, updated_at = ${p.now}
   WHERE accounts.customer_no = ${p.customerNo}
     AND EXISTS (SELECT 1 FROM reference WHERE reference.topup_id = ${p.topupId})
  RETURNING accounts.balance_fen
),
${movementCtes(
  partnerTopup({ customerNo: p.customerNo, partnerClientId: p.clientId, amountFen: p.amountFen }),
  {
    from: "credited",
    transactionId: p.transactionId,
    businessDate: p.businessDate,
    reference: p.topupId,
    createdAt: p.now,
  },
)},
topup AS (
  INSERT INTO topups (customer_no, id, client_id, amount_fen, balance_after_fen, partner_reference,
                      accounting_unit_id, idempotency_key, ledger_transaction_id, business_date, created_at)
  SELECT ${p.customerNo}, ${p.topupId}, ${p.clientId}, ${p.amountFen}, balance_fen, ${p.partnerReference},
         account.accounting_unit_id, ${p.idempotencyKey}, ${p.transactionId}, ${p.businessDate}, ${p.now}
    FROM credited, account
),
outcome AS (
  SELECT CASE WHEN EXISTS (SELECT 1 FROM credited) THEN 'succeeded'
              WHEN EXISTS (SELECT 1 FROM reference) THEN 'partner_reference_reused'
              WHEN EXISTS (SELECT 1 FROM account) THEN 'account_closed'
              ELSE 'customer_not_found' END AS code,
  ${responseBodySql(
    TopupSchema,
    {
      id: p.topupId,
      customerNo: p.customerNo,
      amountFen: p.amountFen,
      balanceFen: "credited.balance_fen",
      currency: "'CNY'",
      partnerReference: p.partnerReference,
      createdAt: p.nowIso,
    },
    "credited",
  )} AS body,
  (SELECT reference.topup_id FROM reference) AS resource_id
),
${creditTailSql(p, {
  operation: "topup",
  audit: {
    actorType: "'client'",
    objectType: "account",
    objectId: p.customerNo,
    after: `jsonb_build_object('amountFen', ${p.amountFen}, 'partnerReference', ${p.partnerReference},
                            'topupId', CASE WHEN outcome.code = 'succeeded' THEN ${p.topupId} END)
         || CASE WHEN outcome.code = 'partner_reference_reused'
                 THEN jsonb_build_object('firstTopupId', outcome.resource_id) ELSE '{}'::jsonb END`,
  },
})}
`;
