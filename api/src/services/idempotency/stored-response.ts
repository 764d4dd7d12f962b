import type { Db } from "@powercard/db";
import {
  DomainError,
  ERROR_CATALOG,
  type ErrorCode,
  type InternalCode,
  PROBLEM_CONTENT_TYPE,
  publicCode,
  renderProblem,
} from "../../shared/errors.ts";
import type { Refusal } from "../limits/limiter.ts";

/** A response exactly as it was first given, ready to be sent again for the same key. */
export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
  /** "succeeded" or the internal error code, for the log. */
  outcome: string;
  replayed: boolean;
  /** Set when a failure limit refused the attempt before it was evaluated (outcome rate_limited). */
  limited?: Refusal;
}

/**
 * Refusals whose detail names the resource stored with the key (`resource_id`), so the first
 * answer and its replays say the same thing.
 */
const DETAIL_NAMING_RESOURCE: Partial<Record<ErrorCode, (resourceId: string) => string>> = {
  partner_reference_reused: (topupId) =>
    `This partnerReference was already used for top-up ${topupId}; nothing was booked. ` +
    `GET /v1/topups/${topupId} shows it.`,
};

/** Builds the response for an outcome: the stored body on success, else the problem document. */
export function responseForOutcome(
  outcome: string,
  successBody: string | null,
  requestId: string,
  replayed: boolean,
  successStatus = 201,
  resourceId: string | null = null,
): StoredResponse {
  if (outcome === "succeeded" && successBody !== null) {
    return { status: successStatus, contentType: "application/json", body: successBody, outcome, replayed };
  }
  const code = publicCode(outcome as InternalCode);
  if (!(code in ERROR_CATALOG)) throw new Error(`unknown stored outcome ${outcome}`);
  const namingDetail = DETAIL_NAMING_RESOURCE[code];
  const detail = namingDetail && resourceId !== null ? namingDetail(resourceId) : undefined;
  return {
    status: ERROR_CATALOG[code].status,
    contentType: PROBLEM_CONTENT_TYPE,
    body: renderProblem(code, requestId, detail),
    outcome,
    replayed,
  };
}

/** Whose key, which operation, and the fingerprint of the request that presents it. */
export interface IdempotentRequest {
  /** Whose key space: the client, or the staff user. */
  clientId: string;
  key: string;
  operation: string;
  requestHash: string;
}

/**
 * The answer for a request whose Idempotency-Key is already taken, for both mechanisms (the
 * one-statement credits and idempotentTransaction): the first response if the request is the
 * same, 422 if it differs, 409 while the first one is still running. A stored body is sent as it
 * was; a refusal stored without one (the one-statement paths keep only its code) is rendered
 * again from its code, with the first request's id and the resource it named.
 */
export async function replayStoredResponse(db: Db, request: IdempotentRequest): Promise<StoredResponse> {
  const [row] = await db.query<{
    operation: string;
    request_hash: string;
    request_id: string;
    state: string;
    outcome: string | null;
    response_status: number | null;
    response_body: string | null;
    resource_id: string | null;
  }>(
    `SELECT operation, request_hash, request_id, state, outcome, response_status, response_body, resource_id
       FROM idempotency_keys WHERE client_id = $1 AND key = $2`,
    [request.clientId, request.key],
  );
  if (!row) throw new Error("idempotency key vanished between conflict and lookup");
  if (row.operation !== request.operation || row.request_hash !== request.requestHash)
    throw new DomainError("idempotency_key_reused");
  if (row.state !== "completed" || row.outcome === null) throw new DomainError("idempotency_in_progress");
  if (row.outcome !== "succeeded" && row.response_body !== null)
    return {
      status: row.response_status ?? 200,
      contentType: PROBLEM_CONTENT_TYPE,
      body: row.response_body,
      outcome: row.outcome,
      replayed: true,
    };
  return responseForOutcome(
    row.outcome,
    row.response_body,
    row.request_id,
    true,
    row.response_status ?? 201,
    row.resource_id,
  );
}
