import type { z } from "@hono/zod-openapi";

/**
 * What the two one-statement credits of a prepaid account — the recharge (redeem-card.sql.ts)
 * and the partner top-up (create-topup.sql.ts) — do once their `outcome` is known, written once.
 * Each statement ends with an `outcome` CTE of one row: `code` ('succeeded' or an internal error
 * code), `body` (the 201 body as JSON text, NULL unless succeeded) and `resource_id` (what the
 * stored key names). This tail then adds, in the same statement:
 *
 *  event       the webhook event of a success, if the calling client registered a webhook URL —
 *              so the event exists if and only if the credit does (a clerk's id matches no
 *              client: counter recharges raise none);
 *  audit       one audit event for the attempt, whatever its outcome;
 *  stored      the first result under (client, Idempotency-Key). A key already taken raises a
 *              unique violation, which rolls back everything above — the caller then replays the
 *              stored result instead (run-credit-statement.ts). A refusal is stored by its code
 *              only; its problem document is rendered again on replay (stored-response.ts);
 *  open_bills  whether the customer has bills to pay from the new balance (read in the same
 *              round trip; the bills are paid right after the commit — services/bills);
 *
 * and the one row the service reads: outcome, response_body, resource_id, open_bills.
 * An attempt the customer's failure limit refused before evaluating it (`rate_limited`, recharge
 * only) is neither audited nor stored: its retry after the window must be evaluated.
 *
 * Why a statement and not idempotentTransaction: see idempotency/idempotent-transaction.ts.
 */

/** The named values the tail reads (statement-params.ts), declared by both statements. */
export const CREDIT_TAIL_PARAMS = {
  customerNo: "text",
  now: "timestamptz",
  clientId: "text",
  idempotencyKey: "text",
  requestHash: "text",
  requestId: "text",
  keyExpiresAt: "timestamptz",
  auditEventId: "text",
  webhookEventId: "text",
} as const;

export type CreditTailParams = { readonly [K in keyof typeof CREDIT_TAIL_PARAMS]: string };

export interface CreditTailSpec {
  /** The Idempotency-Key operation, also the prefix of the audit action and webhook type. */
  operation: "recharge" | "topup";
  audit: {
    /** SQL for `actor_type`. */
    actorType: string;
    objectType: "card" | "account";
    /** SQL for `object_id`. */
    objectId: string;
    /** SQL for the `after` jsonb. */
    after: string;
  };
}

export function creditTailSql(p: CreditTailParams, { operation, audit }: CreditTailSpec): string {
  const evaluated = "outcome.code <> 'rate_limited'";
  return `event AS (
  INSERT INTO webhook_events (id, client_id, type, payload, state, attempts, next_attempt_at, created_at)
  SELECT ${p.webhookEventId}, channel_clients.id, '${operation}.succeeded', outcome.body::jsonb, 'pending', 0, ${p.now}, ${p.now}
    FROM outcome JOIN channel_clients ON channel_clients.id = ${p.clientId} AND channel_clients.webhook_url IS NOT NULL
   WHERE outcome.code = 'succeeded'
),
audit AS (
  INSERT INTO audit_events (id, occurred_at, actor_type, actor_id, action, object_type, object_id, request_id, after)
  SELECT ${p.auditEventId}, ${p.now}, ${audit.actorType}, ${p.clientId}, '${operation}.' || outcome.code,
         '${audit.objectType}', ${audit.objectId}, ${p.requestId}, ${audit.after}
    FROM outcome
   WHERE ${evaluated}
),
stored AS (
  INSERT INTO idempotency_keys (client_id, key, operation, request_hash, request_id, state, outcome,
                                response_status, response_body, resource_id, created_at, expires_at)
  SELECT ${p.clientId}, ${p.idempotencyKey}, '${operation}', ${p.requestHash}, ${p.requestId}, 'completed', outcome.code,
         CASE WHEN outcome.code = 'succeeded' THEN 201 END, outcome.body, outcome.resource_id, ${p.now}, ${p.keyExpiresAt}
    FROM outcome
   WHERE ${evaluated}
),
open_bills AS (
  SELECT EXISTS (SELECT 1 FROM bills WHERE bills.customer_no = ${p.customerNo} AND bills.state <> 'paid') AS any
)
SELECT outcome.code AS outcome, outcome.body AS response_body, outcome.resource_id, open_bills.any AS open_bills
  FROM outcome, open_bills`;
}

/** The row every one-statement credit answers with. */
export type CreditRow = {
  outcome: string;
  response_body: string | null;
  resource_id: string | null;
  open_bills: boolean;
};

/**
 * The 201 body as JSON text, its keys taken from the response schema in the schema's order (so
 * the stored body, replayed byte for byte, has exactly the documented fields), each value an SQL
 * expression over `from`. NULL when `from` has no row (nothing was credited).
 */
export function responseBodySql<S extends z.ZodObject>(
  schema: S,
  values: { readonly [K in keyof z.infer<S>]-?: string },
  from: string,
): string {
  const fields = Object.keys(schema.shape).map((key) => `${values[key as keyof z.infer<S>]} AS "${key}"`);
  return `(SELECT row_to_json(body)::text FROM (
     SELECT ${fields.join(",\n            ")}
       FROM ${from}) body)`;
}
