import type { Orm } from "@powercard/db";

/**
 * What a helper that works inside its caller's transaction takes as its first argument, always
 * in this one shape: `tx` is the transaction (a drizzle transaction is an `Orm`, no cast needed;
 * `db.orm` where the work stands alone), `requestId` the request it serves (null for a scheduled
 * job, so an audit row can name its request) and `now` the request's clock.
 * A helper that records who acted asks for `TxContext & { actor: … }`. Single-statement builders
 * that only need a handle (moveCardRange, insertBills, the settlement figures) take `(tx, args)`.
 */
export interface TxContext {
  tx: Orm;
  requestId: string | null;
  now: Date;
}
