import type { Db } from "@powercard/db";
import type { buildApp } from "./app.ts";
import { requestInit } from "./app.ts";

/** Calls of the custody tests: a staff token, an optional JSON body. */
export function staffCaller(app: ReturnType<typeof buildApp>) {
  return {
    get: (path: string, token?: string) => app.request(path, requestInit("GET", { token })),
    post: (path: string, token: string | undefined, body?: unknown) =>
      app.request(path, requestInit("POST", { token, body })),
  };
}

export interface CardRowSummary {
  state: string;
  owner_unit_id: string;
  holder_user_id: string | null;
  transfer_id: string | null;
  n: number;
}

/** The cards of a range grouped by what custody cares about: one row means they all agree. */
export function custodyOf(db: Db, range: { firstCardNo: string; lastCardNo: string }) {
  return db.query<CardRowSummary & Record<string, unknown>>(
    `SELECT state, owner_unit_id, holder_user_id, transfer_id, count(*)::int AS n
       FROM cards WHERE card_no BETWEEN $1 AND $2
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2`,
    [range.firstCardNo, range.lastCardNo],
  );
}

/** The audit events about one object, oldest first. */
export function auditOf(db: Db, objectId: string) {
  return db.query<{ action: string; actor_id: string; unit_id: string | null; after: unknown }>(
    "SELECT action, actor_id, unit_id, after FROM audit_events WHERE object_id = $1 ORDER BY entry_no",
    [objectId],
  );
}

/** A sub-range of a generated range by card index (inclusive). */
export const slice = (cardNos: string[], from: number, to: number) => ({
  firstCardNo: cardNos[from] as string,
  lastCardNo: cardNos[to] as string,
});
