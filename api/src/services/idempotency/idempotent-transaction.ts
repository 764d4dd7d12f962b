import { idempotencyKeys, type Orm } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import { isUniqueViolation } from "../../shared/db-errors.ts";
import { DomainError, PROBLEM_CONTENT_TYPE, renderProblem } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { keyExpiresAt } from "./request-fingerprint.ts";
import { type IdempotentRequest, replayStoredResponse, type StoredResponse } from "./stored-response.ts";

export interface IdempotentWork {
  status: number;
  /** The success body, serialized once so a replay is byte for byte the same. */
  body: string;
  resourceId: string;
}

/**
 * Runs a multi-statement money-moving operation under an Idempotency-Key, for operations that
 * cannot be one statement. One of the two ways a key is kept, for a reason: the recharge and the
 * top-up are the hot paths and store their key inside their one statement (credit-tail.sql.ts),
 * which an in_progress row written first would cost a second round trip. Both share the key's
 * fingerprint and retention (request-fingerprint.ts), the stored row and its replay/conflict
 * decision (stored-response.ts). The key row is inserted FIRST, so a
 * concurrent duplicate waits on the unique index and then replays the stored answer, instead of
 * racing for the same rows. The work runs in a savepoint: a domain refusal undoes the work but
 * keeps the key with the refusal, which is replayed too (with its detail) — the first answer
 * stands, whatever changed since.
 */
export async function idempotentTransaction(
  ctx: Pick<ServiceContext, "db" | "now" | "requestId">,
  request: IdempotentRequest,
  work: (tx: Orm) => Promise<IdempotentWork>,
): Promise<StoredResponse> {
  const { clientId, key } = request;
  let keyTaken = false;
  try {
    return await ctx.db.orm.transaction(async (tx) => {
      await tx.insert(idempotencyKeys).values({
        ...request,
        requestId: ctx.requestId,
        state: "in_progress",
        createdAt: ctx.now,
        expiresAt: keyExpiresAt(ctx.now),
      });
      keyTaken = true;
      const answer = await runRefusable(tx, ctx.requestId, work);
      await tx
        .update(idempotencyKeys)
        .set({
          state: "completed",
          outcome: answer.outcome,
          responseStatus: answer.status,
          responseBody: answer.body,
          resourceId: answer.resourceId,
        })
        .where(and(eq(idempotencyKeys.clientId, clientId), eq(idempotencyKeys.key, key)));
      return { ...answer, replayed: false };
    });
  } catch (error) {
    // Only a conflict on the key itself means "already taken"; any other violation is a bug.
    if (keyTaken || !isUniqueViolation(error)) throw error;
    return replayStoredResponse(ctx.db, request);
  }
}

async function runRefusable(tx: Orm, requestId: string, work: (tx: Orm) => Promise<IdempotentWork>) {
  try {
    const done = await tx.transaction((savepoint) => work(savepoint));
    return { ...done, outcome: "succeeded", contentType: "application/json" };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return {
      status: error.status as number,
      body: renderProblem(error.code, requestId, error.message, error.fieldErrors),
      resourceId: null,
      outcome: error.internalCode as string,
      contentType: PROBLEM_CONTENT_TYPE,
    };
  }
}
