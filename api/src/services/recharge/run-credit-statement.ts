import { isUniqueViolation, withDeadlockRetry } from "../../shared/db-errors.ts";
import { newId } from "../../shared/ids.ts";
import { payAfterCredit } from "../bills/pay-after-credit.ts";
import { keyExpiresAt } from "../idempotency/request-fingerprint.ts";
import { replayStoredResponse, type StoredResponse } from "../idempotency/stored-response.ts";
import type { ServiceContext } from "../service-context.ts";
import type { CreditRow, CreditTailSpec } from "./credit-tail.sql.ts";

export interface CreditStatement {
  operation: CreditTailSpec["operation"];
  text: string;
  values: unknown[];
  customerNo: string;
  idempotencyKey: string;
  requestHash: string;
}

/** The values of the shared tail (CREDIT_TAIL_PARAMS) for one request. */
export function creditTailValues(
  ctx: Pick<ServiceContext, "now" | "caller" | "requestId">,
  input: { customerNo: string; idempotencyKey: string; requestHash: string },
) {
  return {
    customerNo: input.customerNo,
    now: ctx.now,
    clientId: ctx.caller.id,
    idempotencyKey: input.idempotencyKey,
    requestHash: input.requestHash,
    requestId: ctx.requestId,
    keyExpiresAt: keyExpiresAt(ctx.now),
    auditEventId: newId.auditEvent(),
    webhookEventId: newId.webhookEvent(),
  };
}

/**
 * Runs a one-statement credit (recharge or top-up, see credit-tail.sql.ts) and answers for it:
 * `answer` turns the statement's row into the response; on success, open bills are paid right
 * after the commit. A key already taken rolled the whole statement back: the stored answer is
 * replayed (or 422/409, stored-response.ts).
 */
export async function runCreditStatement(
  ctx: Pick<ServiceContext, "db" | "now" | "caller" | "actor" | "requestId">,
  statement: CreditStatement,
  answer: (row: CreditRow) => StoredResponse,
): Promise<StoredResponse> {
  const { db, caller } = ctx;
  try {
    const [row] = await withDeadlockRetry(() => db.query<CreditRow>(statement.text, statement.values));
    if (!row) throw new Error(`${statement.operation} statement returned no row`);
    const response = answer(row);
    if (row.outcome === "succeeded" && row.open_bills)
      await payAfterCredit(db, {
        customerNo: statement.customerNo,
        now: ctx.now,
        actor: { type: ctx.actor.kind === "user" ? "user" : "client", id: caller.id },
        requestId: ctx.requestId,
        trigger: statement.operation,
      });
    return response;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The key was taken first (by a retry or a concurrent duplicate): everything above rolled back.
    return replayStoredResponse(db, {
      clientId: caller.id,
      key: statement.idempotencyKey,
      operation: statement.operation,
      requestHash: statement.requestHash,
    });
  }
}
