import { recharges } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import { DomainError, ERROR_CATALOG, type InternalCode, publicCode } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { type RechargeByKey, toRechargeView } from "./recharge-schema.ts";
import { RECHARGE_OPERATION } from "./redeem-card.ts";

/**
 * What became of a recharge request, by its Idempotency-Key: the answer for a channel that timed
 * out. Not found means the request never took effect, so resending it with the same key is safe.
 */
export async function findRechargeByKey({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "caller">;
  input: { idempotencyKey: string };
}): Promise<RechargeByKey> {
  const [key] = await ctx.db.query<{ state: string; outcome: string | null; resource_id: string | null }>(
    `SELECT state, outcome, resource_id FROM idempotency_keys
      WHERE client_id = $1 AND key = $2 AND operation = $3`,
    [ctx.caller.id, input.idempotencyKey, RECHARGE_OPERATION],
  );
  if (!key) return findSucceededAfterRetention(ctx, input.idempotencyKey);
  const base = { idempotencyKey: input.idempotencyKey };
  if (key.state !== "completed" || !key.outcome)
    return { ...base, status: "in_progress", recharge: null, error: null };
  if (key.outcome !== "succeeded") {
    const code = publicCode(key.outcome as InternalCode);
    return { ...base, status: "failed", recharge: null, error: { code, title: ERROR_CATALOG[code].title } };
  }
  const [row] = await ctx.db.orm
    .select()
    .from(recharges)
    .where(and(eq(recharges.id, key.resource_id ?? ""), eq(recharges.clientId, ctx.caller.id)));
  if (!row) throw new Error(`recharge ${key.resource_id} of a succeeded key is missing`);
  return { ...base, status: "succeeded", recharge: toRechargeView(row), error: null };
}

/** Key records are purged after their retention; a recharge that succeeded stays findable by its key. */
async function findSucceededAfterRetention(
  ctx: Pick<ServiceContext, "db" | "caller">,
  idempotencyKey: string,
): Promise<RechargeByKey> {
  const [row] = await ctx.db.orm
    .select()
    .from(recharges)
    .where(and(eq(recharges.clientId, ctx.caller.id), eq(recharges.idempotencyKey, idempotencyKey)));
  if (!row) throw new DomainError("recharge_not_found");
  return { idempotencyKey, status: "succeeded", recharge: toRechargeView(row), error: null };
}
