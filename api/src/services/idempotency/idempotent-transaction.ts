import { idempotencyKeys, type Orm } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import { isUniqueViolation } from "../../shared/db-errors.ts";
import { DomainError, PROBLEM_CONTENT_TYPE, renderProblem } from "../../shared/errors.ts";
import type { StoredResponse } from "../recharge/stored-response.ts";
import type { ServiceContext } from "../service-context.ts";
import { IDEMPOTENCY_RETENTION_MS } from "./request-fingerprint.ts";

export interface IdempotentRequest {
  /** Whose key space: the client, or the staff user. */
  clientId: string;
  key: string;
  operation: string;
  requestHash: string;
}

export interface IdempotentWork {
  status: number;
  /** The success body, serialized once so a replay is byte for byte the same. */
  body: string;
  resourceId: string;
}

/**
 * Runs a multi-statement money-moving operation under an Idempotency-Key, for operations that
 * cannot be one statement (the recharge and top-up are). The key row is inserted FIRST, so a
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
        expiresAt: new Date(ctx.now.getTime() + IDEMPOTENCY_RETENTION_MS),
      });
      keyTaken = true;
      const answer = await runRefusable(tx as unknown as Orm, ctx.requestId, work);
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
    return replay(ctx, request);
  }
}

async function runRefusable(tx: Orm, requestId: string, work: (tx: Orm) => Promise<IdempotentWork>) {
  try {
    const done = await tx.transaction((savepoint) => work(savepoint as unknown as Orm));
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

/** The first answer for this key: the same request gets it again; another request is a 422. */
async function replay(ctx: Pick<ServiceContext, "db">, request: IdempotentRequest): Promise<StoredResponse> {
  const [row] = await ctx.db.orm
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.clientId, request.clientId), eq(idempotencyKeys.key, request.key)));
  if (!row) throw new Error("idempotency key vanished between conflict and lookup");
  if (row.operation !== request.operation || row.requestHash !== request.requestHash)
    throw new DomainError("idempotency_key_reused");
  if (row.state !== "completed" || row.outcome === null || row.responseBody === null)
    throw new DomainError("idempotency_in_progress");
  return {
    status: row.responseStatus ?? 200,
    contentType: row.outcome === "succeeded" ? "application/json" : PROBLEM_CONTENT_TYPE,
    body: row.responseBody,
    outcome: row.outcome,
    replayed: true,
  };
}
