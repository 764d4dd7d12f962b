import type { Orm } from "@powercard/db";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { idempotentTransaction } from "../idempotency/idempotent-transaction.ts";
import { requestFingerprint } from "../idempotency/request-fingerprint.ts";
import type { StoredResponse } from "../idempotency/stored-response.ts";
import type { ServiceContext } from "../service-context.ts";

/** The caller's Idempotency-Key of a card administrator's range operation. */
export interface RangeKey {
  idempotencyKey: string;
}

/** The answer: the view when no key was given, else the stored (or replayed) response. */
export type RangeAnswer<T> = { kind: "view"; view: T } | { kind: "stored"; stored: StoredResponse };

/**
 * Range operations (freeze, unfreeze, scrap, destruction request) take an optional
 * Idempotency-Key: the console always sends one, so a double click or a retry after a timeout
 * answers the first result instead of a confusing 409 (the cards are already frozen). Without a
 * key they run as before, in a transaction of their own. The key is the staff user's, like a sale's.
 */
export async function underOptionalKey<T>(
  ctx: ServiceContext & { actor: UserPrincipal },
  key: (RangeKey & { operation: string; input: Record<string, string>; status: number }) | undefined,
  work: (tx: Orm) => Promise<T>,
  resourceOf: (view: T) => string,
): Promise<RangeAnswer<T>> {
  if (!key) return { kind: "view", view: await ctx.db.orm.transaction((tx) => work(tx)) };
  const request = {
    clientId: ctx.actor.id,
    key: key.idempotencyKey,
    operation: key.operation,
    requestHash: requestFingerprint(
      key.operation,
      Object.keys(key.input)
        .sort()
        .map((name) => [name, key.input[name] ?? ""] as const),
    ),
  };
  const stored = await idempotentTransaction(ctx, request, async (tx) => {
    const view = await work(tx);
    return { status: key.status, body: JSON.stringify(view), resourceId: resourceOf(view) };
  });
  return { kind: "stored", stored };
}
